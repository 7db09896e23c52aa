package org.vanban.ingest;

/**
 * The result of an ingest request.
 *
 * @param documentId the stored document's id
 * @param created    false when the same content was already stored (nothing was written)
 * @param report     counts and warnings of the stored document
 */
public record IngestOutcome(long documentId, boolean created, IngestReport report) {
}
