package org.vanban.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaMemoryLimitException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.SecureContentHandler;
import org.apache.tika.sax.ToTextContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.xml.sax.ContentHandler;

/**
 * File bytes → Unicode text. The only class that talks to Tika.
 *
 * <p>Plain text never goes through a Tika parse: it is decoded by {@link PlainTextDecoder} (BOM, UTF-16,
 * strict UTF-8, legacy Vietnamese encodings). HTML, PDF, DOCX and DOC are parsed by Tika's
 * {@link AutoDetectParser} under the limits of {@link Limits}: a cap on extracted characters, Tika's
 * {@link SecureContentHandler} checks (compression ratio, XML depth, package depth), a counting inflation of
 * .docx containers before the parse ({@link ZipExpansionGuard}) and a wall-clock timeout.
 * The extracted text of every type is then checked for legacy-font text ({@link LegacyVietnameseDetector}) and
 * normalized to NFC. Safe to share between threads.
 */
public final class TextExtractor {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String DOC = "application/msword";
    static final String PDF = "application/pdf";
    static final String HTML = "text/html";
    static final String XHTML = "application/xhtml+xml";
    static final String PLAIN_TEXT = "text/plain";

    private static final Set<String> PARSED_BY_TIKA = Set.of(HTML, XHTML, PDF, DOCX, DOC);
    /** Tika's names for an OLE2 or OOXML container it could not look inside, usually a damaged Word file. */
    private static final Set<String> UNIDENTIFIED_OFFICE_CONTAINERS =
            Set.of("application/x-tika-msoffice", "application/x-tika-ooxml");
    /** Tika's name for an encrypted .docx/.xlsx. */
    private static final String PROTECTED_OOXML = "application/x-tika-ooxml-protected";
    private static final String ACCEPTED = "Send .txt (UTF-8), .html, .pdf, .docx or .doc.";

    /**
     * Limits against hostile files.
     *
     * @param maxExtractedChars    characters of text one file may yield; more is rejected as TOO_LARGE
     * @param parseTimeout         wall-clock time one Tika parse may take; longer is rejected as UNREADABLE. The
     *                             worker is interrupted, but parsers rarely check: it may run on (as a daemon
     *                             thread) until the parse ends by itself, bounded by the other limits
     * @param maxCompressionRatio  characters out per byte in that Tika tolerates, and inflated bytes per
     *                             compressed byte of one .docx part (zip bombs)
     * @param maxUnpackedBytes     bytes a .docx may inflate to in all
     * @param maxXmlDepth          nesting depth of the XHTML Tika produces
     * @param maxPackageEntryDepth nesting of packages inside packages
     */
    public record Limits(int maxExtractedChars, Duration parseTimeout, long maxCompressionRatio,
                         long maxUnpackedBytes, int maxXmlDepth, int maxPackageEntryDepth) {

        public static final int DEFAULT_MAX_EXTRACTED_CHARS = 20_000_000;
        public static final Duration DEFAULT_PARSE_TIMEOUT = Duration.ofSeconds(60);
        public static final long DEFAULT_MAX_COMPRESSION_RATIO = 100;
        public static final long DEFAULT_MAX_UNPACKED_BYTES = 512L << 20;
        public static final int DEFAULT_MAX_XML_DEPTH = 100;
        public static final int DEFAULT_MAX_PACKAGE_ENTRY_DEPTH = 10;

        public Limits {
            if (maxExtractedChars <= 0 || parseTimeout.isNegative() || parseTimeout.isZero()
                    || maxCompressionRatio <= 0 || maxUnpackedBytes <= 0 || maxXmlDepth <= 0 || maxPackageEntryDepth <= 0) {
                throw new IllegalArgumentException("Extraction limits must be positive: " + maxExtractedChars + " chars, "
                        + parseTimeout + ", ratio " + maxCompressionRatio + ", " + maxUnpackedBytes + " bytes, depth "
                        + maxXmlDepth + ", package depth " + maxPackageEntryDepth);
            }
        }

        public static Limits defaults() {
            return new Limits(DEFAULT_MAX_EXTRACTED_CHARS, DEFAULT_PARSE_TIMEOUT, DEFAULT_MAX_COMPRESSION_RATIO,
                    DEFAULT_MAX_UNPACKED_BYTES, DEFAULT_MAX_XML_DEPTH, DEFAULT_MAX_PACKAGE_ENTRY_DEPTH);
        }
    }

