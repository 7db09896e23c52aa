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

    /** An agency as a task names it: register id and canonical name. */
    public record AgencyName(String id, String name) {
    }

    public record DeadlineView(String text, LocalDate from, LocalDate to, String kind) {
    }

    /**
     * A task with its provenance (document and clause) and its agencies.
     *
     * @param dueStatus     where the deadline stands on the day asked about (passed, due, upcoming, recurring,
     *                      ongoing, none)
     * @param currentOwners who holds the lead agencies' work on that day, after the 2025 reorganisation
     * @param inheritedFrom when listed for an agency that took over another's work, the agency the text names
     */
    public record TaskView(long id, String text, DocumentRef document, String clausePath, List<AgencyName> lead,
            List<AgencyName> cooperating, boolean collective, String product, DeadlineView deadline,
            String dueStatus, List<AgencyName> currentOwners, AgencyName inheritedFrom) {
    }

    public record ValueView(java.math.BigDecimal value, java.math.BigDecimal upper, String unit, String comparator) {
    }

    public record TargetView(long id, DocumentRef document, String clausePath, String group, String text,
            Integer year, List<ValueView> values, String indicator) {
    }

    /** One point of an indicator's timeline: what one document promised for one year. */
    public record TimelinePoint(DocumentRef document, LocalDate date, Integer year, java.math.BigDecimal value,
            java.math.BigDecimal upper, String unit, String comparator, String clausePath, String text) {
    }

    public record IndicatorView(String indicator, String label, int targets, List<TimelinePoint> timeline) {
    }

    /** A citation as the citing document states it, resolved to a stored document when one has the number. */
    public record ReferenceView(String number, String asWritten, String type, LocalDate date, String issuer,
            String relation, String clausePath, boolean partial, Long documentId, boolean conflicting,
            List<LocalDate> statedDates) {
    }

    /** A document that cites a number, with every clause where it does and its strongest relation. */
    public record CitingDocument(DocumentRef document, List<String> clausePaths, String relation) {
    }

    public record GraphNode(String id, String kind, String label, Long documentId) {
    }

    public record GraphEdge(String from, String to, String relation) {
    }

    public record Graph(List<GraphNode> nodes, List<GraphEdge> edges) {
    }
}
