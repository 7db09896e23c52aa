package org.vanban.api;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.vanban.store.RecentDocument;

/**
 * Recent documents as an Atom feed a newsroom can subscribe to: one entry per document, whose id stays the same
 * when the document is replaced, so a reader sees the replacement as an update of the entry it already has.
 */
final class DocumentFeed {

    static final String FEED_ID = "urn:vanban:feed:documents";
    static final String ENTRY_ID_PREFIX = "urn:vanban:document:";
    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private DocumentFeed() {
    }

    /**
     * @param documents newest first
     * @param base      the service's base URI ("https://example.org/"), for absolute links
     * @param emptyAt   the feed's updated time when there is no document at all
     */
    static AtomFeed of(List<RecentDocument> documents, URI base, OffsetDateTime emptyAt) {
        String root = base.toString().endsWith("/") ? base.toString() : base + "/";
        List<AtomFeed.Entry> entries = documents.stream().map(d -> entry(d, root)).toList();
        OffsetDateTime updated = documents.isEmpty() ? emptyAt : documents.get(0).updatedAt();
        return new AtomFeed(FEED_ID, "vanban – văn bản mới cập nhật", updated, root + "api/feed.atom", root,
                "vanban", entries);
    }

    private static AtomFeed.Entry entry(RecentDocument d, String root) {
        String title = d.title() == null || d.title().isBlank() ? d.sourceName() : d.title();
        return new AtomFeed.Entry(ENTRY_ID_PREFIX + d.id(), title, d.updatedAt(), d.ingestedAt(),
                root + "#/documents/" + d.id(), root + "api/documents/" + d.id(), summary(d),
                d.type() == null || d.type().isBlank() ? List.of() : List.of(d.type()));
    }

    /** "Số: 45-NQ/TW · Loại: Nghị quyết · Cơ quan ban hành: … · Ngày ban hành: 30/06/2025 · 12 nhiệm vụ". */
    static String summary(RecentDocument d) {
        List<String> parts = new ArrayList<>();
        if (d.number() != null && !d.number().isBlank()) {
            parts.add("Số: " + d.number());
        }
        if (d.type() != null && !d.type().isBlank()) {
            parts.add("Loại: " + d.type());
        }
        if (d.issuer() != null && !d.issuer().isBlank()) {
            parts.add("Cơ quan ban hành: " + d.issuer());
        }
        if (d.issuedDate() != null) {
            parts.add("Ngày ban hành: " + d.issuedDate().format(VIETNAMESE_DATE));
        }
        parts.add(d.taskCount() + " nhiệm vụ");
        return String.join(" · ", parts);
    }
}
