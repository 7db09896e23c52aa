package org.vanban.ingest;

import java.util.List;

/** What one ingest produced, counted, with its warnings. */
public record IngestReport(int clauses, int tasks, int targets, int references, List<String> warnings) {

    public IngestReport {
        warnings = List.copyOf(warnings);
    }
}
