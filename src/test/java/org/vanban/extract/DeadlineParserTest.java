package org.vanban.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vanban.domain.Deadline;
import org.vanban.domain.DeadlineKind;

class DeadlineParserTest {

    private static final LocalDate ISSUED = LocalDate.of(2024, 3, 19);

    private final DeadlineParser parser = new DeadlineParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', quoteCharacter = '"', commentCharacter = '%', nullValues = "-", textBlock = """
            Quý IV/2021                               # FIXED     # 2021-10-01 # 2021-12-31
            Quý I/2022                                # FIXED     # 2022-01-01 # 2022-03-31
            quý II năm 2021                           # FIXED     # 2021-04-01 # 2021-06-30
            Quý III/2020                              # FIXED     # 2020-07-01 # 2020-09-30
            trong tháng 01/2024                       # FIXED     # 2024-01-01 # 2024-01-31
            tháng 3 năm 2020                          # FIXED     # 2020-03-01 # 2020-03-31
            trước ngày 30/6/2025                      # FIXED     # 2024-03-19 # 2025-06-30
            ngày 15/12/2024                           # FIXED     # 2024-12-15 # 2024-12-15
            năm 2026                                  # FIXED     # 2026-01-01 # 2026-12-31
            2021 - 2025                               # FIXED     # 2021-01-01 # 2025-12-31
            2021-2025                                 # FIXED     # 2021-01-01 # 2025-12-31
            6 tháng đầu năm 2024                      # FIXED     # 2024-01-01 # 2024-06-30
            Quý IV                                    # FIXED     # 2024-10-01 # 2024-12-31
            hằng năm                                  # RECURRING # -          # -
            Định kỳ hàng năm                          # RECURRING # -          # -
            Định kỳ báo cáo hàng năm                  # RECURRING # -          # -
            Trong quá trình thực hiện Nghị quyết      # ONGOING   # -          # -
            Trong thời gian thực hiện Nghị quyết      # ONGOING   # -          # -
            thường xuyên                              # ONGOING   # -          # -
            đến năm 2030, tầm nhìn đến năm 2045       # NONE      # -          # -
            Báo cáo Thủ tướng Chính phủ               # NONE      # -          # -
            """)
    void resolvesADeadlineCell(String text, DeadlineKind kind, LocalDate from, LocalDate to) {
        Deadline deadline = parser.parse(text, ISSUED);
        assertEquals(kind, deadline.kind());
        assertEquals(from, deadline.from());
        assertEquals(to, deadline.to());
        if (kind != DeadlineKind.NONE) {
            assertEquals(text.strip(), deadline.text());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', quoteCharacter = '"', commentCharacter = '%', nullValues = "-", textBlock = """
            khẩn trương rà soát, xây dựng chương trình, kế hoạch của đơn vị mình, hoàn thành trong tháng 3/2020; đồng thời gửi Văn phòng # FIXED # 2020-03-01 # 2020-03-31
            Sở Tài chính tổng hợp, báo cáo Ủy ban nhân dân thành phố trước ngày 15/12/2024.                                             # FIXED # 2024-03-19 # 2024-12-15
            Xây dựng Chương trình hỗ trợ, khuyến khích phát triển kinh tế tập thể, hợp tác xã đến năm 2030, tầm nhìn đến năm 2045.    # NONE  # -          # -
            Xây dựng lộ trình từng năm trong giai đoạn 2021-2030 đối với các chỉ tiêu phát triển công nghiệp                          # NONE  # -          # -
            đề xuất đầu tư tuyến đường bộ ven biển; báo cáo Ủy ban nhân dân tỉnh trong Quý IV năm 2024.                                # FIXED # 2024-10-01 # 2024-12-31
            xây dựng Thông tư quy định quản lý nhiệm vụ khoa học và công nghệ; trình Bộ trưởng trước 30/9/2025.                        # FIXED # 2024-03-19 # 2025-09-30
            tham mưu sắp xếp tổ chức bộ máy các cơ quan chuyên môn theo hướng tinh gọn; Quý II năm 2025.                              # FIXED # 2025-04-01 # 2025-06-30
            xây dựng chương trình đào tạo, bồi dưỡng kỹ năng số cho công chức; 6 tháng đầu năm 2025 hoàn thành.                       # FIXED # 2025-01-01 # 2025-06-30
            rà soát, điều chỉnh quy hoạch chung đô thị; hoàn thành trong năm 2025.                                                    # FIXED # 2025-01-01 # 2025-12-31
            tái cấu trúc quy trình; định kỳ hằng tháng báo cáo kết quả về Ủy ban nhân dân tỉnh.                                       # RECURRING # -      # -
            bảo tồn và phát huy giá trị di sản văn hóa; thực hiện hằng năm.                                                          # RECURRING # -      # -
            thể chế hóa Chương trình hành động bằng các nghị quyết phát triển kinh tế - xã hội hàng năm và các nghị quyết chuyên đề.   # NONE  # -          # -
            cụ thể hóa thành mục tiêu, chỉ tiêu trong chương trình, kế hoạch hàng năm, 5 năm của cấp, ngành, địa phương.             # NONE  # -          # -
            """)
    void findsOnlyMarkedDeadlinesInProse(String text, DeadlineKind kind, LocalDate from, LocalDate to) {
        Deadline deadline = parser.find(text, ISSUED);
        assertEquals(kind, deadline.kind());
        assertEquals(from, deadline.from());
        assertEquals(to, deadline.to());
    }

    @org.junit.jupiter.api.Test
    void withoutAReferenceDateAYearlessFormStaysUnresolved() {
        assertEquals(DeadlineKind.NONE, parser.parse("Quý IV").kind());
        assertEquals(DeadlineKind.NONE, parser.parse("").kind());
        assertEquals(DeadlineKind.NONE, parser.parse(null).kind());
    }
}
