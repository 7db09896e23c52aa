package org.vanban.store;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.vanban.domain.ColumnRole;

/** Read models the API serializes as they are: entities never leave the store. */
public final class Views {

    private Views() {
    }

    /** A document as lists show it. */
    public record DocumentSummary(long id, String sourceName, String title, String type, String number,
            LocalDate issuedDate, String issuer) {

        static DocumentSummary of(DocumentEntity e) {
            return new DocumentSummary(e.id, e.sourceName, e.title, e.type, e.number, e.issuedDate, e.issuer);
        }
    }

    /** The short form of a document inside other items (a task's, a hit's). */
    public record DocumentRef(long id, String title, String number, String sourceName) {

        static DocumentRef of(DocumentEntity e) {
            return new DocumentRef(e.id, e.title, e.number, e.sourceName);
        }
    }

    public record Counts(long clauses, long tasks, long targets, long references) {
    }

    /** One document with its header, provenance and counts. */
    public record DocumentDetail(long id, String sourceName, String title, String type, String number,
            LocalDate issuedDate, LocalDate meetingDate, String issuer, String place, String signer, String about,
            String source, String mediaType, Long sizeBytes, String sha256, OffsetDateTime ingestedAt,
            OffsetDateTime updatedAt, List<String> warnings, Counts counts) {
    }

    /** A clause; {@code children} is filled only when one clause is asked for. */
    public record ClauseView(String path, String parentPath, String label, String heading, String text, int start,
            int end, String kind, Map<ColumnRole, String> cells, List<String> children) {
    }
}
