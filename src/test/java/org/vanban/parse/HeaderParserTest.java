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
            "THÀNH ỦY HẢI PHÒNG|Thành ủy Hải Phòng"})
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

    @Test
    void textWithoutAHeaderHasNothingToFind() {
        assertEquals(new DocumentHeader(null, null, null, null, null, null, null, null, null, null),
                header("Các sở, ngành tiếp tục triển khai thực hiện nhiệm vụ được giao. Báo cáo kết quả trước ngày 30/6."));
    }
}
