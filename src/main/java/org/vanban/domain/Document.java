package org.vanban.domain;

import java.util.List;

/**
 * A parsed document: its header, normalized text and everything extracted from it. Produced by the
 * pure ingest pipeline; stored and indexed by the services at the edges.
 *
 * @param sourceName the file name the document arrived under (kept as given, e.g. "86-kh-ubnd.txt")
 * @param sha256     hex SHA-256 of the original bytes; the idempotency key of ingestion
 * @param header     what the document says about itself
 * @param text       the normalized text; every clause offset points into it
 * @param clauses    the clause tree in document order (flat; parent links by path)
 * @param tasks      assignments of work found in the clauses
 * @param targets    numbered targets (chỉ tiêu)
 * @param references other documents cited by number
 * @param warnings   things a reader should know about the ingest (repeated blocks, legacy encodings)
 */
public record Document(
        String sourceName,
        String sha256,
        DocumentHeader header,
        String text,
        List<Clause> clauses,
        List<Task> tasks,
        List<Target> targets,
        List<Reference> references,
        List<String> warnings) {

    public Document {
        clauses = List.copyOf(clauses);
        tasks = List.copyOf(tasks);
        targets = List.copyOf(targets);
        references = List.copyOf(references);
        warnings = List.copyOf(warnings);
    }
}
