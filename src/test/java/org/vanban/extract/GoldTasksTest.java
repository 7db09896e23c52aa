package org.vanban.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vanban.domain.Document;
import org.vanban.domain.Task;
import org.vanban.extract.TaskTriples.Triple;
import org.vanban.ingest.IngestPipeline;
import org.vanban.parse.VietnameseText;

/**
 * Tasks of the seed corpus against the hand-checked gold/tasks.json, scored over (agency, role, task) triples
 * of the non-collective tasks, through the whole ingest pipeline.
 */
class GoldTasksTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Document> DOCUMENTS = new LinkedHashMap<>();
    private static JsonNode gold;
    private static final Map<String, String> ALIASES = new HashMap<>();

    /** One scored fact: in document {@code doc}, the task whose text is {@code text} has {@code agency} as {@code role}. */

    @BeforeAll
    static void runPipeline() throws IOException {
        gold = read("tasks.json");
        JsonNode agencies = read("agencies.json");
        agencies.get("aliases").fields().forEachRemaining(e -> ALIASES.put(key(e.getKey()), key(e.getValue().asText())));
        IngestPipeline pipeline = new IngestPipeline();
        try (var files = Files.list(Path.of("corpus"))) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                DOCUMENTS.put(name, pipeline.process(name, "sha", Files.readString(file, StandardCharsets.UTF_8),
                        List.of()));
            }
        }
    }

    @Test
    void triplesOfNamedAgenciesReachF1OfNinetyFivePercent() {
        List<Triple> expected = TaskTriples.expected(gold);
        List<Triple> found = TaskTriples.found(DOCUMENTS);
        TaskTriples.Score score = TaskTriples.score(expected, found, GoldTasksTest::matches);
        score.print("gold tasks", expected.size(), found.size());
        assertTrue(score.f1() >= 0.95, "F1 " + score.f1());
    }

    @Test
    void collectiveTasksAreFoundWhereTheTextAssignsToGroups() {
        Map<String, Integer> expected = new LinkedHashMap<>();
        for (JsonNode task : gold) {
            if (task.get("collective").asBoolean()) {
                expected.merge(task.get("doc").asText(), 1, Integer::sum);
            }
        }
        for (var e : DOCUMENTS.entrySet()) {
            long collective = e.getValue().tasks().stream().filter(Task::collective).count();
            int want = expected.getOrDefault(e.getKey(), 0);
            System.out.printf("collective tasks in %s: %d (gold %d)%n", e.getKey(), collective, want);
            assertTrue(collective >= want && collective <= want + 3, e.getKey() + ": " + collective + " vs gold " + want);
        }
        // the plan assigns its common duties (III.1, IV.1, IV.3) to groups: exactly the gold's eight
        assertEquals(8, DOCUMENTS.get("004_bf0562e2cffc9437.txt").tasks().stream().filter(Task::collective).count());
    }

    @Test
    void tableRowsKeepProductAndDeadline() {
        Task row = DOCUMENTS.get("004_bf0562e2cffc9437.txt").tasks().stream()
                .filter(t -> t.text().startsWith("Huy động vốn đầu tư thực hiện các dự án trọng điểm"))
                .findFirst().orElseThrow();
        assertEquals("Báo cáo Thủ tướng Chính phủ", row.product());
        assertEquals(org.vanban.domain.DeadlineKind.RECURRING, row.deadline().kind());
        Task quarter = DOCUMENTS.get("004_bf0562e2cffc9437.txt").tasks().stream()
                .filter(t -> t.text().startsWith("Lập, trình thẩm định, phê duyệt Quy hoạch thành phố"))
                .findFirst().orElseThrow();
        assertEquals(java.time.LocalDate.of(2021, 10, 1), quarter.deadline().from());
        assertEquals(java.time.LocalDate.of(2021, 12, 31), quarter.deadline().to());
    }

    private static boolean matches(Triple found, Triple want) {
        return found.doc().equals(want.doc()) && found.role().equals(want.role())
                && canonical(found.agency()).equals(canonical(want.agency()))
                && collapse(found.text()).contains(collapse(want.text()));
    }

    private static String canonical(String agency) {
        String k = key(agency);
        return ALIASES.getOrDefault(k, k);
    }

    private static String key(String s) {
        return VietnameseText.matchKey(s);
    }

    private static String collapse(String s) {
        return VietnameseText.collapseWhitespace(s).toLowerCase(Locale.ROOT);
    }

    private static JsonNode read(String name) throws IOException {
        try (InputStream in = GoldTasksTest.class.getResourceAsStream("/gold/" + name)) {
            return JSON.readTree(in);
        }
    }
}
