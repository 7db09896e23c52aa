package org.vanban.api;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Writes an {@link AtomFeed} as Atom 1.0 XML. Every text and attribute value is escaped, and characters XML 1.0
 * cannot carry at all (control characters that scraped text sometimes holds, lone surrogates) are dropped, so
 * the output is always well-formed whatever the documents contain.
 */
public final class AtomWriter {

    public static final String MEDIA_TYPE = "application/atom+xml";
    public static final String NAMESPACE = "http://www.w3.org/2005/Atom";

    private AtomWriter() {
    }

    public static String write(AtomFeed feed) {
        StringBuilder xml = new StringBuilder(4096);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<feed xmlns=\"").append(NAMESPACE).append("\" xml:lang=\"vi\">\n");
        element(xml, 1, "id", feed.id());
        element(xml, 1, "title", feed.title());
        element(xml, 1, "updated", timestamp(feed.updated()));
        link(xml, 1, "self", MEDIA_TYPE, feed.self());
        link(xml, 1, "alternate", "text/html", feed.home());
        xml.append("  <author>\n");
        element(xml, 2, "name", feed.author());
        xml.append("  </author>\n");
        element(xml, 1, "generator", "vanban");
        for (AtomFeed.Entry entry : feed.entries()) {
            xml.append("  <entry>\n");
            element(xml, 2, "id", entry.id());
            element(xml, 2, "title", entry.title());
            element(xml, 2, "updated", timestamp(entry.updated()));
            if (entry.published() != null) {
                element(xml, 2, "published", timestamp(entry.published()));
            }
            link(xml, 2, "alternate", "text/html", entry.alternate());
            if (entry.related() != null) {
                link(xml, 2, "related", "application/json", entry.related());
            }
            for (String category : entry.categories()) {
                xml.append("    <category term=\"").append(escape(category)).append("\"/>\n");
            }
            element(xml, 2, "summary", entry.summary());
            xml.append("  </entry>\n");
        }
        xml.append("</feed>\n");
        return xml.toString();
    }

    /** RFC 3339 in UTC to the second, as Atom wants ("2025-06-30T08:15:00Z"). */
    static String timestamp(OffsetDateTime time) {
        return time.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** Text safe both as element content and inside a double- or single-quoted attribute. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (allowedInXml(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** XML 1.0's Char production for one UTF-16 unit; surrogate pairs are handled by the caller. */
    private static boolean allowedInXml(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }

    private static void element(StringBuilder xml, int depth, String name, String text) {
        xml.append("  ".repeat(depth)).append('<').append(name).append('>').append(escape(text == null ? "" : text))
                .append("</").append(name).append(">\n");
    }

    private static void link(StringBuilder xml, int depth, String rel, String type, String href) {
        xml.append("  ".repeat(depth)).append("<link rel=\"").append(rel).append("\" type=\"").append(type)
                .append("\" href=\"").append(escape(href)).append("\"/>\n");
    }
}
