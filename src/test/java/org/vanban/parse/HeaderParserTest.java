package org.vanban.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vanban.domain.DocumentHeader;

/** Header metadata from printed headers, signature blocks and site metadata tables. */
class HeaderParserTest {

    private static DocumentHeader header(String raw) {
        return new HeaderParser().parse(new TextNormalizer().normalize(raw));
    }

    @Test
    void quyetDinhHeaderAndSignature() {
        DocumentHeader h = header(Fixtures.QUYET_DINH);
        assertEquals(new DocumentHeader("1234/QĐ-UBND", "Quyết định", "Ủy ban nhân dân tỉnh Quảng Ninh", "Quảng Ninh",
                LocalDate.of(2024, 4, 5), null, "Về việc ban hành Quy chế phối hợp quản lý cụm công nghiệp trên địa bàn tỉnh",
                "Nguyễn Văn An", null, null), h);
    }

    @Test
    void congVanIsRecognisedByItsSubjectLineAndTheLowerOfTwoIssuerLinesIssuesIt() {
        DocumentHeader h = header(Fixtures.CONG_VAN);
        assertEquals(new DocumentHeader("2150/SXD-QLN", "Công văn", "Sở Xây dựng", "Hà Nội", LocalDate.of(2024, 5, 10), null,
                "V/v hướng dẫn rà soát nhà ở xã hội năm 2024", "Trần Thị Bình", null, null), h);
    }