    private final Limits limits;
    private final Detector detector;
    private final AutoDetectParser parser;
    private final ExecutorService parseExecutor;
    private final ZipExpansionGuard zipGuard;
    private final LegacyVietnameseDetector legacyDetector = new LegacyVietnameseDetector();
    private final PlainTextDecoder plainTextDecoder = new PlainTextDecoder(legacyDetector);

    public TextExtractor() {
        this(Limits.defaults());
    }

    /** The two limits a deployment usually tunes; the SecureContentHandler limits keep their defaults. */
    public TextExtractor(int maxExtractedChars, Duration parseTimeout) {
        this(new Limits(maxExtractedChars, parseTimeout, Limits.DEFAULT_MAX_COMPRESSION_RATIO,
                Limits.DEFAULT_MAX_UNPACKED_BYTES, Limits.DEFAULT_MAX_XML_DEPTH, Limits.DEFAULT_MAX_PACKAGE_ENTRY_DEPTH));
    }

    public TextExtractor(Limits limits) {
        this.limits = limits;
        TikaConfig config = TikaConfig.getDefaultConfig();
        this.detector = config.getDetector();
        this.parser = new AutoDetectParser(config);
        AutoDetectParserConfig parserConfig = new AutoDetectParserConfig();
        parserConfig.setMaximumCompressionRatio(limits.maxCompressionRatio());
        parserConfig.setMaximumDepth(limits.maxXmlDepth());
        parserConfig.setMaximumPackageEntryDepth(limits.maxPackageEntryDepth());
        this.parser.setAutoDetectParserConfig(parserConfig);
        this.parseExecutor = Executors.newCachedThreadPool(daemonThreads());
        this.zipGuard = new ZipExpansionGuard(limits.maxCompressionRatio(), limits.maxUnpackedBytes());
    }

    public Limits limits() {
        return limits;
    }

    /** Extracts the text of {@code content}; the type is detected from the bytes, with the name as a hint. */
    public ExtractedText extract(byte[] content, String fileName) throws RejectedInputException {
        return extract(content, fileName, null);
    }

    /**
     * Extracts the text of {@code content}.
     *
     * @param fileName            the uploaded name, a hint for type detection only
     * @param declaredContentType the Content-Type the client sent, a weaker hint still; may be null
     */
    public ExtractedText extract(byte[] content, String fileName, String declaredContentType)
            throws RejectedInputException {
        if (content == null || content.length == 0) {
            throw new RejectedInputException(RejectionReason.EMPTY, "The file is empty (0 bytes). "
                    + "Check that the upload sent the file's content.");
        }
        String mediaType = detectMediaType(content, fileName, declaredContentType);
        ExtractedText raw;
        if (PARSED_BY_TIKA.contains(mediaType)) {
            raw = parseWithTika(content, fileName, mediaType);
        } else if (isPlainText(mediaType, content)) {
            raw = decodePlainText(content);
        } else if (mediaType.equals(MediaType.OCTET_STREAM.toString())) {
            throw new RejectedInputException(RejectionReason.UNREADABLE, "The file is binary data of no known "
                    + "type, not a document. " + ACCEPTED);
        } else {
            throw new RejectedInputException(RejectionReason.UNSUPPORTED_TYPE,
                    "Unsupported file type " + mediaType + ". " + ACCEPTED);
        }
        if (isBlank(raw.text())) {
            throw new RejectedInputException(RejectionReason.EMPTY, emptyMessage(mediaType));
        }
        return raw;
    }

