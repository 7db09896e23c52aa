package org.vanban.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vanban.domain.Clause;
import org.vanban.domain.ClauseKind;
import org.vanban.domain.DocumentHeader;
import org.vanban.domain.Target;
import org.vanban.domain.TargetValue;

class TargetExtractorTest {

    private final TargetExtractor extractor = new TargetExtractor();

    /** A clause tree with parent links: each row is path, parent path, label, heading, text. */
    private static List<Clause> tree(String[]... rows) {
        List<Clause> clauses = new ArrayList<>();
        for (String[] r : rows) {
            ClauseKind kind = r[2] == null ? ClauseKind.PARAGRAPH : r[2].equals("-") ? ClauseKind.BULLET
                    : ClauseKind.NUMBERED;
            clauses.add(new Clause(r[0], r[1], r[2], r[3], r[4], 0, 0, kind, Map.of()));
        }
        return clauses;
    }

    private static DocumentHeader titled(String title) {
        return new DocumentHeader(null, null, null, null, null, null, title, null, null, null);
    }

    @Test
    void readsNumberedItemsUnderATargetsHeading() {
        List<Target> targets = extractor.extract(titled(null), tree(
                new String[] {"II", null, "II.", "MỘT SỐ CHỈ TIÊU CHỦ YẾU", ""},
                new String[] {"II.1", "II", "1.", "Chỉ tiêu chủ yếu bình quân/năm và đến năm 2025", ""},
                new String[] {"II.1.a", "II.1", "a)", "Về kinh tế", ""},
                new String[] {"II.1.a.6", "II.1.a", "(6)", null, "Sản lượng hàng hóa qua cảng đến năm 2025 đạt 350 triệu tấn."},
                new String[] {"II.1.a.3", "II.1.a", "(3)", null,
                    "Tổng vốn đầu tư toàn xã hội giai đoạn 2021 - 2025 đạt trên 1,5 triệu tỷ đồng."}));
        assertEquals(2, targets.size());
        Target port = targets.get(0);
        assertEquals("II.1.a.6", port.clausePath());
        assertEquals("1. Chỉ tiêu chủ yếu bình quân/năm và đến năm 2025", port.group());
        assertEquals(2025, port.year());
        assertEquals(List.of(new TargetValue(new BigDecimal("350"), null, "triệu tấn", "đạt")), port.values());
        assertEquals("san luong hang hoa qua cang", port.indicator());
        assertEquals(List.of(new TargetValue(new BigDecimal("1.5"), null, "triệu tỷ đồng", "trên")),
                targets.get(1).values());
    }

    @Test
    void breakthroughsTasksAndSectionHeadingsAreNotTargets() {
        List<Target> targets = extractor.extract(titled(null), tree(
                new String[] {"2", null, "2.", "Quan điểm, mục tiêu, các chỉ tiêu và nhiệm vụ, giải pháp chủ yếu 05 năm 2025 - 2030", ""},
                new String[] {"2.3", "2", "2.3.", "Các chỉ tiêu chủ yếu", ""},
                new String[] {"2.3.b", "2.3", "b)", "Các chỉ tiêu phát triển kinh tế - xã hội, quốc phòng - an ninh", ""},
                new String[] {"2.3.b.18", "2.3.b", "(18)", null, "Hoàn thành khoảng 32.900 căn nhà ở xã hội trong giai đoạn 2026 - 2030."},
                new String[] {"2.4", "2", "2.4.", "Các đột phá chiến lược", ""},
                new String[] {"2.4.1", "2.4", "(1)", null, "Thực hiện chuyển đổi số toàn diện trên các lĩnh vực."},
                new String[] {"2.5", "2", "2.5.", "Nhiệm vụ, giải pháp chủ yếu", ""},
                new String[] {"2.5.1", "2.5", "(1)", null, "Tập trung xây dựng Đảng và hệ thống chính trị."}));
        assertEquals(1, targets.size());
        assertEquals(2030, targets.get(0).year(), "the end of the period in the text");
        assertEquals(List.of(new TargetValue(new BigDecimal("32900"), null, "căn", "khoảng")), targets.get(0).values());
    }

    @Test
    void anAnnualResolutionGivesItsYearToTargetsThatStateNone() {
        List<Target> targets = extractor.extract(titled("NGHỊ QUYẾT về mục tiêu, nhiệm vụ, giải pháp năm 2024"), tree(
                new String[] {"2", null, "2.", "Chỉ tiêu chủ yếu:", ""},
                new String[] {"2.1", "2", "(7)", null, "Kim ngạch xuất khẩu đạt 33 tỷ USD;"},
                new String[] {"2.2", "2", "(1)", null, "Tốc độ tăng trưởng GRDP tăng khoảng 11,5% - 12,0% so với năm 2023"}));
        assertEquals(List.of(2024, 2024), targets.stream().map(Target::year).toList());
        assertEquals(new TargetValue(new BigDecimal("11.5"), new BigDecimal("12"), "%", "khoảng"),
                targets.get(1).values().get(0));
    }

    @Test
    void aPlanGivesTheEndOfThePeriodInItsTitleToTargetsThatStateNoYear() {
        List<Target> targets = extractor.extract(
                titled("Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025"), tree(
                new String[] {"II", null, "II.", "MỤC TIÊU", ""},
                new String[] {"II.2", "II", "2.", "Mục tiêu cụ thể", ""},
                new String[] {"II.2.1", "II.2", "-", null, "Thu nhập bình quân đầu người khu vực nông thôn đạt trên 60 triệu đồng/người."}));
        assertEquals(2025, targets.get(0).year());
    }

    @Test
    void aFlatListOfParagraphsIsOutlinedFromItsLabels() {
        List<Clause> flat = new ArrayList<>();
        String[] lines = {"## **2.2. Các chỉ tiêu xã hội**", "(13) Giải quyết việc làm cho 57.900 lượt người lao động;",
            "## **2.4. Các đột phá chiến lược**", "(1) Thực hiện chuyển đổi số toàn diện."};
        for (int i = 0; i < lines.length; i++) {
            flat.add(new Clause(String.valueOf(i + 1), null, null, null, lines[i], 0, 0, ClauseKind.PARAGRAPH, Map.of()));
        }
        List<Target> targets = extractor.extract(titled(null), flat);
        assertEquals(1, targets.size());
        assertEquals("2.2. Các chỉ tiêu xã hội", targets.get(0).group());
        assertEquals("Giải quyết việc làm cho 57.900 lượt người lao động;", targets.get(0).text());
    }

    @Test
    void aDocumentWithoutTargetHeadingsHasNoTargets() {
        assertEquals(List.of(), extractor.extract(titled(null), tree(
                new String[] {"I", null, "I.", "MỤC ĐÍCH", ""},
                new String[] {"I.1", "I", "-", null, "Tổng sản lượng thủy sản đạt trên 250 nghìn tấn."})));
    }
}
