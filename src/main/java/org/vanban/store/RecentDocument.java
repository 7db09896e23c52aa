package org.vanban.store;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A document as a news feed announces it: what it is, when it arrived and when it last changed, and how many
 * tasks it assigns.
 */
public record RecentDocument(long id, String sourceName, String title, String type, String number,
        LocalDate issuedDate, String issuer, OffsetDateTime ingestedAt, OffsetDateTime updatedAt, long taskCount) {
}
