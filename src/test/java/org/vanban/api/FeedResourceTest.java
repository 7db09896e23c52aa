package org.vanban.api;

import static io.restassured.RestAssured.given;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class FeedResourceTest {

    @BeforeEach
    void ready() {
        Ready.await();
    }

    private static Element fetchFeed() throws Exception {
        String xml = given().get("/api/feed.atom").then().statusCode(200)
                .contentType("application/atom+xml").extract().asString();
        return AtomWriterTest.parse(xml).getDocumentElement();
    }

    private static List<Element> entries(Element feed) {
        var nodes = feed.getElementsByTagNameNS(AtomWriter.NAMESPACE, "entry");
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    @Test
    void isAtomWithOneEntryPerDocumentNewestFirst() throws Exception {
        int documents = given().get("/api/documents").then().extract().path("total");
        Element feed = fetchFeed();
        assertEquals(AtomWriter.NAMESPACE, feed.getNamespaceURI());
        assertEquals("feed", feed.getLocalName());
        assertNotNull(AtomWriterTest.child(feed, "id"));
        assertNotNull(AtomWriterTest.child(feed, "title"));
        OffsetDateTime feedUpdated = OffsetDateTime.parse(AtomWriterTest.child(feed, "updated"));

        List<Element> entries = entries(feed);
        assertEquals(documents, entries.size());
        OffsetDateTime previous = feedUpdated;
        for (Element entry : entries) {
            assertTrue(AtomWriterTest.child(entry, "id").startsWith("urn:vanban:document:"));
            assertTrue(!AtomWriterTest.child(entry, "title").isBlank());
            assertTrue(AtomWriterTest.child(entry, "summary").endsWith(" nhiệm vụ"));
            OffsetDateTime updated = OffsetDateTime.parse(AtomWriterTest.child(entry, "updated"));
            assertTrue(!updated.isAfter(previous), "entries newest first, none newer than the feed");
            previous = updated;
        }
        assertEquals(feedUpdated, OffsetDateTime.parse(AtomWriterTest.child(entries.get(0), "updated")));
    }

    @Test
    void aNewDocumentComesFirstAndLeavesWithItsDeletion() throws Exception {
        byte[] text = ("KẾ HOẠCH\nThực hiện Nghị quyết số 45-NQ/TW về xây dựng Hải Phòng\n"
                + "1. Sở Giao thông vận tải chủ trì nâng cấp cảng Lạch Huyện, hoàn thành trong năm 2026.\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int id = given().header("X-API-Key", "test-key").contentType("text/plain").body(text)
                .queryParam("filename", "feed-test-plan.txt").post("/api/documents")
                .then().statusCode(201).extract().path("document.id");
        try {
            Element first = entries(fetchFeed()).get(0);
            assertEquals("urn:vanban:document:" + id, AtomWriterTest.child(first, "id"));
        } finally {
            given().header("X-API-Key", "test-key").delete("/api/documents/{id}", id).then().statusCode(204);
        }
        assertTrue(entries(fetchFeed()).stream()
                .noneMatch(e -> AtomWriterTest.child(e, "id").equals("urn:vanban:document:" + id)));
    }

    @Test
    void limitCutsTheFeedAndIsValidated() throws Exception {
        String xml = given().queryParam("limit", 2).get("/api/feed.atom").then().statusCode(200).extract().asString();
        assertEquals(2, entries(AtomWriterTest.parse(xml).getDocumentElement()).size());
        given().queryParam("limit", 0).get("/api/feed.atom").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void answersNotModifiedWhenNothingChanged() {
        String lastModified = given().get("/api/feed.atom").then().statusCode(200).extract().header("Last-Modified");
        assertNotNull(lastModified);
        given().header("If-Modified-Since", lastModified).get("/api/feed.atom").then().statusCode(304);
    }
}
