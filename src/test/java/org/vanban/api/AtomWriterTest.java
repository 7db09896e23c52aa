package org.vanban.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vanban.store.RecentDocument;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class AtomWriterTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2025, 7, 1, 9, 30, 0, 0, ZoneOffset.ofHours(7));

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    static String child(Element parent, String name) {
        var nodes = parent.getElementsByTagNameNS(AtomWriter.NAMESPACE, name);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Sở Giao thông vận tải                 | Sở Giao thông vận tải",
        "Cảng <Lạch Huyện> & \"Đình Vũ\"       | Cảng &lt;Lạch Huyện&gt; &amp; &quot;Đình Vũ&quot;",
        "Kết luận số 14-KL/TW 'của Bộ Chính trị' | Kết luận số 14-KL/TW &apos;của Bộ Chính trị&apos;",
    })
    void escapesMarkupCharacters(String text, String expected) {
        assertEquals(expected, AtomWriter.escape(text));
    }

    @Test
    void dropsCharactersXmlCannotCarryButKeepsAstralOnes() {
        assertEquals("Nghị quyết 45", AtomWriter.escape("Nghị\u0000 quyết\u000B 45\uFFFE"));
        assertEquals("a\uD83D\uDCC4b", AtomWriter.escape("a\uD83D\uDCC4b"));
        assertEquals("ab", AtomWriter.escape("a\uD83Db"));
    }

    @Test
    void timestampsAreRfc3339InUtcWithSeconds() {
        assertEquals("2025-07-01T02:30:00Z", AtomWriter.timestamp(NOW));
        assertEquals("2025-07-01T02:30:00Z", AtomWriter.timestamp(NOW.withNano(123_456_000)));
    }

    @Test
    void aFeedOfDocumentsIsWellFormedAtomWithEveryRequiredElement() throws Exception {
        RecentDocument newer = new RecentDocument(12, "004.txt", "Kế hoạch <thực hiện> Nghị quyết & Kết luận",
                "Kế hoạch", "125-KH/TU", LocalDate.of(2025, 6, 30), "Thành ủy Hải Phòng", NOW.minusDays(2), NOW, 7);
        RecentDocument older = new RecentDocument(3, "001.txt", null, null, null, null, null, NOW.minusDays(3),
                NOW.minusDays(3), 0);
        String xml = AtomWriter.write(DocumentFeed.of(List.of(newer, older), URI.create("https://vanban.example/"),
                NOW));

        Element feed = parse(xml).getDocumentElement();
        assertEquals(AtomWriter.NAMESPACE, feed.getNamespaceURI());
        assertEquals("feed", feed.getLocalName());
        assertEquals(DocumentFeed.FEED_ID, child(feed, "id"));
        assertEquals("2025-07-01T02:30:00Z", child(feed, "updated"));
        assertTrue(child(feed, "title").contains("vanban"));

        var entries = feed.getElementsByTagNameNS(AtomWriter.NAMESPACE, "entry");
        assertEquals(2, entries.getLength());
        Element first = (Element) entries.item(0);
        assertEquals("urn:vanban:document:12", child(first, "id"));
        assertEquals("Kế hoạch <thực hiện> Nghị quyết & Kết luận", child(first, "title"));
        assertEquals("Số: 125-KH/TU · Loại: Kế hoạch · Cơ quan ban hành: Thành ủy Hải Phòng"
                + " · Ngày ban hành: 30/06/2025 · 7 nhiệm vụ", child(first, "summary"));
        assertTrue(xml.contains("href=\"https://vanban.example/#/documents/12\""));
        assertTrue(xml.contains("href=\"https://vanban.example/api/documents/12\""));
        Element second = (Element) entries.item(1);
        assertEquals("001.txt", child(second, "title"), "a document without a title goes by its file name");
        assertEquals("0 nhiệm vụ", child(second, "summary"));
    }

    @Test
    void anEmptyFeedStillHasItsRequiredElements() throws Exception {
        Element feed = parse(AtomWriter.write(DocumentFeed.of(List.of(), URI.create("http://localhost:8080"), NOW)))
                .getDocumentElement();
        assertEquals(DocumentFeed.FEED_ID, child(feed, "id"));
        assertEquals("2025-07-01T02:30:00Z", child(feed, "updated"));
        assertEquals("vanban", child(feed, "name"));
        assertEquals(0, feed.getElementsByTagNameNS(AtomWriter.NAMESPACE, "entry").getLength());
        assertFalse(AtomWriter.write(DocumentFeed.of(List.of(), URI.create("http://localhost:8080"), NOW))
                .contains("localhost:8080#"), "links are made absolute from a base with or without a slash");
    }
}
