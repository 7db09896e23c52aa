package org.vanban.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vanban.index.IndexedDocument;
import org.vanban.index.SearchIndex;
import org.vanban.index.SearchRequest;
import org.vanban.index.SearchResponse;
import org.vanban.ingest.IngestService;
import org.vanban.ingest.StartupIngestion;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ConsistencyTest {

    @Inject
    SearchIndex index;

    @Inject
    IngestService ingest;

    @Inject
    StartupIngestion startup;

    @BeforeEach
    void ready() {
        Ready.await();
    }

    private static byte[] doc(String marker) {
        return ("KẾ HOẠCH\nVề việc " + marker + "\n1. Sở Tài chính chủ trì thực hiện nhiệm vụ " + marker
                + " trong năm 2026.\n").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aFailureBetweenCommitAndIndexIsRepairedFromTheDatabase() throws Exception {
        SearchIndex real = io.quarkus.arc.ClientProxy.unwrap(index);
        QuarkusMock.installMockForType(new SearchIndex() {
            @Override
            public void replace(IndexedDocument doc, long generation, boolean commitNow) throws IOException {
                throw new IOException("simulated crash after the database commit");
            }

            @Override
            public long generation() {
                return real.generation();
            }

            @Override
            public SearchResponse search(SearchRequest request) {
                return real.search(request);
            }
        }, SearchIndex.class);
        long id;
        try {
            id = ingest.ingest(doc("zqxjvkw"), "crash.txt").documentId();
        } finally {
            QuarkusMock.installMockForType(real, SearchIndex.class);
        }
        given().get("/api/documents/{id}", id).then().statusCode(200);
        assertTrue(ingest.indexIsBehind(), "the index missed the write");
        startup.repairIndex();
        assertFalse(ingest.indexIsBehind());
        given().queryParam("q", "zqxjvkw").get("/api/search").then().statusCode(200).body("total", greaterThan(0));
    }

    @Test
    void concurrentUploadsAndSearchesAreSafe() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Callable<Integer>> work = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            byte[] body = doc("song song " + i + " kbx" + i);
            // every document is uploaded twice at once: it must be stored exactly once
            for (int copy = 0; copy < 2; copy++) {
                work.add(() -> WriteApiTest.authorized().contentType("text/plain").body(body)
                        .post("/api/documents?filename=concurrent.txt").then().extract().path("document.id"));
            }
            work.add(() -> given().queryParam("q", "Sở Tài chính").get("/api/search").then().statusCode(200)
                    .extract().statusCode());
        }
        List<Future<Integer>> results = pool.invokeAll(work, 2, TimeUnit.MINUTES);
        pool.shutdown();
        Set<Integer> ids = new HashSet<>();
        int searches = 0;
        for (int i = 0; i < results.size(); i++) {
            Integer value = results.get(i).get();
            if (i % 3 == 2) {
                assertEquals(200, value);
                searches++;
            } else {
                ids.add(value);
            }
        }
        assertEquals(8, searches);
        assertEquals(8, ids.size(), "each distinct upload stored once: " + ids);
        for (int i = 0; i < 8; i++) {
            given().queryParam("q", "kbx" + i).get("/api/search").then().statusCode(200)
                    .body("total", greaterThan(0));
        }
        given().get("/api/documents/{id}", ids.iterator().next()).then().body("sourceName",
                equalTo("concurrent.txt"));
    }
}
