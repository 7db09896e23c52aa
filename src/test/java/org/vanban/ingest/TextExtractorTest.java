package org.vanban.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** File bytes → Unicode text, for each accepted format, each encoding and each kind of hostile input. */
class TextExtractorTest {

    private static final TextExtractor EXTRACTOR = new TextExtractor();

    private static final String SENTENCE_1 = "Ủy ban nhân dân thành phố Hải Phòng";
    private static final String SENTENCE_2 = "Nghị quyết số 45-NQ/TW ngày 24/01/2019 của Bộ Chính trị";
    private static final String SENTENCE_3 = "Sở Giao thông vận tải chủ trì, phối hợp với các sở, ngành liên quan";
    /** Covers ư, ơ, ă, đ and the capital Đ, which the other three lack. */
    private static final String SENTENCE_4 = "Điều 2. Các dự án được ưu tiên đầu tư trong năm 2025";
    private static final String TEXT = SENTENCE_1 + "\n" + SENTENCE_2 + "\n" + SENTENCE_3 + "\n" + SENTENCE_4 + "\n";

    // ---- plain text and its encodings ----

    @Test
    void utf8TextIsReadAsIs() throws Exception {
        ExtractedText extracted = EXTRACTOR.extract(TEXT.getBytes(StandardCharsets.UTF_8), "ke-hoach.txt");
        assertEquals(TEXT, extracted.text());
        assertEquals("text/plain", extracted.mediaType());
        assertEquals(List.of(), extracted.warnings());
    }