    /** Technique 1: type detection by magic bytes and container inspection, with the name and declared type as hints. */
    private String detectMediaType(byte[] content, String fileName, String declaredContentType)
            throws RejectedInputException {
        if (extension(fileName).equals("txt") && startsAsPlainText(content)) {
            // Tika's detectors read and copy the whole file (1.7 MB allocated for a 50 KB text): a third of the
            // time of a text file's extraction, to confirm what its name and first bytes already say
            return PLAIN_TEXT;
        }
        Metadata metadata = new Metadata();
        if (fileName != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        if (declaredContentType != null && !declaredContentType.isBlank()) {
            metadata.set(Metadata.CONTENT_TYPE, declaredContentType);
        }
        MediaType detected;
        try (TikaInputStream stream = TikaInputStream.get(content)) {
            detected = detector.detect(stream, metadata);
        } catch (IOException | RuntimeException e) {
            throw new RejectedInputException(RejectionReason.UNREADABLE,
                    "The file type could not be detected; the file may be damaged. " + ACCEPTED, e);
        }
        String base = detected.getBaseType().toString();
        if (base.equals(PROTECTED_OOXML)) {
            throw new RejectedInputException(RejectionReason.UNREADABLE, "The file is password-protected. "
                    + "Remove the password and upload it again.");
        }
        if (UNIDENTIFIED_OFFICE_CONTAINERS.contains(base)) {
            // a damaged Word file: parse it as what its name says, so the caller hears "damaged", not "unsupported"
            String extension = extension(fileName);
            if (extension.equals("doc")) {
                return DOC;
            }
            if (extension.equals("docx")) {
                return DOCX;
            }
        }
        return base;
    }

    /** Bytes looked at by {@link #startsAsPlainText}. */
    static final int SNIFFED_BYTES = 4096;

    /**
     * Whether the file opens as a plain text file and as nothing else Tika knows: no control byte but tab, line
     * feed, form feed and carriage return in its first {@link #SNIFFED_BYTES} bytes (which rules out UTF-16, zip
     * containers, OLE2 Word files and images), and no markup, PDF or RTF opening. Anything else is left to Tika's
     * detection, as before; a file that passes but is not text after all is refused by the plain-text decoder.
     */
    static boolean startsAsPlainText(byte[] content) {
        int end = Math.min(content.length, SNIFFED_BYTES);
        int first = -1;
        for (int i = 0; i < end; i++) {
            int b = content[i] & 0xFF;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r') {
                return false;
            }
            if (first < 0 && b > ' ' && !(i < 3 && (b == 0xEF || b == 0xBB || b == 0xBF))) {
                first = i;
            }
        }
        if (first < 0) {
            return true;
        }
        return content[first] != '<' && !startsWith(content, first, "%PDF") && !startsWith(content, first, "{\\rtf");
    }

