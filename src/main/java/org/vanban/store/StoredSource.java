package org.vanban.store;

import java.time.OffsetDateTime;

/**
 * What the store remembers of a document's original file: enough for a corpus pass to recognise a file it
 * already holds, by content hash or, without reading it, by name, size and last-modified time.
 *
 * @param sourceModifiedAt null unless the document was stored from the corpus folder
 */
public record StoredSource(String sha256, String sourceName, Long sizeBytes, OffsetDateTime sourceModifiedAt) {
}
