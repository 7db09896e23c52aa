package org.vanban.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar, restarted for real: a restart duplicates nothing, a deleted index directory is rebuilt
 * from the database, and a kill -9 in the middle of an ingest leaves the whole document or none of it.
 */
class RestartIT {

    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");
    private static final Duration START = Duration.ofMinutes(3);

    @TempDir
    Path data;

    private final Path corpus = Path.of("corpus");

    private static long total(String json) {
        Matcher m = TOTAL.matcher(json);
        assertTrue(m.find(), json);
        return Long.parseLong(m.group(1));
    }

    private Path log() {
        return data.resolve("server.log");
    }

    @Test
    void restartDuplicatesNothingAndAMissingIndexIsRebuilt() throws Exception {
        long documents;
        long hits;
        try (ServerProcess server = ServerProcess.start(data.resolve("d"), corpus, log())) {
            server.awaitReady(START);
            documents = total(server.get("/api/documents").body());
            hits = total(server.get("/api/search?q=c%E1%BA%A3ng").body());
            assertEquals(5, documents);
            assertTrue(hits > 0);
        }
        try (ServerProcess server = ServerProcess.start(data.resolve("d"), corpus, log())) {
            server.awaitReady(START);
            assertEquals(documents, total(server.get("/api/documents").body()), "restart duplicated documents");
            assertEquals(hits, total(server.get("/api/search?q=c%E1%BA%A3ng").body()));
        }
        deleteTree(data.resolve("d").resolve("index"));
        try (ServerProcess server = ServerProcess.start(data.resolve("d"), corpus, log())) {
            server.awaitReady(START);
            assertEquals(documents, total(server.get("/api/documents").body()));
            assertEquals(hits, total(server.get("/api/search?q=c%E1%BA%A3ng").body()), "index not rebuilt");
        }
    }

    @Test
    void aKillDuringIngestLeavesAllOrNothing() throws Exception {
        Path empty = Files.createDirectories(data.resolve("no-corpus"));
        StringBuilder text = new StringBuilder("KẾ HOẠCH\nVề việc kiểm tra độ bền qxzkill\n");
        for (int i = 1; i <= 3000; i++) {
            text.append(i).append(". Sở Tài chính chủ trì, phối hợp với Sở Xây dựng triển khai nhiệm vụ số ")
                    .append(i).append(" qxzkill trong Quý IV/2026.\n");
        }
        byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
        try (ServerProcess server = ServerProcess.start(data.resolve("k"), empty, log())) {
            server.awaitReady(START);
            CompletableFuture<?> upload = CompletableFuture.runAsync(() -> {
                try {
                    server.post("/api/documents?filename=kill.txt", body);
                } catch (Exception expected) {
                    // the server dies under it
                }
            });
            Thread.sleep(300);
            server.kill();
            upload.join();
        }
        try (ServerProcess server = ServerProcess.start(data.resolve("k"), empty, log())) {
            server.awaitReady(START);
            long documents = total(server.get("/api/documents").body());
            long hits = total(server.get("/api/search?q=qxzkill").body());
            assertTrue(documents <= 1, "at most the one document");
            assertEquals(documents == 1, hits > 0, "database and index agree after the crash");
            if (documents == 1) {
                String detail = server.get("/api/documents?size=1").body();
                assertTrue(detail.contains("kill.txt"), detail);
            }
            // the same upload completes normally afterwards, once
            int status = server.post("/api/documents?filename=kill.txt", body).statusCode();
            assertTrue(status == 201 || status == 200, "status " + status);
            assertEquals(1, total(server.get("/api/documents").body()));
        }
    }

    private static void deleteTree(Path root) throws Exception {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        assertTrue(Files.notExists(root));
    }
}
