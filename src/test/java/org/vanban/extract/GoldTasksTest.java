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
        boolean[] used = new boolean[found.size()];
        List<Triple> missed = new ArrayList<>();
        int matched = 0;
        for (Triple want : expected) {
            int hit = -1;
            for (int i = 0; i < found.size() && hit < 0; i++) {
                if (!used[i] && matches(found.get(i), want)) {
                    hit = i;
                }
            }
            if (hit >= 0) {
                used[hit] = true;
                matched++;
            } else {
                missed.add(want);
            }
        }
        List<Triple> spurious = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            if (!used[i]) {
                spurious.add(found.get(i));
            }
        }
        double precision = found.isEmpty() ? 0 : (double) matched / found.size();
        double recall = expected.isEmpty() ? 0 : (double) matched / expected.size();
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        System.out.printf(Locale.ROOT, "gold tasks: %d expected triples, %d found, %d matched; "
                + "precision %.3f recall %.3f F1 %.3f%n", expected.size(), found.size(), matched, precision, recall, f1);
        missed.forEach(t -> System.out.println("  missed   " + t));
        spurious.forEach(t -> System.out.println("  spurious " + t.doc() + " " + t.role() + " " + t.agency() + " | "
                + t.text().substring(0, Math.min(90, t.text().length()))));
        assertTrue(f1 >= 0.95, "F1 " + f1);
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
