package org.vanban.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vanban.domain.AgencyRef;
import org.vanban.domain.Clause;
import org.vanban.domain.ClauseKind;
import org.vanban.domain.ColumnRole;
import org.vanban.domain.DeadlineKind;
import org.vanban.domain.DocumentHeader;
import org.vanban.domain.Task;

class TaskExtractorTest {

    private final TaskExtractor extractor = new TaskExtractor();

    /** Builds a small clause tree: each line "path|kind|text", the parent being the path without its last part. */
    private static List<Clause> tree(String... lines) {
        List<Clause> clauses = new ArrayList<>();
        for (String line : lines) {
            String[] parts = line.split("\\|", 3);
            String path = parts[0];
            int dot = path.lastIndexOf('.');
            String parent = dot < 0 ? null : path.substring(0, dot);
            ClauseKind kind = ClauseKind.valueOf(parts[1]);
            String label = kind == ClauseKind.BULLET ? "-" : kind == ClauseKind.NUMBERED ? path.substring(dot + 1) + "." : null;
            clauses.add(new Clause(path, parent, label, null, parts[2], 0, 0, kind, Map.of()));
        }
        return clauses;
    }

    private List<Task> extract(List<Clause> clauses) {
        return extractor.extract(DocumentHeader.empty(), clauses);
    }

    private List<Task> extractOne(String sentence) {
        return extract(tree("1|PARAGRAPH|" + sentence));
    }

    private static List<String> names(List<AgencyRef> refs) {
        return refs.stream().map(AgencyRef::name).toList();
    }

