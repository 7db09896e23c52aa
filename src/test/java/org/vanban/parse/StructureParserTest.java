package org.vanban.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vanban.domain.Clause;
import org.vanban.domain.ClauseKind;
import org.vanban.domain.ColumnRole;

/** The clause tree: label styles, nesting, paths, headings and offsets. */
class StructureParserTest {

    private final StructureParser parser = new StructureParser();

    private List<Clause> parse(String text) {
        return parser.parse(new TextNormalizer().normalize(text).text());
    }

    private static Clause at(List<Clause> clauses, String path) {
        return clauses.stream().filter(c -> c.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no clause " + path + " in " + paths(clauses)));
    }

    private static String paths(List<Clause> clauses) {
        return clauses.stream().map(Clause::path).collect(Collectors.joining(" "));
    }

    /** Each label style under a parent section, with the label as printed and the path it gives. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "I. MỤC ĐÍCH, YÊU CẦU.|I.|I",
            "IV. TỔ CHỨC THỰC HIỆN|IV.|IV",
            "1. Nhiệm vụ chung của các Sở, ngành, Ủy ban nhân dân các quận, huyện|1.|1",
            "a) Về kinh tế|a)|a",
            "d. Sở Giao thông vận tải chủ trì, phối hợp với các cơ quan, đơn vị có liên quan:|d.|d",
            "đ) Tổng hợp, báo cáo định kỳ trước ngày 15 tháng 12 hằng năm.|đ)|dd",
            "(6) Sản lượng hàng hóa qua cảng đến năm 2025 đạt 350 triệu tấn.|(6)|6",
            "(1). Xây dựng Đảng và hệ thống chính trị tinh, gọn, mạnh|(1).|1",
            "3) Tăng cường công tác kiểm tra, giám sát.|3)|3",
            "(b) Hướng dẫn các địa phương triển khai.|(b)|b",
            "A. PHẦN MỞ ĐẦU|A.|A",
            "Điều 5. Tổ chức thực hiện|Điều 5.|D5",
            "Chương II|Chương II|ChII",
            "Mục 2. PHÂN CÔNG NHIỆM VỤ|Mục 2.|M2",
            "Phần I. TÌNH HÌNH THỰC HIỆN|Phần I.|PI",
            "PHỤ LỤC 1|PHỤ LỤC 1|PL1",
            "II.NHIỆM VỤ VÀ GIẢI PHÁP|II.|II",
            "1.Mục đích|1.|1",
            "2/ Các chủ đầu tư cập nhật tiến độ dự án.|2/|2",
            "b/ Về xã hội|b/|b"})
    void recognisesEachLabelStyle(String line, String label, String segment) {
        List<Clause> clauses = parser.parse(line);
        assertEquals(1, clauses.size(), () -> paths(clauses));
        assertEquals(label, clauses.get(0).label());
        assertEquals(segment, clauses.get(0).path());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "- Triển khai nhiệm vụ lập quy hoạch thành phố giai đoạn 2021 - 2030.|-",
            "+ Nghiên cứu, đề xuất cơ chế đặc thù.|+",
            "• Đang triển khai thực hiện.|•",
            "* Nguyên nhân của kết quả đạt được|*",
            "Một là, tăng cường sự đoàn kết, thống nhất trong toàn Đảng bộ.|Một là,",
            "Hai là: luôn đổi mới tư duy lãnh đạo.|Hai là:"})
    void recognisesBulletsAndOrdinalsAsUnlabelledItems(String line, String label) {
        List<Clause> clauses = parser.parse("1. Bài học kinh nghiệm\n" + line);
        Clause item = at(clauses, "1.1");
        assertEquals(ClauseKind.BULLET, item.kind());
        assertEquals(label, item.label());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1.435 mm là khổ đường sắt tiêu chuẩn.",
            "2020. Năm bản lề của nhiệm kỳ.",
            "Mục tiêu chung là phát triển bền vững.",
            "Điều chỉnh quy hoạch chung thành phố.",
            "Điều 5 Luật Đất đai quy định về nguyên tắc sử dụng đất.",
            "Phần lớn các chỉ tiêu đều đạt và vượt.",
            "-5% so với cùng kỳ là mức giảm của chỉ số.",
            "7/NQ-CP ngày 10/1/2025 là nghị quyết của Chính phủ.",
            "1/2 số đại biểu tham dự là nữ.",
            "Năm là năm bản lề."})
    void aSentenceThatOnlyStartsLikeALabelIsAPlainParagraph(String sentence) {
        List<Clause> clauses = parser.parse(sentence);
        assertEquals(1, clauses.size());
        assertEquals(ClauseKind.PARAGRAPH, clauses.get(0).kind());
        assertNull(clauses.get(0).label());
    }

    @Test
    void quyetDinhNestsArticlesClausesAndPointsUnderChapters() {
        List<Clause> clauses = parse(Fixtures.QUYET_DINH);
        assertEquals("p1 p2 p3 p4 ChI ChI.D1 ChI.D1.1 ChI.D2 ChI.D2.1 ChI.D2.1.a ChI.D2.1.b ChI.D2.1.dd ChI.D2.2 ChII ChII.D3 ChII.D3.1",
                paths(clauses));
        assertEquals("QUY ĐỊNH CHUNG", at(clauses, "ChI").heading());
        assertEquals("Phạm vi điều chỉnh", at(clauses, "ChI.D1").heading());
        assertEquals("Sở Công Thương chủ trì, phối hợp với các sở, ngành:", at(clauses, "ChI.D2.1").text());
        assertEquals("ChI.D2.1", at(clauses, "ChI.D2.1.b").parentPath());
        assertTrue(at(clauses, "p1").text().startsWith("Căn cứ Luật Tổ chức chính quyền địa phương"));
    }

    @Test
    void congVanNumberedParagraphsAreTopLevelAndTheClosingIsNoClause() {
        List<Clause> clauses = parse(Fixtures.CONG_VAN);
        assertEquals("p1 p2 1 2 3", paths(clauses));
        assertEquals("Kính gửi: Ủy ban nhân dân các quận, huyện, thị xã.", at(clauses, "p1").text());
        assertEquals("Phòng Quản lý nhà tổng hợp, tham mưu báo cáo Ủy ban nhân dân Thành phố.", at(clauses, "3").text());
    }

    @Test
    void htmlPageBodyIsParsedWithoutItsMenuAndFooter() {
        List<Clause> clauses = parse(Fixtures.HTML_PAGE);
        assertEquals("p1 p2 1 1.1 1.2 2 2.1", paths(clauses));
        assertEquals("Phát triển kinh tế số", at(clauses, "2").heading());
    }

    @Test
    void numberingNotIndentationOrOrderDecidesNesting() {
        List<Clause> clauses = parse("""
                II. NHIỆM VỤ VÀ GIẢI PHÁP
                1. Công tác phát triển kinh tế
                a) Về kinh tế
                (1) Tăng trưởng GRDP đạt 12%.
                - Phấn đấu đạt 13%.
                + Trong đó công nghiệp tăng 15%.
                - Thu ngân sách tăng 10%.
                (2) Kim ngạch xuất khẩu đạt 33 tỷ USD.
                b) Về xã hội
                2. Công tác xây dựng Đảng
                2.1. Công tác tổ chức
                2.2. Công tác kiểm tra
                III. TỔ CHỨC THỰC HIỆN""");
        assertEquals("II II.1 II.1.a II.1.a.1 II.1.a.1.1 II.1.a.1.1.1 II.1.a.1.2 II.1.a.2 II.1.b II.2 II.2.1 II.2.2 III",
                paths(clauses));
    }

    @Test
    void aPlainParagraphBelongsToTheOpenHeadingNotToTheBulletBeforeIt() {
        List<Clause> clauses = parse("""
                1. Nhiệm vụ chung của các Sở, ngành
                - Tổ chức quán triệt, phổ biến Nghị quyết số 45-NQ/TW.
                Công tác tuyên truyền cần được tiến hành với quy mô sâu rộng.
                - Xây dựng, ban hành và triển khai các chương trình, kế hoạch.""");
        assertEquals("1 1.1 1.2 1.3", paths(clauses));
        assertEquals(ClauseKind.PARAGRAPH, at(clauses, "1.2").kind());
        assertEquals("1", at(clauses, "1.2").parentPath());
    }

    @Test
    void unlabelledSiblingsOfNumberedItemsGetAPrefixSoTheyNeverCollide() {
        List<Clause> clauses = parse("""
                IV. KẾT QUẢ ĐẠI HỘI
                Sau 2 ngày làm việc, Đại hội đã thành công tốt đẹp.
                1. Kết quả thực hiện Nghị quyết nhiệm kỳ 2020 - 2025.""");
        assertEquals("IV IV.p1 IV.1", paths(clauses));
    }

    @Test
    void aLabelRepeatedAmongSiblingsGetsASuffix() {
        List<Clause> clauses = parse("""
                2.4. Các đột phá chiến lược
                2.5. Xác định 11 nhóm nhiệm vụ và giải pháp chủ yếu:
                2.5. Các nhiệm vụ và giải pháp chủ yếu
                (1). Xây dựng Đảng và hệ thống chính trị""");
        assertEquals("2-4 2-5 2-5_2 2-5_2.1", paths(clauses));
    }

    @Test
    void anAppendixTableGivesRowsNumberedByTheirNumberColumnWithCellsByMeaning() {
        List<Clause> clauses = parse("""
                IV. TỔ CHỨC THỰC HIỆN
                1. Sở Kế hoạch và Đầu tư theo dõi, đôn đốc việc triển khai thực hiện Kế hoạch.
                Nơi nhận: |
                TM. ỦY BAN NHÂN
                DÂN |
                PHỤ LỤC 2
                PHÂN CÔNG THỰC HIỆN
                (Kèm theo Kế hoạch số 86/KH-UBND ngày 19/3/2020 của Ủy ban nhân dân thành
                phố)
                TT |
                Nhiệm vụ |
                Bộ, ngành, cơ quan thuộc Chính phủ chủ trì thực hiện |
                Cơ quan thuộc UBND thành phố phối hợp thực hiện |
                Sản phẩm |
                Thời gian |
                12 |
                Xây dựng lộ trình nghiên cứu đầu tư xây dựng tuyến đường điện khí hóa khổ 1.435 mm |
                Bộ Giao thông vận tải |
                Sở Giao thông vận tải và các sở, ban, ngành liên quan |
                Báo cáo Thủ tướng Chính phủ |
                Quý IV/2021 |""");
        assertEquals("IV IV.1 PL2 PL2.12", paths(clauses));
        Clause appendix = at(clauses, "PL2");
        assertEquals(ClauseKind.APPENDIX, appendix.kind());
        assertEquals("PHÂN CÔNG THỰC HIỆN (Kèm theo Kế hoạch số 86/KH-UBND ngày 19/3/2020 của Ủy ban nhân dân thành phố)",
                appendix.heading());
        Clause row = at(clauses, "PL2.12");
        assertEquals(ClauseKind.TABLE_ROW, row.kind());
        assertEquals("Bộ Giao thông vận tải", row.cells().get(ColumnRole.LEAD));
        assertEquals("Sở Giao thông vận tải và các sở, ban, ngành liên quan", row.cells().get(ColumnRole.COOPERATING));
        assertEquals("Quý IV/2021", row.cells().get(ColumnRole.DEADLINE));
        assertEquals("Báo cáo Thủ tướng Chính phủ", row.cells().get(ColumnRole.PRODUCT));
    }

    @Test
    void offsetsDelimitTheClausesOwnPrintedLineLabelIncluded() {
        String text = new TextNormalizer().normalize(Fixtures.QUYET_DINH).text();
        for (Clause c : parser.parse(text)) {
            String printed = text.substring(c.start(), c.end());
            if (c.label() != null) {
                assertTrue(printed.startsWith(c.label()), printed);
            }
            assertTrue(printed.endsWith(c.text().isEmpty() ? c.heading() : c.text()), () -> c.path() + ": " + printed);
        }
    }

    @Test
    void headingIsForTitlesAndTextKeepsAssignmentLines() {
        List<Clause> clauses = parse("""
                I. MỤC ĐÍCH, YÊU CẦU.
                1. Mục đích.
                Quán triệt nội dung Nghị quyết.
                2. Sở Giao thông vận tải chủ trì, phối hợp với các cơ quan có liên quan:
                - Xây dựng chương trình, kế hoạch.
                3. Sở Tài chính bố trí kinh phí. Thời gian thực hiện: năm 2024.""");
        assertEquals("MỤC ĐÍCH, YÊU CẦU.", at(clauses, "I").heading());
        assertEquals("", at(clauses, "I").text());
        assertEquals("Mục đích.", at(clauses, "I.1").heading());
        assertNull(at(clauses, "I.2").heading());
        assertEquals("Sở Giao thông vận tải chủ trì, phối hợp với các cơ quan có liên quan:", at(clauses, "I.2").text());
        assertNull(at(clauses, "I.3").heading());
    }

    @Test
    void textWithoutAnyLabelIsAListOfParagraphs() {
        List<Clause> clauses = parser.parse("Đoạn thứ nhất của văn bản.\nĐoạn thứ hai của văn bản.");
        assertEquals("1 2", paths(clauses));
    }

    @Test
    void emptyTextHasNoClauses() {
        assertEquals(List.of(), parser.parse(""));
    }

    /** A chapter closes the articles of the chapter before it; the text attached after a signature starts afresh. */
    @Test
    void aChapterClosesTheOpenArticle() {
        List<Clause> clauses = parse("""
                QUYẾT ĐỊNH:
                Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp.
                Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.
                Nơi nhận:
                - Như Điều 2;
                KT. CHỦ TỊCH
                PHÓ CHỦ TỊCH
                Nguyễn Văn Đệ
                QUY CHẾ
                Chương I
                QUY ĐỊNH CHUNG
                Điều 1. Phạm vi điều chỉnh
                1. Quy chế này quy định việc phối hợp.
                Chương II
                NỘI DUNG PHỐI HỢP
                Điều 2. Phối hợp trong quy hoạch
                1. Sở Công Thương chủ trì thẩm định hồ sơ.""");
        assertEquals("D1 D2 ChI ChI.D1 ChI.D1.1 ChII ChII.D2 ChII.D2.1", paths(clauses));
    }

    /** The subject printed under the type line is front matter, not the first paragraph of the body. */
    @Test
    void theSubjectUnderTheTypeLineIsNotABodyParagraph() {
        List<Clause> clauses = parse("""
                KẾ HOẠCH
                Triển khai thực hiện Chương trình phát triển du lịch năm 2025
                Thực hiện Nghị quyết số 08-NQ/TW, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:
                I. MỤC TIÊU""");
        assertTrue(at(clauses, "p1").text().startsWith("Thực hiện Nghị quyết"), paths(clauses));
    }
}
