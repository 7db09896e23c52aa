package org.vanban.index;

import org.vanban.domain.Document;

/**
 * A stored document as the index sees it: the database id (the unique term documents are replaced by)
 * and the parsed aggregate.
 */
public record IndexedDocument(long id, Document document) {
}
