package org.vanban.ingest;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Finds text written in a legacy Vietnamese encoding and converts it to Unicode: "Uû ban nh©n d©n" (TCVN3)
 * and "UÛy ban nhaân daân" (VNI) both become "Uỷ ban nhân dân" / "Ủy ban nhân dân".
 *
 * <p>Works line by line, because real files mix fonts: a Unicode heading above a body typed in .VnTime. A line
 * that already holds a letter only Unicode Vietnamese has (ạ, ế, đ, ư ...) is left alone; for the others every
 * legacy decoding is scored by {@link VietnameseSyllables}, the file-wide winner must beat the text as it is by
 * a clear margin, and then only the lines it improves are converted. Plain English, French names and real
 * Unicode Vietnamese therefore pass through untouched.
 */
public final class LegacyVietnameseDetector {

    /** The Latin-1 letters Unicode Vietnamese uses; any other Latin-1 character in a line is a legacy code. */
    private static final String VIETNAMESE_LATIN1 = "àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ";
    /** Fewer improved accented words than this is not evidence enough to rewrite anything. */
    private static final int MIN_IMPROVED_WORDS = 3;
    /** Share of accented words that must be Vietnamese syllables in the converted lines. */
    private static final double MIN_CONVERTED_RATIO = 0.75;
    /** Lines scored to pick the encoding; the choice is made on the first ones, conversion runs on all. */
    private static final int MAX_SCORED_CHARS = 200_000;
    /** Longer lines (a text file without line breaks) are judged on their start. */
    private static final int MAX_SCORED_LINE_CHARS = 20_000;

    /** Text after repair, and the legacy encoding it was converted from (empty when nothing changed). */
    public record Repair(String text, Optional<LegacyVietnameseEncoding> convertedFrom) {

        /** The warning for {@code ExtractedText.warnings}, if the text was converted. */
        public Optional<String> warning() {
            return convertedFrom.map(e -> "Converted from " + e.label() + " legacy encoding to Unicode.");
        }
    }

    /** Converts the legacy-encoded lines of {@code text}, or returns it unchanged. */
    public Repair repair(String text) {
        if (!hasLegacyCodeCharacters(text, 0, text.length())) {
            return new Repair(text, Optional.empty());
        }
        Optional<LegacyVietnameseEncoding> winner = chooseEncoding(text);
        if (winner.isEmpty()) {
            return new Repair(text, Optional.empty());
        }
        return new Repair(convertImprovedLines(text, winner.get()), winner);
    }

    private Optional<LegacyVietnameseEncoding> chooseEncoding(String text) {
        Map<LegacyVietnameseEncoding, VietnameseSyllables.Score> before = new EnumMap<>(LegacyVietnameseEncoding.class);
        Map<LegacyVietnameseEncoding, VietnameseSyllables.Score> after = new EnumMap<>(LegacyVietnameseEncoding.class);
        for (LegacyVietnameseEncoding encoding : LegacyVietnameseEncoding.values()) {
            before.put(encoding, VietnameseSyllables.ZERO);
            after.put(encoding, VietnameseSyllables.ZERO);
        }
        int start = 0;
        while (start < text.length() && start < MAX_SCORED_CHARS) {
            int end = lineEnd(text, start);
            if (isLegacyCandidate(text, start, end)) {
                String line = text.substring(start, Math.min(end, start + MAX_SCORED_LINE_CHARS));
                VietnameseSyllables.Score original = VietnameseSyllables.score(line);
                for (LegacyVietnameseEncoding encoding : LegacyVietnameseEncoding.values()) {
                    VietnameseSyllables.Score converted = VietnameseSyllables.score(encoding.decode(line));
                    if (converted.margin() > original.margin()) {
                        before.merge(encoding, original, VietnameseSyllables.Score::plus);
                        after.merge(encoding, converted, VietnameseSyllables.Score::plus);
                    }
                }
            }
            start = end + 1;
        }
        LegacyVietnameseEncoding best = null;
        int bestGain = 0;
        for (LegacyVietnameseEncoding encoding : LegacyVietnameseEncoding.values()) {
            VietnameseSyllables.Score converted = after.get(encoding);
            int gain = converted.good() - before.get(encoding).good() + converted.common();
            if (converted.good() - before.get(encoding).good() >= MIN_IMPROVED_WORDS
                    && converted.ratio() >= MIN_CONVERTED_RATIO && gain > bestGain) {
                best = encoding;
                bestGain = gain;
            }
        }
        return Optional.ofNullable(best);
    }

    private String convertImprovedLines(String text, LegacyVietnameseEncoding encoding) {
        StringBuilder out = new StringBuilder(text.length());
        int start = 0;
        while (start <= text.length()) {
            int end = lineEnd(text, start);
            String line = text.substring(start, end);
            if (isLegacyCandidate(text, start, end)) {
                String converted = encoding.decode(line);
                if (convertedReadsBetter(line, converted)) {
                    line = converted;
                }
            }
            out.append(line);
            if (end < text.length()) {
                out.append(text.charAt(end));
            }
            start = end + 1;
        }
        return out.toString();
    }

    /**
     * Once the file's encoding is known, a line is converted when that makes it more Vietnamese, or as Vietnamese
     * but with more common words ("Sè: 86/KH-UBND" → "Số: 86/KH-UBND", both well-formed), or as Vietnamese and the
     * line holds characters Unicode Vietnamese never uses ("©", "Ñ"). A Unicode line that merely has no letter
     * outside Latin-1 ("Tháng Chín có lá vàng") ties on all three and stays.
     */
    private static boolean convertedReadsBetter(String line, String converted) {
        VietnameseSyllables.Score before = VietnameseSyllables.score(line);
        VietnameseSyllables.Score after = VietnameseSyllables.score(converted);
        if (after.margin() != before.margin()) {
            return after.margin() > before.margin();
        }
        return after.common() > before.common() || hasNonVietnameseLatin1(line);
    }

    private static boolean hasNonVietnameseLatin1(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (((c >= 0xA1 && c <= 0xFF) || (c >= 0xF0A1 && c <= 0xF0FF)) && VIETNAMESE_LATIN1.indexOf(c) < 0) {
                return true;
            }
        }
        return false;
    }

    private static int lineEnd(String text, int start) {
        int newline = text.indexOf('\n', start);
        return newline < 0 ? text.length() : newline;
    }

    /** A line worth scoring: it has legacy code characters and no letter that only Unicode Vietnamese uses. */
    private static boolean isLegacyCandidate(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (isUnicodeOnlyVietnamese(text.charAt(i))) {
                return false;
            }
        }
        return hasLegacyCodeCharacters(text, start, end);
    }

    private static boolean hasLegacyCodeCharacters(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if ((c >= 0xA1 && c <= 0xFF) || (c >= 0xF0A1 && c <= 0xF0FF)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUnicodeOnlyVietnamese(char c) {
        return (c >= 0x1EA0 && c <= 0x1EF9)
                || c == 0x102 || c == 0x103 || c == 0x110 || c == 0x111 || c == 0x128 || c == 0x129
                || c == 0x168 || c == 0x169 || c == 0x1A0 || c == 0x1A1 || c == 0x1AF || c == 0x1B0
                || (c >= 0x300 && c <= 0x323);
    }
}
