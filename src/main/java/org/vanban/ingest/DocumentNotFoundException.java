package org.vanban.ingest;

/** An id that names no stored document. Mapped to 404. */
public class DocumentNotFoundException extends RuntimeException {

    public DocumentNotFoundException(long id) {
        super("No document has id " + id + "; list them with GET /api/documents.");
    }
}
