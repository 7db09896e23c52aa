package org.vanban.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.vanban.domain.Document;
import org.vanban.domain.Task;

/** The (document, task, role, agency) triples that the golden and held-out task tests score. */
final class TaskTriples {

    record Triple(String doc, String text, String role, String agency) {
    }

    /** How the found triples compare with the expected ones, each found triple matched at most once. */
    record Score(int matched, List<Triple> missed, List<Triple> spurious, double precision, double recall,
            double f1) {

        void print(String label, int expected, int found) {
            System.out.printf(java.util.Locale.ROOT, "%s: %d expected triples, %d found, %d matched; "
                    + "precision %.3f recall %.3f F1 %.3f%n", label, expected, found, matched, precision, recall, f1);
            missed.forEach(t -> System.out.println("  missed   " + t.doc() + " " + t.role() + " " + t.agency() + " | "
                    + t.text()));
            spurious.forEach(t -> System.out.println("  spurious " + t.doc() + " " + t.role() + " " + t.agency()
                    + " | " + t.text().substring(0, Math.min(90, t.text().length()))));
        }
    }

    static Score score(List<Triple> expected, List<Triple> found,
            java.util.function.BiPredicate<Triple, Triple> matches) {
        boolean[] used = new boolean[found.size()];
        List<Triple> missed = new ArrayList<>();
        int matched = 0;
        for (Triple want : expected) {
            int hit = -1;
            for (int i = 0; i < found.size() && hit < 0; i++) {
                if (!used[i] && matches.test(found.get(i), want)) {
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
        return new Score(matched, missed, spurious, precision, recall, f1);
    }

    private TaskTriples() {
    }

    /** From an answer file: every named agency of every non-collective task; the text is the task's key. */
    static List<Triple> expected(Iterable<JsonNode> tasks) {
        List<Triple> expected = new ArrayList<>();
        for (JsonNode task : tasks) {
            if (task.get("collective").asBoolean()) {
                continue;
            }
            for (String role : List.of("lead", "cooperating")) {
                for (JsonNode agency : task.get(role)) {
                    expected.add(new Triple(task.get("doc").asText(), task.get("key").asText(), role, agency.asText()));
                }
            }
        }
        return expected;
    }

    /** From the pipeline's output: every agency of every task, by canonical name. */
    static List<Triple> found(Map<String, Document> documents) {
        List<Triple> found = new ArrayList<>();
        documents.forEach((doc, document) -> {
            for (Task task : document.tasks()) {
                task.lead().forEach(ref -> found.add(new Triple(doc, task.text(), "lead", ref.name())));
                task.cooperating().forEach(ref -> found.add(new Triple(doc, task.text(), "cooperating", ref.name())));
            }
        });
        return found;
    }
}
