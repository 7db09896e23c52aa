package org.vanban.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.vanban.domain.Clause;
import org.vanban.domain.ClauseKind;
import org.vanban.domain.DocumentHeader;
import org.vanban.domain.Reference;
import org.vanban.domain.ReferenceRelation;

class ReferenceExtractorTest {

    private final ReferenceExtractor extractor = new ReferenceExtractor();

    /** One clause per line, without parent links, the way a plain-text fallback delivers them. */
    static List<Clause> lines(String... lines) {
        List<Clause> clauses = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            clauses.add(new Clause(String.valueOf(i + 1), null, null, null, lines[i], 0, 0, ClauseKind.PARAGRAPH,
                    Map.of()));
        }
        return clauses;
    }

    static DocumentHeader header(String number, String title) {
        return new DocumentHeader(number, null, null, null, null, null, title, null, null, null);
    }

    /** The references of a sentence in the body (under a section heading, so nothing is implemented). */
    private List<Reference> inBody(String sentence) {
        return extractor.extract(header(null, null), lines("I. NHIỆM VỤ", sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "Nghị quyết số 45-NQ/TW ngày 24/01/2019 của Bộ Chính trị về xây dựng và phát triển thành phố Hải Phòng | 45-NQ/TW | 45-NQ/TW | Nghị quyết | 2019-01-24 | Bộ Chính trị",
        "Thực hiện Kết luận số 96-KL/TW, ngày 30/9/2024 của Bộ Chính trị khóa XIII về tiếp tục thực hiện             | 96-KL/TW | 96-KL/TW | Kết luận | 2024-09-30 | Bộ Chính trị",
        "sửa đổi, bổ sung Nghị định số 89/2017/NĐ-CP ngày 29 tháng 7 năm 2017 của Chính phủ quy định một số cơ chế | 89/2017/NĐ-CP | 89/2017/NĐ-CP | Nghị định | 2017-07-29 | Chính phủ",
        "Chương trình hành động số 76-CTR/TU, ngày 08/7/2019 của Ban Thường vụ Thành ủy thực hiện                   | 76-CTr/TU | 76-CTR/TU | Chương trình hành động | 2019-07-08 | Ban Thường vụ Thành ủy",
        "Chương trình hành động số 76-CTr/TU ngày 08/7/2019 Ban Thường vụ Thành ủy (sau đây gọi tắt là Chương trình) | 76-CTr/TU | 76-CTr/TU | Chương trình hành động | 2019-07-08 | Ban Thường vụ Thành ủy",
        "rà soát các nội dung tại Nghị quyết số 108/NQ- CP ngày 16/11/2019 của Chính phủ về Chương trình hành động  | 108/NQ-CP | 108/NQ- CP | Nghị quyết | 2019-11-16 | Chính phủ",
        "Theo Công văn số 846 /UBND-TH ngày 12/02/2021 của Ủy ban nhân dân thành phố về việc báo cáo               | 846/UBND-TH | 846 /UBND-TH | Công văn | 2021-02-12 | Ủy ban nhân dân thành phố",
        "Rà soát các cơ chế tại Nghị quyết số 35/2021/QH15 ngày 13/11/2021 của Quốc hội về thí điểm                 | 35/2021/QH15 | 35/2021/QH15 | Nghị quyết | 2021-11-13 | Quốc hội",
        "theo dõi việc thực hiện Kế hoạch số 261/KH-UBND ngày 21/12/2018 của Ủy ban nhân dân thành phố thực hiện Dự án | 261/KH-UBND | 261/KH-UBND | Kế hoạch | 2018-12-21 | Ủy ban nhân dân thành phố",
        "Thông báo số 110-TB/VPTW, ngày 20/11/2024 của Văn phòng Trung ương Đảng về Kết luận của đồng chí Tổng Bí thư | 110-TB/VPTW | 110-TB/VPTW | Thông báo | 2024-11-20 | Văn phòng Trung ương Đảng",
        "Quyết định số 1234/QĐ-UBND ngày 05/5/2021 của Ủy ban nhân dân tỉnh phê duyệt đề án                         | 1234/QĐ-UBND | 1234/QĐ-UBND | Quyết định | 2021-05-05 | Ủy ban nhân dân tỉnh",
        "hướng dẫn tại Thông tư số 12/2020/TT-BTC ngày 20/02/2020 của Bộ Tài chính về quản lý                      | 12/2020/TT-BTC | 12/2020/TT-BTC | Thông tư | 2020-02-20 | Bộ Tài chính",
        "thực hiện các nhiệm vụ đã được thông qua tại các Báo cáo số 464-BC/TU, ngày 01/12/2023                     | 464-BC/TU | 464-BC/TU | Báo cáo | 2023-12-01 | null",
        "Nghị quyết 7/NQ-CP ngày 10/1/2025 về Chương trình hành động vừa được Chính phủ ban hành.                   | 7/NQ-CP | 7/NQ-CP | Nghị quyết | 2025-01-10 | Chính phủ",
        "Tổ chức thực hiện đồng bộ Nghị quyết số 169/2024/QH15 về tổ chức chính quyền đô thị                        | 169/2024/QH15 | 169/2024/QH15 | Nghị quyết | null | Quốc hội",
        "Nghị quyết số 1232/NQ-UBTVQH15 về sắp xếp đơn vị hành chính cấp huyện, cấp xã                              | 1232/NQ-UBTVQH15 | 1232/NQ-UBTVQH15 | Nghị quyết | null | Ủy ban Thường vụ Quốc hội",        "Quyết định số 1234/QĐ-UBND, ngày 15/8/2024 của Chủ tịch UBND tỉnh về việc phê duyệt đề án                 | 1234/QĐ-UBND | 1234/QĐ-UBND | Quyết định | 2024-08-15 | Chủ tịch UBND tỉnh",
        "theo quy định của Luật Ngân sách nhà nước số 83/2015/QH13 ngày 25 tháng 6 năm 2015 về phân cấp             | 83/2015/QH13 | 83/2015/QH13 | Luật | 2015-06-25 | Quốc hội",
    })
    void readsNumberTypeDateAndIssuer(String sentence, String number, String asWritten, String type, String date,
            String issuer) {
        List<Reference> refs = inBody(sentence);
        assertEquals(1, refs.size(), refs.toString());
        Reference r = refs.get(0);
        assertEquals(number, r.number());
        assertEquals(asWritten, r.asWritten());
        assertEquals(type, r.type());
        assertEquals(date == null ? null : LocalDate.parse(date), r.date());
        assertEquals(issuer, r.issuer());
        assertEquals("2", r.clausePath());
        assertEquals(false, r.partial());
    }

    @Test
    void aDecisionCitedWithoutItsSymbolIsAPartialReference() {
        List<Reference> refs = inBody("Thực hiện Quyết định số 994 của Thủ tướng Chính phủ về việc phê duyệt Đề án.");
        assertEquals(1, refs.size());
        Reference r = refs.get(0);
        assertEquals("994", r.number());
        assertEquals("Quyết định", r.type());
        assertEquals(true, r.partial());
        assertEquals("Thủ tướng Chính phủ", r.issuer());
    }

    @Test
    void findsNumbersInAnUpperCaseTitleAsImplemented() {
        List<Reference> refs = extractor.extract(header("86/KH-UBND",
                "THỰC HIỆN NGHỊ QUYẾT SỐ 108/NQ-CP, NGÀY 26/11/2019 CỦA CHÍNH PHỦ, CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ 76-CTR/TU, "
                        + "NGÀY 08/7/2019 CỦA BAN THƯỜNG VỤ THÀNH ỦY THỰC HIỆN NGHỊ QUYẾT SỐ 45-NQ/TW CỦA BỘ CHÍNH TRỊ VỀ "
                        + "XÂY DỰNG VÀ PHÁT TRIỂN THÀNH PHỐ HẢI PHÒNG ĐẾN NĂM 2030, TẦM NHÌN ĐẾN NĂM 2045"), List.of());
        assertEquals(List.of("108/NQ-CP", "76-CTr/TU", "45-NQ/TW"), refs.stream().map(Reference::number).toList());
        Reference first = refs.get(0);
        assertEquals("Nghị quyết", first.type());
        assertEquals(LocalDate.of(2019, 11, 26), first.date());
        assertEquals("Chính phủ", first.issuer());
        assertEquals("BAN THƯỜNG VỤ THÀNH ỦY", refs.get(1).issuer());
        assertNull(first.clausePath());
        assertEquals("Chương trình hành động", refs.get(1).type());
        refs.forEach(r -> assertEquals(ReferenceRelation.IMPLEMENTS, r.relation(), r.number()));
    }

    @Test
    void implementsWhatTheTitleCarriesOutButOnlyCitesWhatThatDocumentIsAbout() {
        List<Reference> refs = extractor.extract(header(null, "thực hiện Kết luận số 96-KL/TW, ngày 30/9/2024 của Bộ "
                + "Chính trị khóa XIII về tiếp tục thực hiện Nghị quyết số 45-NQ/TW, ngày 24/01/2019 của Bộ Chính trị "
                + "khoá XII về xây dựng và phát triển thành phố Hải Phòng đến năm 2030, tầm nhìn đến năm 2045 và "
                + "Thông báo số 110-TB/VPTW, ngày 20/11/2024 về Kết luận của đồng chí Tổng Bí thư"), List.of());
        Map<String, ReferenceRelation> relations = refs.stream()
                .collect(Collectors.toMap(Reference::number, Reference::relation));
        assertEquals(Map.of("96-KL/TW", ReferenceRelation.IMPLEMENTS, "45-NQ/TW", ReferenceRelation.CITES,
                "110-TB/VPTW", ReferenceRelation.IMPLEMENTS), relations);
    }

    @Test
    void theBodyOnlyCitesEvenWhenItSaysThựcHiện() {
        List<Reference> refs = inBody("- Tiếp tục triển khai thực hiện có hiệu quả Nghị quyết số 28-NQ/TW, ngày "
                + "17/11/2022 của Ban Chấp hành Trung ương Đảng khóa XIII về đổi mới phương thức lãnh đạo");
        assertEquals(ReferenceRelation.CITES, refs.get(0).relation());
        assertEquals("Ban Chấp hành Trung ương Đảng", refs.get(0).issuer());
    }

    @Test
    void aPurposeSectionImplementsWhatItDeploys() {
        List<Reference> refs = extractor.extract(header(null, null), lines("I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích.",
                "Quán triệt, triển khai và cụ thể những nội dung Nghị quyết số 45-NQ/TW ngày 24/01/2019 của Bộ Chính "
                        + "trị, Nghị quyết số 108/NQ-CP ngày 26/11/2019 của Chính phủ; gắn với các Nghị quyết, nhất là "
                        + "Nghị quyết số 30-NQ/TW."));
        Map<String, ReferenceRelation> relations = refs.stream()
                .collect(Collectors.toMap(Reference::number, Reference::relation));
        assertEquals(Map.of("45-NQ/TW", ReferenceRelation.IMPLEMENTS, "108/NQ-CP", ReferenceRelation.IMPLEMENTS,
                "30-NQ/TW", ReferenceRelation.CITES), relations);
    }

    @Test
    void cănCứIsABasis() {
        List<Reference> refs = extractor.extract(header(null, null), lines(
                "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;",
                "Căn cứ Thông tư số 01/2011/TT-BNV ngày 19/01/2011 của Bộ Nội vụ;"));
        assertEquals(List.of(ReferenceRelation.BASIS, ReferenceRelation.BASIS),
                refs.stream().map(Reference::relation).toList());
        assertEquals("Bộ Nội vụ", refs.get(1).issuer());
    }

    @Test
    void theDocumentsOwnNumberIsNotAReference() {
        List<Reference> refs = extractor.extract(header("86/KH-UBND", "Kế hoạch 86/KH-UBND năm 2020"),
                lines("Số: 86/KH-UBND |", "Số hiệu | 86/KH-UBND |", "Hải Phòng, ngày 19 tháng 3 năm 2020 |"));
        assertEquals(List.of(), refs);
        assertEquals(List.of(), extractor.extract(header(null, null), lines("Số: 15/KH-UBND")));
    }

    @Test
    void oneReferencePerNumberAndClause() {
        List<Reference> refs = inBody("quán triệt Kết luận số 96-KL/TW và Thông báo số 110-TB/VPTW; tổng kết việc "
                + "thực hiện Kết luận số 96-KL/TW");
        assertEquals(List.of("96-KL/TW", "110-TB/VPTW"), refs.stream().map(Reference::number).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Tăng trưởng GRDP giai đoạn 2026 - 2030 đạt bình quân 13%/năm; 80% số xã (tương ứng 55/67 xã) đạt chuẩn.",
        "Đại hội họp từ ngày 26/9/2025 đến ngày 27/9/2025, báo cáo Bộ Chính trị vào ngày 28/8/2025.",
        "Kết nối Hà Nội-Hải Phòng-Quảng Ninh; năm 2025 - Trọng tâm là chuyển đổi số; Nghị quyết của Bộ Chính trị.",
    })
    void aSentenceWithoutDocumentNumbersYieldsNothing(String sentence) {
        assertEquals(List.of(), inBody(sentence));
    }

    /** Numbers under one type word share the date printed after the last; a number with its own type word does not. */
    @Test
    void numbersUnderOneTypeWordShareTheDate() {
        List<Reference> refs = inBody("thực hiện các nhiệm vụ đã được thông qua tại các Báo cáo số 464-BC/TU và 465-BC/TU, ngày 01/12/2023 của Ban Chấp hành Đảng bộ thành phố");
        assertEquals(2, refs.size(), refs.toString());
        assertEquals(LocalDate.of(2023, 12, 1), refs.get(0).date());
        assertEquals(LocalDate.of(2023, 12, 1), refs.get(1).date());
        List<Reference> own = inBody("Nghị quyết số 45-NQ/TW và Nghị quyết số 23-NQ/TW ngày 22/3/2018 của Bộ Chính trị");
        assertEquals(null, own.get(0).date());
        assertEquals(LocalDate.of(2018, 3, 22), own.get(1).date());
    }
}
