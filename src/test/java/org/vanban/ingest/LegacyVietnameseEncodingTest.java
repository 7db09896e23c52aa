package org.vanban.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Legacy Vietnamese encodings → Unicode, and the detector that decides when to convert. */
class LegacyVietnameseEncodingTest {

    static final String[] SENTENCES = {
            "Ủy ban nhân dân thành phố Hải Phòng",
            "Nghị quyết số 45-NQ/TW ngày 24/01/2019 của Bộ Chính trị",
            "Sở Giao thông vận tải chủ trì, phối hợp với các sở, ngành liên quan",
            "Điều 2. Các dự án được ưu tiên đầu tư trong năm 2025",
    };

    private final LegacyVietnameseDetector detector = new LegacyVietnameseDetector();

    @ParameterizedTest(name = "TCVN3 \"{0}\" reads \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Uû ban nh©n d©n                                         | Uỷ ban nhân dân
            ñy ban nh©n d©n thµnh phè H¶i Phßng                     | ủy ban nhân dân thành phố Hải Phòng
            NghÞ quyÕt sè 45-NQ/TW ngµy 24/01/2019 cña Bé ChÝnh trÞ | Nghị quyết số 45-NQ/TW ngày 24/01/2019 của Bộ Chính trị
            §iÒu 1. Tæ chøc thùc hiÖn                               | Điều 1. Tổ chức thực hiện
            ®­îc, n¨m, ­u tiªn, ViÖt Nam                             | được, năm, ưu tiên, Việt Nam
            NGHÞ QUYÕT                                              | NGHỊ QUYẾT
            ñY BAN NH¢N D¢N                                         | ỦY BAN NHÂN DÂN
            """)
    void tcvn3ReadsAsVietnamese(String legacy, String unicode) {
        assertEquals(unicode, LegacyVietnameseEncoding.TCVN3.decode(legacy));
    }

    @ParameterizedTest(name = "VNI \"{0}\" reads \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Vieät Nam                                              | Việt Nam
            Nghò quyeát                                            | Nghị quyết
            UÛy ban nhaân daân thaønh phoá Haûi Phoøng             | Ủy ban nhân dân thành phố Hải Phòng
            ñöôïc, naêm, öu tieân, ÑIEÀU, Ñoàng, möôøi, khuyeán    | được, năm, ưu tiên, ĐIỀU, Đồng, mười, khuyến
            Chöông trình haønh ñoäng, kyø hoïp, Bình Ñònh, ñaëc bieät | Chương trình hành động, kỳ họp, Bình Định, đặc biệt
            """)
    void vniReadsAsVietnamese(String legacy, String unicode) {
        assertEquals(unicode, LegacyVietnameseEncoding.VNI.decode(legacy));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3})
    void tcvn3RoundTripLowerCasesTheCapitalsItHasNoCodeFor(int row) {
        String sentence = SENTENCES[row];
        String decoded = LegacyVietnameseEncoding.TCVN3.decode(LegacyEncoders.tcvn3(sentence));
        assertEquals(sentence.replace("Ủy", "ủy"), decoded);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3})
    void vniRoundTrip(int row) {
        assertEquals(SENTENCES[row], LegacyVietnameseEncoding.VNI.decode(LegacyEncoders.vni(SENTENCES[row])));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3})
    void windows1258RoundTripIsComposedToNfc(int row) {
        String decoded = LegacyVietnameseEncoding.WINDOWS_1258.decode(LegacyEncoders.windows1258(SENTENCES[row]));
        assertEquals(SENTENCES[row], decoded);
    }

    @Test
    void detectorConvertsTcvn3AndSaysSo() {
        String legacy = LegacyEncoders.CP1252.decode(java.nio.ByteBuffer.wrap(
                LegacyEncoders.tcvn3(String.join("\n", SENTENCES)))).toString();
        LegacyVietnameseDetector.Repair repair = detector.repair(legacy);
        assertEquals(Optional.of(LegacyVietnameseEncoding.TCVN3), repair.convertedFrom());
        assertEquals(String.join("\n", SENTENCES).replace("Ủy", "ủy"), repair.text());
        assertEquals(Optional.of("Converted from TCVN3 (ABC) legacy encoding to Unicode."), repair.warning());
    }

    @Test
    void detectorConvertsVni() {
        String legacy = LegacyEncoders.vniView(String.join("\n", SENTENCES));
        LegacyVietnameseDetector.Repair repair = detector.repair(legacy);
        assertEquals(Optional.of(LegacyVietnameseEncoding.VNI), repair.convertedFrom());
        assertEquals(String.join("\n", SENTENCES), repair.text());
    }

    @Test
    void detectorConvertsOnlyTheLegacyLinesOfAMixedText() {
        String mixed = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                + "Hải Phòng, ngày 15 tháng 3 năm 2024\n"
                + "NghÞ quyÕt sè 45-NQ/TW ngµy 24/01/2019 cña Bé ChÝnh trÞ\n"
                + "Së Giao th«ng vËn t¶i chñ tr×, phèi hîp víi c¸c së, ngµnh liªn quan\n";
        LegacyVietnameseDetector.Repair repair = detector.repair(mixed);
        assertEquals("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                + "Hải Phòng, ngày 15 tháng 3 năm 2024\n"
                + SENTENCES[1] + "\n" + SENTENCES[2] + "\n", repair.text());
    }

    @ParameterizedTest(name = "left alone: {0}")
    @ValueSource(strings = {
            "Ủy ban nhân dân thành phố Hải Phòng",
            "Nghị quyết số 45-NQ/TW ngày 24/01/2019 của Bộ Chính trị về các dự án được phê duyệt",
            "Tháng Chín, các cán bộ đã đến",
            "Thành phố Hà Nội và thành phố Hồ Chí Minh",
            "Tháng Chín có lá vàng",
            "Hoá giá, tháng Chín có lá vàng, mía ngon",
            "The committee met on Monday and approved the budget for the next fiscal year.",
            "Café, naïve résumé, São Paulo, Zürich, Málaga, Ångström, Øresund, Ærø, fiancée, señor",
            "Preço: 25 €, temperatura 30 °C, ±5 %, § 3 Abs. 2, © 2024 «citation»",
    })
    void detectorLeavesUnicodeVietnameseAndOtherLanguagesAlone(String text) {
        String repeated = (text + "\n").repeat(5);
        LegacyVietnameseDetector.Repair repair = detector.repair(repeated);
        assertEquals(repeated, repair.text());
        assertFalse(repair.convertedFrom().isPresent());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            nghiêng | true
            quyết   | true
            được    | true
            ương    | true
            gì      | true
            thuỷ    | true
            hoạch   | true
            vieọt   | false
            nh©n    | false
            café    | false
            quyêt   | false
            mạch    | true
            màch    | false
            ñang    | false
            nguôìn  | false
            huỳnh   | true
            xoong   | true
            người   | true
            """)
    void syllableShape(String word, boolean valid) {
        assertEquals(valid, VietnameseSyllables.isSyllable(word));
    }

    @Test
    void symbolFontCodesFromWordAreReadAsTheirBytes() {
        String privateUse = "Uû ban nh©n d©n".chars()
                .mapToObj(c -> String.valueOf((char) (c >= 0xA0 ? c + 0xF000 : c)))
                .collect(java.util.stream.Collectors.joining());
        assertEquals("Uỷ ban nhân dân", LegacyVietnameseEncoding.TCVN3.decode(privateUse));
        assertEquals("Uỷ ban nhân dân\n", detector.repair((privateUse + "\n").repeat(2)).text().substring(0, 16));
    }

    @Test
    void bareTcvn3ToneMarksAttachToTheVowelBefore() {
        assertTrue(LegacyVietnameseEncoding.TCVN3.decode("hoa\u00B0").equals("hoà"));
    }
}