    private static boolean startsWith(byte[] content, int at, String ascii) {
        if (content.length - at < ascii.length()) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (content[at + i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Technique 2: plain text is decoded here, without a Tika parse (BOM, UTF-16, UTF-8, legacy encodings). */
    private ExtractedText decodePlainText(byte[] content) throws RejectedInputException {
        PlainTextDecoder.Decoded decoded = plainTextDecoder.decode(content);
        if (decoded.text().length() > limits.maxExtractedChars()) {
            throw new RejectedInputException(RejectionReason.TOO_LARGE, tooManyCharacters());
        }
        return new ExtractedText(nfc(decoded.text()), PLAIN_TEXT, decoded.warnings());
    }

    /**
     * Technique 3: a full Tika parse into a character-limited text handler, on a worker thread with a timeout.
     * Embedded documents (images, OLE objects) are skipped: they are attachments, not the document's text.
     */
    private ExtractedText parseWithTika(byte[] content, String fileName, String mediaType)
            throws RejectedInputException {
        StringWriter text = new StringWriter();
        ParseContext context = new ParseContext();
        context.set(EmbeddedDocumentExtractor.class, new SkipEmbeddedDocuments());
        context.set(PDFParserConfig.class, pdfWithoutOcr());
        ContentHandler handler = new BodyContentHandler(
                new WriteOutContentHandler(new ToTextContentHandler(text), limits.maxExtractedChars(), true,
                        context));
        Metadata metadata = new Metadata();
        if (fileName != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        metadata.set(Metadata.CONTENT_TYPE, mediaType);
        Future<?> parse = parseExecutor.submit(() -> {
            if (mediaType.equals(DOCX)) {
                zipGuard.check(content);
            }
            try (InputStream stream = TikaInputStream.get(content)) {
                parser.parse(stream, handler, metadata, context);
            }
            return null;
        });
        try {
            parse.get(limits.parseTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            parse.cancel(true);
            throw new RejectedInputException(RejectionReason.UNREADABLE, "Reading the file took longer than "
                    + limits.parseTimeout().toSeconds() + " s, so it was stopped; the file may be damaged or "
                    + "needlessly complex. Re-save it (or export it to PDF or .docx) and upload again.", e);
        } catch (InterruptedException e) {
            parse.cancel(true);
            Thread.currentThread().interrupt();
            throw new RejectedInputException(RejectionReason.UNREADABLE, "Reading the file was interrupted.", e);
        } catch (ExecutionException e) {
            throw classifyParseFailure(e.getCause(), mediaType);
        }
        List<String> warnings = new ArrayList<>();
        LegacyVietnameseDetector.Repair repair = legacyDetector.repair(text.toString());
        repair.warning().ifPresent(warnings::add);
        return new ExtractedText(nfc(repair.text()), mediaType, warnings);
    }

    /**
     * No OCR: there is no OCR engine in the deployment, and Tika's "auto" strategy otherwise tries one on pages
     * with little or oddly encoded text and fails on them. A scan therefore yields no text and is rejected as
     * EMPTY with a message saying so.
     */
    private static PDFParserConfig pdfWithoutOcr() {
        PDFParserConfig config = new PDFParserConfig();
        config.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        config.setExtractInlineImages(false);
        return config;
    }

    /** Maps what went wrong inside Tika to a reason the caller can act on. */
    private RejectedInputException classifyParseFailure(Throwable failure, String mediaType) {
        if (failure instanceof RejectedInputException rejected) {
            return rejected;
        }
        if (WriteLimitReachedException.isWriteLimitReached(failure)) {
            return new RejectedInputException(RejectionReason.TOO_LARGE, tooManyCharacters(), failure);
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TikaMemoryLimitException
                    || t instanceof OutOfMemoryError || mentionsZipBomb(t)) {
                return new RejectedInputException(RejectionReason.TOO_LARGE, "The file expands far beyond its "
                        + "size when unpacked (a compression bomb, or nesting too deep to read safely). "
                        + "Re-save the document normally, or split it, and upload again.", failure);
            }
            if (t instanceof EncryptedDocumentException) {
                return new RejectedInputException(RejectionReason.UNREADABLE, "The file is password-protected. "
                        + "Remove the password and upload it again.", failure);
            }
            if (t instanceof ZeroByteFileException) {
                return new RejectedInputException(RejectionReason.EMPTY, "The file is empty.", failure);
            }
        }
        return new RejectedInputException(RejectionReason.UNREADABLE, "The file is damaged or is not a valid "
                + describe(mediaType) + " (" + failure.getClass().getSimpleName() + "). Open it, save it again "
                + "(or export it to PDF) and upload the new file.", failure);
    }

    /** Blank also when the only "content" is no-break spaces, ideographic spaces or zero-width characters. */
    private static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)
                    && Character.getType(c) != Character.FORMAT) {
                return false;
            }
        }
        return true;
    }

    private String tooManyCharacters() {
        return "The file holds more than " + limits.maxExtractedChars() + " characters of text, the limit for one "
                + "document. Split it into smaller files.";
    }

    private boolean isPlainText(String mediaType, byte[] content) {
        if (mediaType.startsWith("text/")) {
            return true;
        }
        // BOM-less UTF-16 and some single-byte texts look binary to Tika's sniffing
        return mediaType.equals(MediaType.OCTET_STREAM.toString()) && plainTextDecoder.looksLikeText(content);
    }

    private static String emptyMessage(String mediaType) {
        if (mediaType.equals(PDF)) {
            return "The PDF has no text layer (it is probably a scan). Send the Word file or a PDF with text.";
        }
        return "The file contains no text, only whitespace. Check that the right file was uploaded.";
    }

    private static String describe(String mediaType) {
        return switch (mediaType) {
            case PDF -> "PDF";
            case DOCX -> "Word .docx file";
            case DOC -> "Word .doc file";
            case HTML, XHTML -> "HTML page";
            default -> mediaType;
        };
    }

    private static boolean mentionsZipBomb(Throwable t) {
        // SecureContentHandler's own exception type is private; AutoDetectParser rethrows it as "Zip bomb detected!"
        String message = t.getMessage();
        return t.getClass().getSimpleName().equals("SecureSAXException") || message != null && message.toLowerCase(Locale.ROOT).contains("zip bomb");
    }

    private static String extension(String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String nfc(String text) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "vanban-tika-parse-" + count.incrementAndGet());
            // a parse that ignores the interrupt after a timeout must not keep the JVM alive
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Embedded documents are not parsed: their text is not the document's, and they widen the attack surface. */
    private static final class SkipEmbeddedDocuments implements EmbeddedDocumentExtractor {

        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
            // never called: shouldParseEmbedded is false
        }
    }
}