    private static List<String> split(String names) {
        return names == null || names.isBlank() ? List.of() : List.of(names.split("\\s*;\\s*"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', quoteCharacter = '"', commentCharacter = '%', nullValues = "-", textBlock = """
            Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Tài chính tham mưu Ủy ban nhân dân thành phố bố trí vốn. # Sở Kế hoạch và Đầu tư # Sở Tài chính
            Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính, Sở Nội vụ hướng dẫn thực hiện Quyết định này.             # Sở Y tế # Sở Tài chính; Sở Nội vụ
            Ủy ban nhân dân tỉnh giao Sở Nội vụ theo dõi, tổng hợp kết quả thực hiện.                                 # Sở Nội vụ # -
            Đảng đoàn Hội đồng nhân dân thành phố có trách nhiệm thể chế hóa Chương trình hành động bằng các nghị quyết. # Đảng đoàn Hội đồng nhân dân thành phố # -
            Sở Tư pháp chịu trách nhiệm kiểm tra tính pháp lý của các văn bản.                                         # Sở Tư pháp # -
            Ban Dân tộc có nhiệm vụ hướng dẫn các địa phương triển khai chính sách.                                    # Ban Dân tộc # -
            Công an thành phố đẩy mạnh thắt chặt kiểm tra vi phạm giao thông trên địa bàn thành phố.                   # Công an thành phố # -
            Sở Tài nguyên và Môi trường chủ trì, phối hợp với Sở Lao động, Thương binh và Xã hội xây dựng kế hoạch.    # Sở Tài nguyên và Môi trường # Sở Lao động, Thương binh và Xã hội
            Ủy ban nhân dân huyện Thủy Nguyên chủ trì, phối hợp với Sở Tư pháp rà soát thủ tục hành chính.            # Ủy ban nhân dân huyện Thủy Nguyên # Sở Tư pháp
            Thành phố Hải Phòng phối hợp với các bộ, cơ quan liên quan nghiên cứu, đề xuất các giải pháp.             # Thành phố Hải Phòng # -
            Các Bộ: KH&ĐT, TC chủ trì hướng dẫn thủ tục đầu tư.                                                         # Bộ Kế hoạch và Đầu tư; Bộ Tài chính # -
            Giao các Sở: Tài chính, Xây dựng phối hợp với Sở GTVT thẩm định dự án.                                     # Sở Tài chính; Sở Xây dựng # Sở Giao thông vận tải
            Đại hội giao Ban Chấp hành Đảng bộ thành phố nhiệm kỳ 2025 - 2030 hoàn thiện Chương trình hành động.      # Ban Chấp hành Đảng bộ thành phố # -
            Phối hợp với Bộ Khoa học và Công nghệ nghiên cứu xây dựng Trung tâm đổi mới sáng tạo.                      # - # Bộ Khoa học và Công nghệ
            Ủy ban nhân dân tỉnh đề nghị Sở Y tế khẩn trương rà soát, báo cáo trước ngày 30/6/2025.                    # Sở Y tế # -
            Thủ tướng Chính phủ yêu cầu Bộ Công an chủ trì, phối hợp với Bộ Quốc phòng triển khai ngay các biện pháp. # Bộ Công an # Bộ Quốc phòng
            Công an tỉnh là cơ quan thường trực, có trách nhiệm theo dõi, đôn đốc việc triển khai Kế hoạch.          # Công an tỉnh # -
            Văn phòng Bộ là đầu mối tổng hợp, báo cáo Bộ trưởng kết quả thực hiện Kế hoạch.                           # Văn phòng Bộ # -
            Vụ Kế hoạch - Tài chính chủ trì, phối hợp với Vụ Khoa học và Công nghệ bố trí kinh phí hằng năm.          # Vụ Kế hoạch - Tài chính # Vụ Khoa học và Công nghệ
            Cục Trồng trọt và Bảo vệ thực vật phối hợp với Cục Chuyển đổi số xây dựng cơ sở dữ liệu.                  # Cục Trồng trọt và Bảo vệ thực vật # Cục Chuyển đổi số
            Sở Tài chính chủ trì, phối hợp với Kho bạc Nhà nước khu vực XVI giải ngân kịp thời vốn bồi thường.        # Sở Tài chính # Kho bạc Nhà nước khu vực XVI
            Phòng Kế hoạch - Tài chính chủ trì, tham mưu Giám đốc Sở đề nghị Sở Tài chính bố trí kinh phí.            # Phòng Kế hoạch - Tài chính # -
            Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết. # Thường trực Hội đồng nhân dân tỉnh # -
            """)
    void aSentenceThatAssignsWorkIsATask(String sentence, String lead, String cooperating) {
        List<Task> tasks = extractOne(sentence);
        assertEquals(1, tasks.size(), () -> "tasks: " + tasks);
        assertEquals(split(lead), names(tasks.get(0).lead()));
        assertEquals(split(cooperating), names(tasks.get(0).cooperating()));
        assertFalse(tasks.get(0).collective());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', quoteCharacter = '"', commentCharacter = '%', textBlock = """
            Các cấp ủy, tổ chức đảng các cấp tổ chức phổ biến, quán triệt Kết luận đến cán bộ, đảng viên.
            Trong quá trình tổ chức thực hiện, các Sở, ngành, địa phương, đơn vị chủ động đề xuất những nội dung cần sửa đổi.
            Cấp ủy, chính quyền, Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội các cấp có trách nhiệm tuyên truyền Nghị quyết.
            Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các Sở, Thủ trưởng các ban, ngành và Chủ tịch Ủy ban nhân dân các huyện chịu trách nhiệm thi hành Quyết định này./.
            Giám đốc các sở, Thủ trưởng các ban, ngành cấp tỉnh, Chủ tịch Ủy ban nhân dân các huyện xây dựng kế hoạch cụ thể để triển khai.
            Đề nghị Sở Nông nghiệp và Môi trường các tỉnh, thành phố trực thuộc Trung ương phối hợp triển khai các nhiệm vụ.
            Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy căn cứ Chương trình hành động này xây dựng kế hoạch thực hiện.
            Các chủ đầu tư tập trung đẩy nhanh tiến độ thi công, giải ngân 100% kế hoạch vốn được giao.
            """)
    void work_assignedOnlyToGroupsIsCollective(String sentence) {
        List<Task> tasks = extractOne(sentence);
        assertEquals(1, tasks.size(), () -> "tasks: " + tasks);
        assertTrue(tasks.get(0).collective());
        assertTrue(tasks.get(0).lead().isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', quoteCharacter = '"', commentCharacter = '%', textBlock = """
            Đồng ý chủ trương đầu tư dự án xây dựng cầu Tân Vũ - Lạch Huyện 2.
            Phê duyệt Đề án phát triển công nghiệp hỗ trợ thành phố giai đoạn 2021 - 2025.
            Tiếp tục cải thiện môi trường đầu tư, kinh doanh; nâng cao chỉ số năng lực cạnh tranh.
            Sở Kế hoạch và Đầu tư đã tham mưu ban hành 12 kế hoạch trong năm 2023.
            Hội nghị đã thống nhất thông qua Nghị quyết.
            ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG
            Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.
            """)
    void aSentenceThatAssignsNothingIsNoTask(String sentence) {
        assertEquals(List.of(), extractOne(sentence));
    }

    @Test
    void aHeadingOverAListMakesEachItemATaskOfItsActors() {
        List<Task> tasks = extract(tree(
                "a|NUMBERED|Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Tài chính, Sở Xây dựng:",
                "a.1|BULLET|Triển khai nhiệm vụ lập quy hoạch thành phố giai đoạn 2021 - 2030.",
                "a.2|BULLET|Phối hợp với Sở Giao thông vận tải xây dựng lộ trình từng năm.",
                "a.3|BULLET|Huy động tối đa nguồn lực đầu tư vào thành phố.",
                "a.4|BULLET|Chủ trì, phối hợp với Sở Nội vụ rà soát tổ chức bộ máy."));
        assertEquals(4, tasks.size());
        for (Task task : tasks) {
            assertEquals(List.of("Sở Kế hoạch và Đầu tư"), names(task.lead()));
        }
        assertEquals(List.of("Sở Tài chính", "Sở Xây dựng"), names(tasks.get(0).cooperating()));
        assertEquals(List.of("Sở Giao thông vận tải"), names(tasks.get(1).cooperating()));
        assertEquals("a.2", tasks.get(1).clausePath());
        assertEquals(List.of("Sở Nội vụ"), names(tasks.get(3).cooperating()));
    }

    @Test
    void anItemOpeningWithOneOfTheActorsIsLedByThatOneAlone() {
        List<Task> tasks = extract(tree(
                "t|NUMBERED|Bộ Chỉ huy Quân sự thành phố, Công an thành phố, Bộ Chỉ huy Bộ đội Biên phòng thành phố:",
                "t.1|BULLET|Xây dựng chương trình, kế hoạch, lộ trình, nhiệm vụ, giải pháp cụ thể.",
                "t.2|BULLET|Bộ Chỉ huy Quân sự thành phố thực hiện tốt quy hoạch tổng thể bố trí quốc phòng."));
        assertEquals(List.of("Bộ Chỉ huy Quân sự thành phố", "Công an thành phố",
                "Bộ Chỉ huy Bộ đội Biên phòng thành phố"), names(tasks.get(0).lead()));
        assertEquals(List.of("Bộ Chỉ huy Quân sự thành phố"), names(tasks.get(1).lead()));
    }

    @Test
    void aDutyHeadingOverGroupsMakesCollectiveTasks() {
        List<Task> tasks = extract(tree(
                "1|NUMBERED|Nhiệm vụ chung của các Sở, ngành, Ủy ban nhân dân các quận, huyện, đơn vị",
                "1.1|BULLET|Tổ chức quán triệt, phổ biến Nghị quyết tới toàn thể đảng viên.",
                "1.2|PARAGRAPH|Công tác tuyên truyền cần được tiến hành với quy mô sâu rộng.",
                "1.3|BULLET|Xây dựng, ban hành và triển khai các chương trình, kế hoạch."));
        assertEquals(2, tasks.size());
        assertTrue(tasks.stream().allMatch(Task::collective));
        assertTrue(tasks.stream().allMatch(t -> t.lead().isEmpty()));
    }

    @Test
    void recipientListsAreNoTasks() {
        List<Task> tasks = extract(tree(
                "1|PARAGRAPH|Nơi nhận:",
                "1.1|BULLET|Bộ Chính trị, Ban Bí thư TW Đảng (để báo cáo),",
                "1.2|BULLET|Sở Tài chính, Sở Xây dựng;",
                "2|PARAGRAPH|Kính gửi:",
                "2.1|BULLET|Sở Y tế;",
                "2.2|BULLET|Ủy ban nhân dân các huyện."));
        assertEquals(List.of(), tasks);
    }

    @Test
    void itemsOfATargetsSectionAreNoTasks() {
        List<Task> tasks = extract(tree(
                "2|NUMBERED|Các chỉ tiêu về công tác xây dựng Đảng",
                "2.1|NUMBERED|Ban Thường vụ Thành ủy kiểm tra chuyên đề 25 - 30 lượt tổ chức đảng."));
        assertEquals(List.of(), tasks);
    }

    @Test
    void aTableRowIsATaskWithItsColumns() {
        Clause row = new Clause("PL1.4", "PL1", null, null, "", 0, 0, ClauseKind.TABLE_ROW, Map.of(
                ColumnRole.NUMBER, "4",
                ColumnRole.TASK, "Huy động vốn đầu tư thực hiện các dự án trọng điểm",
                ColumnRole.LEAD, "Bộ Kế hoạch và Đầu tư",
                ColumnRole.COOPERATING, "Sở Tài chính, Sở Xây dựng, Ban quản lý khu kinh tế Hải Phòng và các sở, ban, ngành liên quan",
                ColumnRole.PRODUCT, "Báo cáo Thủ tướng Chính phủ",
                ColumnRole.DEADLINE, "Quý IV/2021"));
        List<Task> tasks = extract(List.of(row));
        assertEquals(1, tasks.size());
        Task task = tasks.get(0);
        assertEquals("Huy động vốn đầu tư thực hiện các dự án trọng điểm", task.text());
        assertEquals(List.of("Bộ Kế hoạch và Đầu tư"), names(task.lead()));
        assertEquals(List.of("Sở Tài chính", "Sở Xây dựng", "Ban Quản lý khu kinh tế Hải Phòng"), names(task.cooperating()));
        assertEquals("Báo cáo Thủ tướng Chính phủ", task.product());
        assertEquals(DeadlineKind.FIXED, task.deadline().kind());
        assertEquals("Ban quản lý khu kinh tế Hải Phòng", task.cooperating().get(2).asWritten());
    }

    @Test
    void aTargetHorizonInATaskIsNoDeadline() {
        Task task = extractOne("Liên minh Hợp tác xã và Doanh nghiệp thành phố chủ trì xây dựng Chương trình hỗ trợ "
                + "phát triển kinh tế tập thể đến năm 2030, tầm nhìn đến năm 2045.").get(0);
        assertEquals(DeadlineKind.NONE, task.deadline().kind());
        assertEquals(List.of("Liên minh Hợp tác xã và Doanh nghiệp thành phố"), names(task.lead()));
    }

    @Test
    void aDecisionAssignsByArticleAndClosesWithOneCollectiveTask() {
        List<Task> tasks = extract(tree(
                "Điều 1|NUMBERED|Phê duyệt Kế hoạch phát triển du lịch tỉnh giai đoạn 2021 - 2025.",
                "Điều 2|NUMBERED|Tổ chức thực hiện",
                "Điều 2.1|NUMBERED|Sở Văn hóa, Thể thao và Du lịch:",
                "Điều 2.1.a|NUMBERED|Hướng dẫn các địa phương triển khai Kế hoạch, hoàn thành trong Quý IV/2021.",
                "Điều 2.2|NUMBERED|Sở Tài chính chủ trì, phối hợp với Sở KH&ĐT bố trí kinh phí thực hiện Kế hoạch.",
                "Điều 3|NUMBERED|Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các Sở, Thủ trưởng các ban, ngành "
                        + "chịu trách nhiệm thi hành Quyết định này./."));
        assertEquals(3, tasks.size(), () -> "tasks: " + tasks);
        assertEquals(List.of("Sở Văn hóa, Thể thao và Du lịch"), names(tasks.get(0).lead()));
        assertEquals(java.time.LocalDate.of(2021, 12, 31), tasks.get(0).deadline().to());
        assertEquals(List.of("Sở Tài chính"), names(tasks.get(1).lead()));
        assertEquals(List.of("Sở Kế hoạch và Đầu tư"), names(tasks.get(1).cooperating()));
        assertTrue(tasks.get(2).collective());
    }

    @Test
    void aSentenceAnnouncingAListIsNoTaskItself() {
        assertEquals(List.of(), extractOne("Chính phủ yêu cầu các bộ, Ủy ban nhân dân thành phố Hải Phòng và các địa "
                + "phương cần cụ thể hóa và tổ chức triển khai 7 nhiệm vụ giải pháp sau:"));
    }

    @Test
    void anEmptyDocumentHasNoTasks() {
        assertEquals(List.of(), extract(List.of()));
    }
}