    /** A .txt file that opens as text skips Tika's detection; anything that may be something else does not. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kế hoạch số 86/KH-UBND, 1. Mục tiêu | true",
            "<html><body>Kế hoạch</body></html> | false",
            "  <?xml version=\"1.0\"?><doc/> | false",
            "%PDF-1.4 | false",
            "{\\rtf1\\ansi Kế hoạch} | false"})
    void textFilesAreRecognisedByTheirFirstBytes(String opening, boolean plain) {
        assertEquals(plain, TextExtractor.startsAsPlainText(opening.getBytes(StandardCharsets.UTF_8)), opening);
    }

    @Test
    void bytesNoTextFileHasAreLeftToDetection() {
        assertFalse(TextExtractor.startsAsPlainText(TEXT.getBytes(StandardCharsets.UTF_16LE)), "UTF-16 without BOM");
        assertFalse(TextExtractor.startsAsPlainText(new byte[] {'P', 'K', 3, 4, 20, 0}), "zip container");
        assertFalse(TextExtractor.startsAsPlainText(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}), "OLE2");
        assertFalse(TextExtractor.startsAsPlainText(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
                "PNG");
        assertFalse(TextExtractor.startsAsPlainText(
                concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "<p>".getBytes(StandardCharsets.UTF_8))),
                "markup after a byte order mark");
    }

    @Test
    void utf8ByteOrderMarkIsStripped() throws Exception {
        byte[] withBom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, TEXT.getBytes(StandardCharsets.UTF_8));
        assertEquals(TEXT, EXTRACTOR.extract(withBom, "bom.txt").text());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"UTF-16LE with BOM", "UTF-16BE with BOM", "UTF-16LE without BOM", "UTF-16BE without BOM"})
    void utf16IsRecognised(String variant) throws Exception {
        boolean little = variant.contains("LE");
        byte[] body = TEXT.getBytes(little ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
        byte[] bom = little ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF};
        byte[] content = variant.contains("without") ? body : concat(bom, body);
        assertEquals(TEXT, EXTRACTOR.extract(content, "utf16.txt").text());
    }

    @Test
    void windows1258IsComposedToNfc() throws Exception {
        ExtractedText extracted = EXTRACTOR.extract(LegacyEncoders.windows1258(TEXT), "cp1258.txt");
        assertEquals(TEXT, extracted.text());
        assertEquals(List.of("Converted from Windows-1258 legacy encoding to Unicode."), extracted.warnings());
    }

    @Test
    void tcvn3TextIsConvertedWithAWarning() throws Exception {
        ExtractedText extracted = EXTRACTOR.extract(LegacyEncoders.tcvn3(TEXT), "abc.txt");
        // TCVN3 has no code for "Ủ": .VnTimeH users typed the lower-case one
        assertEquals(TEXT.replace("Ủy", "ủy"), extracted.text());
        assertEquals(List.of("Converted from TCVN3 (ABC) legacy encoding to Unicode."), extracted.warnings());
    }

    @Test
    void vniTextIsConvertedWithAWarning() throws Exception {
        ExtractedText extracted = EXTRACTOR.extract(LegacyEncoders.vni(TEXT), "vni.txt");
        assertEquals(TEXT, extracted.text());
        assertEquals(List.of("Converted from VNI (VNI-Windows) legacy encoding to Unicode."), extracted.warnings());
    }

    @Test
    void englishInWindows1252IsReadAsWindows1252() throws Exception {
        String english = "Résumé of the café meeting in São Paulo – approved.\n";
        ExtractedText extracted = EXTRACTOR.extract(english.getBytes(LegacyEncoders.CP1252), "notes.txt");
        assertEquals(english, extracted.text());
        assertEquals(1, extracted.warnings().size());
        assertTrue(extracted.warnings().get(0).startsWith("The file is not UTF-8"));
    }

    @Test
    void utf8WithAFewBrokenBytesStaysUtf8() throws Exception {
        byte[] good = TEXT.repeat(3).getBytes(StandardCharsets.UTF_8);
        byte[] broken = concat(concat(good, new byte[] {(byte) 0xC3}), good);
        ExtractedText extracted = EXTRACTOR.extract(broken, "cut.txt");
        assertEquals(TEXT.repeat(3) + "\uFFFD" + TEXT.repeat(3), extracted.text());
        assertTrue(extracted.warnings().get(0).contains("1 invalid byte"), extracted.warnings().toString());
    }

    @Test
    void textAbove100kCharactersComesThroughWhole() throws Exception {
        String longText = longText();
        assertTrue(longText.length() > 150_000);
        assertEquals(longText, EXTRACTOR.extract(longText.getBytes(StandardCharsets.UTF_8), "long.txt").text());
    }

    @Test
    void seedCorpusComesThroughUnchangedWithoutWarnings() throws Exception {
        List<Path> seeds;
        try (var files = Files.list(Path.of("corpus"))) {
            seeds = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertEquals(5, seeds.size());
        for (Path seed : seeds) {
            byte[] bytes = Files.readAllBytes(seed);
            ExtractedText extracted = EXTRACTOR.extract(bytes, seed.getFileName().toString());
            assertEquals(new String(bytes, StandardCharsets.UTF_8), extracted.text(), seed.toString());
            assertEquals(List.of(), extracted.warnings(), seed.toString());
        }
    }

    // ---- HTML, PDF, DOCX, DOC ----

    @Test
    void htmlDeclaredWindows1258IsComposedToNfc() throws Exception {
        String head = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1258\">"
                + "</head><body><p>";
        byte[] html = concat(concat(head.getBytes(StandardCharsets.US_ASCII), LegacyEncoders.windows1258(SENTENCE_2)),
                "</p></body></html>".getBytes(StandardCharsets.US_ASCII));
        ExtractedText extracted = EXTRACTOR.extract(html, "cp1258.html");
        assertTrue(extracted.text().contains(SENTENCE_2), extracted.text());
    }

    @Test
    void htmlInTcvn3WithoutCharsetIsConverted() throws Exception {
        String body = "<html><head><title>x</title></head><body><p>" + TEXT.replace("\n", "</p><p>")
                + "</p></body></html>";
        ExtractedText extracted = EXTRACTOR.extract(LegacyEncoders.tcvn3(body), "abc.html");
        assertTrue(extracted.text().contains(SENTENCE_2), extracted.text());
        assertTrue(extracted.text().contains(SENTENCE_3), extracted.text());
        assertTrue(extracted.text().contains(SENTENCE_4), extracted.text());
        assertEquals(List.of("Converted from TCVN3 (ABC) legacy encoding to Unicode."), extracted.warnings());
    }

    @Test
    void htmlBodyTextIsExtracted() throws Exception {
        String html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Tiêu đề trang</title>"
                + "<script>var x = 'không lấy';</script></head><body><h1>" + SENTENCE_1 + "</h1><p>" + SENTENCE_2
                + "</p><p>" + SENTENCE_3 + "</p></body></html>";
        ExtractedText extracted = EXTRACTOR.extract(html.getBytes(StandardCharsets.UTF_8), "trang.html");
        assertEquals("text/html", extracted.mediaType());
        assertContainsSentences(extracted.text());
        assertFalse(extracted.text().contains("không lấy"));
    }

    @Test
    void longHtmlComesThroughWhole() throws Exception {
        String longText = longText();
        String html = "<html><head><meta charset=\"utf-8\"></head><body><pre>" + longText + "</pre></body></html>";
        String extracted = EXTRACTOR.extract(html.getBytes(StandardCharsets.UTF_8), "long.html").text();
        assertTrue(extracted.contains(lastLine(longText)), "the last line must survive");
        assertTrue(extracted.length() >= longText.length());
    }

    @Test
    void pdfFixtureMadeByLibreOfficeKeepsVietnamese() throws Exception {
        ExtractedText extracted = EXTRACTOR.extract(fixture("sample.pdf"), "sample.pdf");
        assertEquals("application/pdf", extracted.mediaType());
        assertContainsSentences(extracted.text());
    }

    @Test
    void pdfMadeWithPdfBoxAndAUnicodeFontKeepsVietnamese() throws Exception {
        ExtractedText extracted = EXTRACTOR.extract(pdf(List.of(SENTENCE_1, SENTENCE_2, SENTENCE_3)), "made.pdf");
        assertContainsSentences(extracted.text());
    }

    @Test
    void docxKeepsVietnamese() throws Exception {
        ExtractedText extracted = EXTRACTOR.extract(docx(List.of(SENTENCE_1, SENTENCE_2, SENTENCE_3), null),
                "ke-hoach.docx");
        assertEquals(TextExtractor.DOCX, extracted.mediaType());
        assertContainsSentences(extracted.text());
        assertEquals(List.of(), extracted.warnings());
    }

    @Test
    void longDocxComesThroughWhole() throws Exception {
        String longText = longText();
        String extracted = EXTRACTOR.extract(docx(longText.lines().toList(), null), "long.docx").text();
        assertTrue(extracted.contains(lastLine(longText)));
        assertTrue(extracted.length() >= longText.length());
    }

    @Test
    void docxTypedInATcvn3FontIsConverted() throws Exception {
        List<String> legacy = TEXT.lines()
                .map(line -> new String(LegacyEncoders.tcvn3(line), LegacyEncoders.CP1252))
                .toList();
        ExtractedText extracted = EXTRACTOR.extract(docx(legacy, ".VnTime"), "abc.docx");
        assertTrue(extracted.text().contains("ủy ban nhân dân thành phố Hải Phòng"), extracted.text());
        assertTrue(extracted.text().contains(SENTENCE_2));
        assertTrue(extracted.text().contains(SENTENCE_3));
        assertTrue(extracted.text().contains(SENTENCE_4));
        assertEquals(List.of("Converted from TCVN3 (ABC) legacy encoding to Unicode."), extracted.warnings());
    }

    @Test
    void docxWithAUnicodeHeadingAndATcvn3BodyConvertsOnlyTheBody() throws Exception {
        List<String> paragraphs = List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Tháng Chín có lá vàng",
                new String(LegacyEncoders.tcvn3(SENTENCE_2), LegacyEncoders.CP1252),
                new String(LegacyEncoders.tcvn3(SENTENCE_3), LegacyEncoders.CP1252),
                new String(LegacyEncoders.tcvn3(SENTENCE_4), LegacyEncoders.CP1252));
        String text = EXTRACTOR.extract(docx(paragraphs, null), "mixed.docx").text();
        assertEquals(List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Tháng Chín có lá vàng", SENTENCE_2, SENTENCE_3,
                SENTENCE_4), text.lines().filter(line -> !line.isBlank()).toList());
    }

    @Test
    void docxTypedInAVniFontIsConverted() throws Exception {
        List<String> legacy = TEXT.lines().map(LegacyEncoders::vniView).toList();
        ExtractedText extracted = EXTRACTOR.extract(docx(legacy, "VNI-Times"), "vni.docx");
        assertContainsSentences(extracted.text());
        assertTrue(extracted.text().contains(SENTENCE_4));
        assertEquals(List.of("Converted from VNI (VNI-Windows) legacy encoding to Unicode."), extracted.warnings());
    }

    @Test
    void docFixtureMadeByLibreOfficeKeepsVietnamese() throws Exception {
        ExtractedText extracted = EXTRACTOR.extract(fixture("sample.doc"), "sample.doc");
        assertEquals(TextExtractor.DOC, extracted.mediaType());
        assertContainsSentences(extracted.text());
    }

    @Test
    void docTypedInTcvn3FontIsConverted() throws Exception {
        ExtractedText extracted = EXTRACTOR.extract(fixture("sample-tcvn3.doc"), "sample-tcvn3.doc");
        assertTrue(extracted.text().contains("ủy ban nhân dân thành phố Hải Phòng"), extracted.text());
        assertTrue(extracted.text().contains(SENTENCE_2));
        assertTrue(extracted.text().contains(SENTENCE_3));
        assertEquals(List.of("Converted from TCVN3 (ABC) legacy encoding to Unicode."), extracted.warnings());
    }

    @Test
    void declaredContentTypeIsOnlyAHint() throws Exception {
        ExtractedText extracted = EXTRACTOR.extract(fixture("sample.pdf"), "upload", "text/plain");
        assertEquals("application/pdf", extracted.mediaType());
    }

    // ---- hostile and broken input ----

    @Test
    void emptyFileIsRejected() {
        assertRejected(RejectionReason.EMPTY, new byte[0], "empty.txt");
    }

    @ParameterizedTest
    @ValueSource(strings = {" ", "   \n\t\r\n  ", "\u00A0\u3000\u200B\n"})
    void whitespaceOnlyFileIsRejected(String whitespace) {
        assertRejected(RejectionReason.EMPTY, whitespace.getBytes(StandardCharsets.UTF_8), "blank.txt");
    }

    @Test
    void whitespaceOnlyDocxIsRejected() throws Exception {
        assertRejected(RejectionReason.EMPTY, docx(List.of("   ", ""), null), "blank.docx");
    }

    @ParameterizedTest
    @ValueSource(strings = {"random.bin", "random.txt", "random.docx", "random"})
    void randomBytesAreRejected(String name) {
        byte[] garbage = new byte[8192];
        new Random(42).nextBytes(garbage);
        RejectedInputException rejected = assertThrows(RejectedInputException.class,
                () -> EXTRACTOR.extract(garbage, name));
        assertTrue(rejected.reason() == RejectionReason.UNREADABLE
                || rejected.reason() == RejectionReason.UNSUPPORTED_TYPE, rejected.reason() + ": " + rejected.getMessage());
        assertTrue(rejected.getMessage().contains(".docx"), "tells what to send: " + rejected.getMessage());
    }

    @Test
    void pngIsUnsupported() throws Exception {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        RejectedInputException rejected = assertRejected(RejectionReason.UNSUPPORTED_TYPE, png.toByteArray(),
                "scan.docx");
        assertTrue(rejected.getMessage().contains("image/png"), rejected.getMessage());
    }

    @Test
    void zipIsUnsupported() throws Exception {
        assertRejected(RejectionReason.UNSUPPORTED_TYPE, plainZip(), "archive.zip");
    }

    @Test
    void zipNamedDocxIsADamagedDocx() throws Exception {
        // Tika trusts the name for the zip's subtype, so the parse is tried and fails: "damaged", not "unsupported"
        RejectedInputException rejected = assertRejected(RejectionReason.UNREADABLE, plainZip(), "archive.docx");
        assertTrue(rejected.getMessage().contains("not a valid Word .docx"), rejected.getMessage());
    }

    @Test
    void passwordProtectedDocxIsUnreadable() throws Exception {
        RejectedInputException rejected = assertRejected(RejectionReason.UNREADABLE,
                encrypted(docx(List.of(SENTENCE_1), null)), "mat.docx");
        assertTrue(rejected.getMessage().contains("password"), rejected.getMessage());
    }

    @Test
    void truncatedDocIsUnreadable() throws Exception {
        byte[] doc = fixture("sample.doc");
        byte[] truncated = java.util.Arrays.copyOf(doc, doc.length / 3);
        RejectedInputException rejected = assertRejected(RejectionReason.UNREADABLE, truncated, "hong.doc");
        assertTrue(rejected.getMessage().contains("damaged"), rejected.getMessage());
    }

    @Test
    void truncatedDocxIsUnreadable() throws Exception {
        byte[] docx = docx(List.of(SENTENCE_1, SENTENCE_2), null);
        assertRejected(RejectionReason.UNREADABLE, java.util.Arrays.copyOf(docx, docx.length / 2), "hong.docx");
    }

    @Test
    void zipBombDocxIsTooLarge() throws Exception {
        byte[] bomb = zipBombDocx(64L << 20);
        assertTrue(bomb.length < 1_000_000, "the bomb itself is small: " + bomb.length);
        RejectedInputException rejected = assertRejected(RejectionReason.TOO_LARGE, bomb, "bomb.docx");
        assertTrue(rejected.getMessage().contains("expands"), rejected.getMessage());
    }

    @Test
    void textBeyondTheCharacterLimitIsTooLarge() throws Exception {
        TextExtractor strict = new TextExtractor(10_000, Duration.ofSeconds(60));
        String longText = longText();
        assertRejected(strict, RejectionReason.TOO_LARGE, docx(longText.lines().toList(), null), "long.docx");
        assertRejected(strict, RejectionReason.TOO_LARGE, longText.getBytes(StandardCharsets.UTF_8), "long.txt");
    }

    @Test
    void parseOverTheTimeLimitIsUnreadable() throws Exception {
        TextExtractor impatient = new TextExtractor(TextExtractor.Limits.DEFAULT_MAX_EXTRACTED_CHARS,
                Duration.ofMillis(1));
        byte[] docx = docx(longText().lines().toList(), null);
        RejectedInputException rejected = assertRejected(impatient, RejectionReason.UNREADABLE, docx, "slow.docx");
        assertTrue(rejected.getMessage().contains("took longer"), rejected.getMessage());
    }

    // ---- helpers ----

    private static RejectedInputException assertRejected(RejectionReason reason, byte[] content, String name) {
        return assertRejected(EXTRACTOR, reason, content, name);
    }

    private static RejectedInputException assertRejected(TextExtractor extractor, RejectionReason reason,
                                                         byte[] content, String name) {
        RejectedInputException rejected = assertThrows(RejectedInputException.class,
                () -> extractor.extract(content, name));
        assertEquals(reason, rejected.reason(), rejected.getMessage());
        assertFalse(rejected.getMessage().isBlank());
        return rejected;
    }

    private static void assertContainsSentences(String text) {
        String collapsed = text.replaceAll("\\s+", " ");
        for (String sentence : List.of(SENTENCE_1, SENTENCE_2, SENTENCE_3)) {
            assertTrue(collapsed.contains(sentence), "missing \"" + sentence + "\" in: " + collapsed);
        }
    }

    /** About 180,000 characters of numbered Vietnamese lines. */
    static String longText() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 2000; i++) {
            text.append("Điều ").append(i).append(". ").append(SENTENCE_3).append(" và ").append(SENTENCE_2)
                    .append(".\n");
        }
        return text.toString();
    }

    private static String lastLine(String text) {
        List<String> lines = text.lines().toList();
        return lines.get(lines.size() - 1);
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = TextExtractorTest.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + name);
            }
            return in.readAllBytes();
        }
    }

    /** A .docx, one paragraph per line, optionally in a named (legacy) font. */
    static byte[] docx(List<String> paragraphs, String fontFamily) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String paragraph : paragraphs) {
                XWPFRun run = document.createParagraph().createRun();
                run.setText(paragraph);
                if (fontFamily != null) {
                    run.setFontFamily(fontFamily);
                }
            }
            document.write(out);
            return out.toByteArray();
        }
    }

    /**
     * A PDF with a TrueType font that covers Vietnamese: DejaVu Sans where the machine has it, else the
     * Liberation Sans that PDFBox ships inside its jar.
     */
    static byte[] pdf(List<String> lines) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDType0Font font;
            Path dejaVu = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
            if (Files.isReadable(dejaVu)) {
                font = PDType0Font.load(document, dejaVu.toFile());
            } else {
                try (InputStream liberation = PDDocument.class.getResourceAsStream(
                        "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
                    font = PDType0Font.load(document, liberation);
                }
            }
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(font, 11);
                content.newLineAtOffset(50, 700);
                for (String line : lines) {
                    content.showText(line);
                    content.newLineAtOffset(0, -20);
                }
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    /**
     * A real .docx whose word/document.xml is replaced by one that inflates to {@code expandedBytes}: a single
     * run of "a" that compresses about a thousand to one.
     */
    static byte[] zipBombDocx(long expandedBytes) throws IOException {
        byte[] template = docx(List.of(SENTENCE_1), null);
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(template));
             ZipOutputStream out = new ZipOutputStream(bomb)) {
            out.setLevel(java.util.zip.Deflater.BEST_SPEED);
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("word/document.xml")) {
                    writeHugeDocumentXml(out, expandedBytes);
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return bomb.toByteArray();
    }

    private static void writeHugeDocumentXml(OutputStream out, long expandedBytes) {
        try {
            out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                    + "<w:body><w:p><w:r><w:t>").getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "a".repeat(1 << 16).getBytes(StandardCharsets.US_ASCII);
            for (long written = 0; written < expandedBytes; written += chunk.length) {
                out.write(chunk);
            }
            out.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] encrypted(byte[] docx) throws Exception {
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem();
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var info = new org.apache.poi.poifs.crypt.EncryptionInfo(org.apache.poi.poifs.crypt.EncryptionMode.agile);
            var encryptor = info.getEncryptor();
            encryptor.confirmPassword("mật khẩu");
            try (var opc = org.apache.poi.openxml4j.opc.OPCPackage.open(new java.io.ByteArrayInputStream(docx));
                 OutputStream os = encryptor.getDataStream(fs)) {
                opc.save(os);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    private static byte[] plainZip() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("readme.txt"));
            out.write(TEXT.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return zip.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
