package org.vanban.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vanban.domain.Clause;
import org.vanban.domain.Document;
import org.vanban.domain.Task;
import org.vanban.ingest.IngestPipeline;

class DebugDumpTest {
    @Test
    void dump() throws Exception {
        String name = System.getProperty("doc", "004_bf0562e2cffc9437.txt");
        Document d = new IngestPipeline().process(name, "sha", Files.readString(Path.of("corpus", name)), List.of());
        if (Boolean.getBoolean("clauses")) {
            for (Clause c : d.clauses()) {
                String t = c.fullText() == null ? "" : c.fullText().replace('\n', ' ');
                System.out.println("C " + c.kind() + " " + c.path() + " <" + c.parentPath() + "> [" + c.label() + "] "
                        + t.substring(0, Math.min(100, t.length())) + (c.cells().isEmpty() ? "" : " CELLS " + c.cells().keySet()));
            }
        }
        for (Task t : d.tasks()) {
            System.out.println("T " + t.clausePath() + " L=" + t.lead().stream().map(a -> a.name()).toList()
                    + " C=" + t.cooperating().stream().map(a -> a.name()).toList() + (t.collective() ? " COLL" : "")
                    + " D=" + t.deadline().text() + " P=" + t.product() + " | " + t.text().substring(0, Math.min(70, t.text().length())));
        }
    }
}
