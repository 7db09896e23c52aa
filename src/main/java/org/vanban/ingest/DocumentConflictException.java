package org.vanban.ingest;

/** A write that would clash with another stored document (the same content under another id). Mapped to 409. */
public class DocumentConflictException extends RuntimeException {

    private final long existingId;

    public DocumentConflictException(long existingId, String message) {
        super(message);
        this.existingId = existingId;
    }

    public long existingId() {
        return existingId;
    }
}
