package org.vanban.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Bytes of a plain-text file → Unicode text, without Tika: byte-order mark first, then BOM-less UTF-16, then
 * strict UTF-8, and only when none of those fits, the single-byte legacy encodings (TCVN3, VNI, Windows-1258)
 * chosen by {@link LegacyVietnameseDetector}. UTF-8 text costs one validating decode and one scan.
 */
final class PlainTextDecoder {

    /** Decoded text, the charset it was read in, and what a reader should know about the decoding. */
    record Decoded(String text, String charset, List<String> warnings) {
    }

    /** Above this share of control characters the "text" is binary data. */
    private static final double MAX_CONTROL_SHARE = 0.01;
    /** UTF-8 with broken bytes is kept as UTF-8 when it has at least this many good non-ASCII characters per break. */
    private static final int MIN_UTF8_CHARS_PER_BROKEN_BYTE = 20;
    /** Bytes sampled to spot UTF-16 without a byte-order mark. */
    private static final int UTF16_SAMPLE_BYTES = 4096;

    private final LegacyVietnameseDetector legacyDetector;

    PlainTextDecoder(LegacyVietnameseDetector legacyDetector) {
        this.legacyDetector = legacyDetector;
    }

    /** True when {@code bytes} decode to text with a believable share of control characters. */
    boolean looksLikeText(byte[] bytes) {
        return isText(decodeCharset(bytes).text());
    }

    Decoded decode(byte[] bytes) throws RejectedInputException {
        Decoded decoded = decodeCharset(bytes);
        if (!isText(decoded.text())) {
            throw new RejectedInputException(RejectionReason.UNREADABLE,
                    "The file is binary data, not text (it holds control characters that no text file has). "
                            + "Send the document as .txt (UTF-8), .html, .pdf, .docx or .doc.");
        }
        LegacyVietnameseDetector.Repair repair = legacyDetector.repair(decoded.text());
        List<String> warnings = new ArrayList<>(decoded.warnings());
        if (repair.convertedFrom().isPresent()) {
            // the legacy conversion explains the bytes better than the fallback charset did
            warnings.removeIf(w -> w.startsWith("The file is not UTF-8"));
            repair.warning().ifPresent(warnings::add);
            return new Decoded(repair.text(), repair.convertedFrom().get().label(), warnings);
        }
        return new Decoded(decoded.text(), decoded.charset(), warnings);
    }

    private Decoded decodeCharset(byte[] bytes) {
        Optional<Decoded> withBom = decodeByByteOrderMark(bytes);
        if (withBom.isPresent()) {
            return withBom.get();
        }
        Optional<Decoded> utf16 = decodeBomLessUtf16(bytes);
        if (utf16.isPresent()) {
            return utf16.get();
        }
        Optional<String> utf8 = decodeStrictly(bytes, 0, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return new Decoded(utf8.get(), "UTF-8", List.of());
        }
        return decodeMostlyUtf8(bytes).orElseGet(() -> decodeSingleByte(bytes));
    }

    private static Optional<Decoded> decodeByByteOrderMark(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return Optional.of(new Decoded(new String(b, 3, b.length - 3, StandardCharsets.UTF_8), "UTF-8",
                    List.of()));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return Optional.of(new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE",
                    List.of()));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return Optional.of(new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE",
                    List.of()));
        }
        return Optional.empty();
    }

    /**
     * Text in UTF-16 without a BOM shows as zero bytes in every other position: Latin letters, digits and
     * spaces have a zero high byte, and even Vietnamese letters outside Latin-1 rarely have a zero low byte.
     */
    private static Optional<Decoded> decodeBomLessUtf16(byte[] b) {
        int sample = Math.min(b.length, UTF16_SAMPLE_BYTES) & ~1;
        if (sample < 4) {
            return Optional.empty();
        }
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i < sample; i += 2) {
            zeroEven += b[i] == 0 ? 1 : 0;
            zeroOdd += b[i + 1] == 0 ? 1 : 0;
        }
        int pairs = sample / 2;
        Charset charset;
        if (zeroOdd > pairs * 0.3 && zeroEven < pairs * 0.02) {
            charset = StandardCharsets.UTF_16LE;
        } else if (zeroEven > pairs * 0.3 && zeroOdd < pairs * 0.02) {
            charset = StandardCharsets.UTF_16BE;
        } else {
            return Optional.empty();
        }
        if (b.length % 2 != 0) {
            return Optional.empty();
        }
        return decodeStrictly(b, 0, charset).map(text -> new Decoded(text, charset.name(), List.of()));
    }

    /**
     * UTF-8 with a few broken sequences (a scraped page cut mid-character, one stray byte) is still UTF-8: its
     * non-ASCII characters far outnumber the broken bytes, which become U+FFFD. A single-byte file is the
     * opposite: nearly every byte above 0x7F breaks UTF-8.
     */
    private static Optional<Decoded> decodeMostlyUtf8(byte[] bytes) {
        String lenient = new String(bytes, StandardCharsets.UTF_8);
        int replaced = 0;
        int decodedNonAscii = 0;
        for (int i = 0; i < lenient.length(); i++) {
            char c = lenient.charAt(i);
            if (c == '\uFFFD') {
                replaced++;
            } else if (c >= 0x80) {
                decodedNonAscii++;
            }
        }
        if (replaced * MIN_UTF8_CHARS_PER_BROKEN_BYTE > decodedNonAscii) {
            return Optional.empty();
        }
        return Optional.of(new Decoded(lenient, "UTF-8", List.of("The file is UTF-8 with " + replaced
                + " invalid byte sequence(s), replaced by \uFFFD. Check the file's encoding.")));
    }

    private static Decoded decodeSingleByte(byte[] bytes) {
        return new Decoded(LegacyVietnameseEncoding.latin1View(bytes), "windows-1252",
                List.of("The file is not UTF-8; it was read as Windows-1252. Save text files as UTF-8."));
    }

    private static Optional<String> decodeStrictly(byte[] bytes, int offset, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean isText(String text) {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return false;
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0B)
                    || (c >= 0x7F && c < 0xA0) || c == '\uFFFD') {
                controls++;
            }
        }
        return controls <= text.length() * MAX_CONTROL_SHARE;
    }
}