    @Test
    void aNewsPageIsAnArticleAboutTheFirstDocumentItCites() {
        DocumentHeader h = header(Fixtures.HTML_PAGE);
        assertEquals("Bài báo", h.type());
        assertEquals("Hải Phòng triển khai chuyển đổi số năm 2024", h.title());
        assertEquals("45/KH-UBND", h.about());
        assertEquals(null, h.number());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "KẾ HOẠCH|Kế hoạch",
            "NGHỊ QUYẾT|Nghị quyết",
            "CHƯƠNG TRÌNH HÀNH ĐỘNG|Chương trình hành động",
            "KẾT LUẬN|Kết luận",
            "THÔNG BÁO NHANH KẾT QUẢ ĐẠI HỘI|Thông báo",
            "QUYẾT ĐỊNH|Quyết định",
            "CHỈ THỊ|Chỉ thị",
            "BÁO CÁO|Báo cáo"})
    void typeAsTheDocumentNamesItself(String typeLine, String type) {
        assertEquals(type, header("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HẢI PHÒNG\n" + typeLine + "\nVề việc tăng cường công tác.\n1. Nội dung.").type());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Số: 12/CT-UBND|Chỉ thị",
            "Số: 45-NQ/TU|Nghị quyết",
            "Số: 96-KL/TW|Kết luận",
            "Số: 110-TB/VPTW|Thông báo"})
    void typeFromTheNumberWhenNoTypeLineIsPrinted(String numberLine, String type) {
        assertEquals(type, header("THÀNH ỦY HẢI PHÒNG\n" + numberLine + "\nHải Phòng, ngày 02 tháng 01 năm 2024\n1. Nội dung.").type());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ỦY BAN NHÂN DÂN\\nTHÀNH PHỐ HẢI PHÒNG|Ủy ban nhân dân thành phố Hải Phòng",
            "HỘI ĐỒNG NHÂN DÂN\\nTỈNH QUẢNG NINH|Hội đồng nhân dân tỉnh Quảng Ninh",
            "BỘ TÀI CHÍNH|Bộ Tài chính",
            "UBND TỈNH NAM ĐỊNH\\nSỞ Y TẾ|Sở Y tế",
            "THÀNH ỦY HẢI PHÒNG|Thành ủy Hải Phòng",
            "BỘ KẾ HOẠCH VÀ ĐẦU TƯ|Bộ Kế hoạch và Đầu tư",
            "UBND TỈNH HÀ TĨNH\\nSỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH|Sở Văn hóa, Thể thao và Du lịch",
            "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI|Bộ Lao động - Thương binh và Xã hội",
            "BỘ GIAO THÔNG VẬN TẢI|Bộ Giao thông vận tải",
            "UBND TỈNH HÀ TĨNH|Ủy ban nhân dân tỉnh Hà Tĩnh"})
    void issuerWrittenWithTheUsualCapitalsOfBodyNames(String lines, String issuer) {
        String raw = lines.replace("\\n", "\n") + "\nSố: 15/KH-XX\nKẾ HOẠCH\nThực hiện nhiệm vụ năm 2024.";
        assertEquals(issuer, header(raw).issuer());
    }

    @Test
    void aWordFileWhoseCapitalsWereOnlyFormattingStillHasItsIssuerAndType() {
        DocumentHeader h = header("""
                Ủy ban nhân dân
                Tỉnh Bắc Ninh
                Số: 305 /KH-UBND
                Bắc Ninh, ngày 12 tháng 8 năm 2024
                Kế hoạch
                triển khai chuyển đổi số năm 2024
                I. MỤC ĐÍCH, YÊU CẦU""");
        assertEquals("305/KH-UBND", h.number());
        assertEquals("Kế hoạch", h.type());
        assertEquals("Ủy ban nhân dân tỉnh Bắc Ninh", h.issuer());
        assertEquals(LocalDate.of(2024, 8, 12), h.issuedDate());
        assertEquals("triển khai chuyển đổi số năm 2024", h.title());
    }

    @Test
    void theSiteMetadataTableIsUsedWhenPresent() {
        DocumentHeader h = header("""
                Số hiệu | 86/KH-UBND |
                Ngày ban hành | 19/03/2020 |
                Loại văn bản | Kế hoạch |
                Cơ quan ban hành | Thành phố Hải Phòng |
                Người ký | Nguyễn Văn Tùng |
                Thực hiện Nghị quyết số 108/NQ-CP, Ủy ban nhân dân thành phố xây dựng Kế hoạch.""");
        assertEquals("86/KH-UBND", h.number());
        assertEquals("Kế hoạch", h.type());
        assertEquals(LocalDate.of(2020, 3, 19), h.issuedDate());
        assertEquals("Nguyễn Văn Tùng", h.signer());
    }

    @Test
    void aResolutionWithoutIssueDateGetsItsMeetingDate() {
        DocumentHeader h = header("""
                NGHỊ QUYẾT
                HỘI NGHỊ LẦN THỨ 14
                BAN CHẤP HÀNH ĐẢNG BỘ THÀNH PHỐ KHÓA XVI
                về mục tiêu, nhiệm vụ, giải pháp năm 2024
                Tại Hội nghị Ban Chấp hành Đảng bộ thành phố lần thứ 14, khóa XVI họp ngày 01/12/2023, sau khi thảo luận.
                Thành phố Hải Phòng tập trung thực hiện các nhiệm vụ.""");
        assertEquals(LocalDate.of(2023, 12, 1), h.meetingDate());
        assertEquals(null, h.issuedDate());
        assertEquals("Ban Chấp hành Đảng bộ thành phố Hải Phòng", h.issuer());
        assertEquals("về mục tiêu, nhiệm vụ, giải pháp năm 2024", h.title());
    }

    /** A plain header block: the title is the subject under the type line, never the issuer line. */
    @Test
    void theSubjectUnderThePlainTypeLineIsTheTitle() {
        DocumentHeader h = header("""
                UBND TỈNH HÀ TĨNH
                Số: 85/KH-UBND
                Hà Tĩnh, ngày 07 tháng 02 năm 2025
                KẾ HOẠCH
                Triển khai thực hiện Chương trình phát triển du lịch tỉnh Hà Tĩnh năm 2025
                Thực hiện Nghị quyết số 08-NQ/TW ngày 16/01/2017 của Bộ Chính trị, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:
                I. MỤC TIÊU""");
        assertEquals("Triển khai thực hiện Chương trình phát triển du lịch tỉnh Hà Tĩnh năm 2025", h.title());
        assertEquals("Ủy ban nhân dân tỉnh Hà Tĩnh", h.issuer());
        assertEquals("Kế hoạch", h.type());
    }

    @Test
    void aDecisionsSubjectIsItsTitleAndTheEnactingBodyUnderItIsNot() {
        DocumentHeader h = header("""
                ỦY BAN NHÂN DÂN
                TỈNH NGHỆ AN
                Số: 1234/QĐ-UBND
                Nghệ An, ngày 15 tháng 8 năm 2024
                QUYẾT ĐỊNH
                Ban hành Quy chế phối hợp quản lý cụm công nghiệp
                ỦY BAN NHÂN DÂN TỈNH NGHỆ AN
                Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
                Điều 1. Ban hành kèm theo Quyết định này Quy chế.""");
        assertEquals("Ban hành Quy chế phối hợp quản lý cụm công nghiệp", h.title());
        assertEquals("Ủy ban nhân dân tỉnh Nghệ An", h.issuer());
    }

    /** Two header columns side by side, as a PDF converted with its layout prints them. */
    @Test
    void aPdfHeaderPrintedInTwoColumns() {
        DocumentHeader h = header("""
                ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                TỈNH QUẢNG NINH                 Độc lập - Tự do - Hạnh phúc
                Số: 85/KH-UBND           Quảng Ninh, ngày 04 tháng 3 năm 2024
                KẾ HOẠCH
                Phát triển kinh tế số năm 2024
                I. MỤC ĐÍCH, YÊU CẦU""");
        assertEquals(new DocumentHeader("85/KH-UBND", "Kế hoạch", "Ủy ban nhân dân tỉnh Quảng Ninh", "Quảng Ninh",
                LocalDate.of(2024, 3, 4), null, "Phát triển kinh tế số năm 2024", null, null, null), h);
    }

    @Test
    void aPartyCommitteeIsNamedAfterThePlaceItSignsIn() {
        DocumentHeader h = header("""
                ĐẢNG BỘ TỈNH BẮC NINH
                TỈNH ỦY
                Số 12-NQ/TU
                ĐẢNG CỘNG SẢN VIỆT NAM
                Bắc Ninh, ngày 20 tháng 4 năm 2023
                NGHỊ QUYẾT
                về phát triển nông nghiệp công nghệ cao đến năm 2030
                I. TÌNH HÌNH""");
        assertEquals("Tỉnh ủy Bắc Ninh", h.issuer());
    }

    @Test
    void theSignerIsNotACapitalisedHeadingOfTheTextAttachedAfterTheSignature() {
        DocumentHeader h = header("""
                QUYẾT ĐỊNH
                Điều 1. Ban hành kèm theo Quyết định này Quy chế.
                Nơi nhận:
                - Như Điều 1;
                - Lưu: VT.
                KT. CHỦ TỊCH
                PHÓ CHỦ TỊCH
                Nguyễn Văn Đệ
                QUY CHẾ
                Phối hợp quản lý cụm công nghiệp
                Chương II
                NỘI DUNG PHỐI HỢP""");
        assertEquals("Nguyễn Văn Đệ", h.signer());
    }

    /** A portal page whose header table lost its cells: header and type line run together on one line each. */
    @Test
    void aHeaderRunTogetherOnOneLine() {
        DocumentHeader h = header("""
                ỦY BAN NHÂN DÂN TỈNH HÀ GIANG Số: 2050/QĐ-UBND CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Hà Giang, ngày 14 tháng 10 năm 2024
                QUYẾT ĐỊNH Về việc phê duyệt Kế hoạch phát triển du lịch năm 2025
                Căn cứ Luật Du lịch số 09/2017/QH14 ngày 19 tháng 6 năm 2017;
                Điều 1. Phê duyệt Kế hoạch.""");
        assertEquals(new DocumentHeader("2050/QĐ-UBND", "Quyết định", "Ủy ban nhân dân tỉnh Hà Giang", "Hà Giang",
                LocalDate.of(2024, 10, 14), null, "Về việc phê duyệt Kế hoạch phát triển du lịch năm 2025", null, null, null), h);
    }

    @Test
    void textWithoutAHeaderHasNothingToFind() {
        assertEquals(new DocumentHeader(null, null, null, null, null, null, null, null, null, null),
                header("Các sở, ngành tiếp tục triển khai thực hiện nhiệm vụ được giao. Báo cáo kết quả trước ngày 30/6."));
    }
}
