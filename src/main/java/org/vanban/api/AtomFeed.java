package org.vanban.api;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An Atom 1.0 feed (RFC 4287) as plain data; {@link AtomWriter} turns it into XML.
 *
 * @param id      a permanent IRI for the feed
 * @param title   human title
 * @param updated when the feed last changed: its newest entry
 * @param self    the feed's own URL
 * @param home    the page a reader would open instead of the feed
 * @param author  the feed's author, standing for every entry that names none
 * @param entries newest first
 */
public record AtomFeed(String id, String title, OffsetDateTime updated, String self, String home, String author,
        List<Entry> entries) {

    /**
     * One entry.
     *
     * @param id         a permanent IRI: the same thing keeps it when it changes
     * @param title      human title
     * @param updated    when it last changed
     * @param published  when it first appeared, may be null
     * @param alternate  the page a reader opens
     * @param related    a machine-readable form (the JSON resource), may be null
     * @param summary    plain text
     * @param categories terms such as the document type; empty for none
     */
    public record Entry(String id, String title, OffsetDateTime updated, OffsetDateTime published, String alternate,
            String related, String summary, List<String> categories) {
    }
}
