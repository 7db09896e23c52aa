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
