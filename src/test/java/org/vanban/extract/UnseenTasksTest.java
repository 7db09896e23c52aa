package org.vanban.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vanban.agency.AgencyRegister;
import org.vanban.domain.Document;
import org.vanban.domain.Task;
import org.vanban.extract.TaskTriples.Triple;
import org.vanban.ingest.IngestPipeline;
import org.vanban.parse.VietnameseText;

/**
 * Tasks of documents written in the style of other provinces, a ministry and a provincial Party committee
 * (test resources under unseen/, never ingested by the service), against hand-written expectations in
 * unseen/tasks.json. Guards the general rules against fitting the Hải Phòng seeds: (agency, role, task) triples
 * of the named tasks, the collective tasks and the deadlines as written. Texts 01–06 were written first and the
 * rules fixed against them; 07–12 were written afterwards, two at a time, and scored before the fixes they
 * prompted (07–08: F1 0.82, 09–10: F1 0.96, 11–12: F1 0.89), so they measured rather than trained the rules. A clause the parser splits off ("(qua Phòng
 * Nghiệp vụ Y) trước ngày 20/5/2025." on its own line) loses its deadline: one known miss.
 */
class UnseenTasksTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AgencyRegister REGISTER = AgencyRegister.standard();
    private static final Map<String, Document> DOCUMENTS = new LinkedHashMap<>();
    private static JsonNode expectedTasks;


    @BeforeAll
    static void runPipeline() throws IOException {
        expectedTasks = JSON.readTree(resource("tasks.json"));
        IngestPipeline pipeline = new IngestPipeline();
        List<String> names = new ArrayList<>();
        expectedTasks.forEach(t -> {
            if (!names.contains(t.get("doc").asText())) {
                names.add(t.get("doc").asText());
            }
        });
        for (String name : names) {
            String text = new String(resource(name).readAllBytes(), StandardCharsets.UTF_8);
            DOCUMENTS.put(name, pipeline.process(name, "sha", text, List.of()));
        }
    }

    @Test
    void triplesOfNamedAgenciesReachF1OfNinetyPercent() {
        List<Triple> expected = TaskTriples.expected(expectedTasks);
        List<Triple> found = TaskTriples.found(DOCUMENTS);
        TaskTriples.Score score = TaskTriples.score(expected, found, UnseenTasksTest::matches);
        score.print("unseen tasks", expected.size(), found.size());
        assertTrue(score.f1() >= 0.90, "F1 " + score.f1());
    }

    @Test
    void tasksAssignedToGroupsAreCollective() {
        int expected = 0;
        int found = 0;
        for (JsonNode want : expectedTasks) {
            if (!want.get("collective").asBoolean()) {
                continue;
            }
            expected++;
            Optional<Task> task = taskWithKey(want);
            if (task.isPresent() && task.get().collective()) {
                found++;
            } else {
                System.out.println("  not collective: " + want.get("doc").asText() + " | " + want.get("key").asText()
                        + task.map(t -> " -> lead " + t.lead()).orElse(" -> no task"));
            }
        }
        System.out.printf("unseen collective tasks: %d of %d%n", found, expected);
        assertTrue(found * 10 >= expected * 8, found + " of " + expected);
    }

    @Test
    void deadlinesAreReadAsWritten() {
        int expected = 0;
        int found = 0;
        for (JsonNode want : expectedTasks) {
            if (want.get("deadline").isNull()) {
                continue;
            }
            expected++;
            String deadline = collapse(want.get("deadline").asText());
            Optional<Task> task = taskWithKey(want);
            String got = task.map(t -> t.deadline().text()).orElse(null);
            if (got != null && (collapse(got).contains(deadline) || deadline.contains(collapse(got)))) {
                found++;
            } else {
                System.out.println("  deadline " + want.get("doc").asText() + " | " + want.get("key").asText()
                        + " | want " + deadline + " got " + got);
            }
        }
        System.out.printf("unseen deadlines: %d of %d%n", found, expected);
        assertTrue(found * 10 >= expected * 8, found + " of " + expected);
    }

    private static Optional<Task> taskWithKey(JsonNode want) {
        String key = collapse(want.get("key").asText());
        return DOCUMENTS.get(want.get("doc").asText()).tasks().stream()
                .filter(t -> collapse(t.text()).contains(key)).findFirst();
    }

    private static boolean matches(Triple found, Triple want) {
        return found.doc().equals(want.doc()) && found.role().equals(want.role())
                && canonical(found.agency()).equals(canonical(want.agency()))
                && collapse(found.text()).contains(collapse(want.text()));
    }

    /** The register's id for a name it knows (so an alias matches its agency), else the name's match key. */
    private static String canonical(String agency) {
        return REGISTER.lookup(agency).map(a -> a.id()).orElseGet(() -> VietnameseText.matchKey(agency));
    }

    private static String collapse(String s) {
        return VietnameseText.collapseWhitespace(VietnameseText.nfc(s)).toLowerCase(Locale.ROOT);
    }

    private static InputStream resource(String name) {
        return UnseenTasksTest.class.getResourceAsStream("/unseen/" + name);
    }
}
