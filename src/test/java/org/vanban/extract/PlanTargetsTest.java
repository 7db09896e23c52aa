package org.vanban.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vanban.domain.Document;
import org.vanban.domain.Target;
import org.vanban.ingest.IngestPipeline;

/** Targets of plans laid out the other common ways, through the whole pipeline. */
class PlanTargetsTest {

    private static List<Target> targetsOf(String text) {
        Document d = new IngestPipeline().process("plan.txt", "sha", text, List.of());
        return d.targets();
    }

    @Test
    void bulletsUnderMụcTiêuCụThểAreTargets() {
        List<Target> targets = targetsOf("""
                ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH
                Số: 85/KH-UBND
                Nam Định, ngày 10 tháng 5 năm 2021
                KẾ HOẠCH
                Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025
                I. MỤC TIÊU
                1. Mục tiêu chung
                Phát triển nông nghiệp, nông thôn bền vững.
                2. Mục tiêu cụ thể
                - Đến năm 2025, tỷ lệ hộ gia đình nông thôn sử dụng nước sạch đạt 95%.
                - Thu nhập bình quân đầu người khu vực nông thôn đạt trên 60 triệu đồng/người.
                II. NHIỆM VỤ VÀ GIẢI PHÁP
                1. Rà soát quy hoạch
                - Hoàn thành rà soát quy hoạch chung xây dựng xã trong năm 2022.
                """);
        assertEquals(2, targets.size(), targets.toString());
        assertEquals(2025, targets.get(0).year());
        assertEquals("triệu đồng/người", targets.get(1).values().get(0).unit());
        assertEquals("trên", targets.get(1).values().get(0).comparator());
    }

    @Test
    void lettersUnderAnArticleOnTargetsAreTargets() {
        List<Target> targets = targetsOf("""
                ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH
                Số: 1020/QĐ-UBND
                Nam Định, ngày 10 tháng 5 năm 2021
                QUYẾT ĐỊNH
                Phê duyệt Đề án phát triển du lịch đến năm 2030
                Điều 1. Phê duyệt Đề án với các nội dung sau:
                1. Các chỉ tiêu chủ yếu đến năm 2030:
                a) Đón khoảng 12 triệu lượt khách du lịch;
                b) Tổng thu từ khách du lịch đạt 30.000 tỷ đồng.
                2. Nhiệm vụ:
                a) Xây dựng sản phẩm du lịch đặc thù.
                Điều 2. Tổ chức thực hiện.
                """);
        assertEquals(2, targets.size(), targets.toString());
        assertEquals(List.of(2030, 2030), targets.stream().map(Target::year).toList());
        assertEquals("triệu lượt khách", targets.get(0).values().get(0).unit());
    }
}
