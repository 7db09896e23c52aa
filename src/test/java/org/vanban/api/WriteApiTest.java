package org.vanban.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class WriteApiTest {

    static final String KEY = "test-key";

    @BeforeEach
    void ready() {
        Ready.await();
    }

    static RequestSpecification authorized() {
        return given().header("X-API-Key", KEY);
    }

    static byte[] uniqueText(String marker) {
        return ("ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG\nSố: " + Math.abs(marker.hashCode()) + "/KH-UBND\n"
                + "KẾ HOẠCH\nVề việc thử nghiệm " + marker + "\n"
                + "I. MỤC ĐÍCH\n1. Sở Giao thông vận tải chủ trì, phối hợp với Sở Tài chính triển khai cảng biển "
                + marker + ". Thời gian hoàn thành: Quý IV/2025.\n").getBytes(StandardCharsets.UTF_8);
    }

    static long total() {
        return given().get("/api/documents").then().extract().jsonPath().getLong("total");
    }

    @Test
    void writesNeedTheKey() {
        byte[] body = uniqueText("khóa");
        given().contentType("text/plain").body(body).post("/api/documents?filename=a.txt").then().statusCode(401)
                .contentType("application/problem+json").body("detail", containsString("X-API-Key"));
        given().header("X-API-Key", "wrong").contentType("text/plain").body(body)
                .post("/api/documents?filename=a.txt").then().statusCode(401);
        given().header("Authorization", "Bearer wrong").delete("/api/documents/1").then().statusCode(401);
        given().post("/api/reindex").then().statusCode(401);
        given().header("Authorization", "Bearer " + KEY).contentType("text/plain").body(body)
                .post("/api/documents?filename=bearer.txt").then().statusCode(201);
    }

    @Test
    void multipartUploadCreatesThenAnswersTheSameDocument() throws Exception {
        Path file = Files.createTempFile("upload", ".txt");
        Files.write(file, uniqueText("multipart"));
        long before = total();
        int id = authorized().multiPart("file", file.toFile(), "text/plain").post("/api/documents")
                .then().statusCode(201)
                .header("Location", endsWith("/api/documents/" + authorized().multiPart("file", file.toFile(),
                        "text/plain").post("/api/documents").then().statusCode(200).extract().path("document.id")))
                .body("report.clauses", greaterThan(0))
                .extract().path("document.id");
        assertEquals(before + 1, total());
        given().get("/api/documents/{id}", id).then().statusCode(200)
                .body("sourceName", equalTo(file.getFileName().toString()));
    }

    @Test
    void rawUploadKeepsTheFileName() {
        authorized().contentType("text/plain; charset=UTF-8").body(uniqueText("raw"))
                .post("/api/documents?filename=ke-hoach-raw.txt").then().statusCode(201)
                .body("document.sourceName", equalTo("ke-hoach-raw.txt"))
                .body("report.warnings", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void putReplacesContentKeepingTheIdAndDeleteRemovesIt() {
        int id = authorized().contentType("text/plain").body(uniqueText("trước"))
                .post("/api/documents?filename=replace.txt").then().statusCode(201).extract().path("document.id");
        authorized().contentType("text/plain").body(uniqueText("sau khi thay thế"))
                .put("/api/documents/{id}", id).then().statusCode(200).body("document.id", equalTo(id))
                .body("document.sourceName", equalTo("replace.txt"));
        given().get("/api/documents/{id}/text", id).then().body("text", containsString("sau khi thay thế"))
                .body("text", not(containsString("trước")));
        authorized().delete("/api/documents/{id}", id).then().statusCode(204);
        given().get("/api/documents/{id}", id).then().statusCode(404);
        authorized().delete("/api/documents/{id}", id).then().statusCode(404)
                .contentType("application/problem+json");
        authorized().contentType("text/plain").body(uniqueText("x")).put("/api/documents/99999999").then()
                .statusCode(404);
    }

    @Test
    void putWithAnotherDocumentsContentIsAConflict() {
        int a = authorized().contentType("text/plain").body(uniqueText("xung đột A"))
                .post("/api/documents?filename=a.txt").then().statusCode(201).extract().path("document.id");
        authorized().contentType("text/plain").body(uniqueText("xung đột B"))
                .post("/api/documents?filename=b.txt").then().statusCode(201);
        authorized().contentType("text/plain").body(uniqueText("xung đột B")).put("/api/documents/{id}", a)
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void reindexRebuildsFromTheDatabase() {
        long documents = total();
        authorized().post("/api/reindex").then().statusCode(200).body("documents", equalTo((int) documents));
    }

    @Test
    void badFilesAreClearProblemsAndStoreNothing() {
        long before = total();
        authorized().contentType("text/plain").body(new byte[0]).post("/api/documents?filename=empty.txt")
                .then().statusCode(400).contentType("application/problem+json").body("type", endsWith("empty-file"));
        authorized().contentType("text/plain").body("   \n\t  \n".getBytes(StandardCharsets.UTF_8))
                .post("/api/documents?filename=blank.txt").then().statusCode(400);
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        authorized().contentType("application/octet-stream").body(garbage).post("/api/documents?filename=x.bin")
                .then().statusCode(415).contentType("application/problem+json");
        byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R' };
        authorized().contentType("image/png").body(png).post("/api/documents?filename=photo.png").then()
                .statusCode(415).body("type", endsWith("unsupported-type"));
        assertEquals(before, total());
    }

    @Test
    void anUploadOverTheLimitIs413WhileStreaming() {
        long before = total();
        byte[] big = new byte[2 * 1024 * 1024 + 10];
        java.util.Arrays.fill(big, (byte) 'a');
        authorized().contentType("text/plain").body(big).post("/api/documents?filename=big.txt").then()
                .statusCode(413).contentType("application/problem+json").body("detail", containsString("limit"));
        assertEquals(before, total());
    }

    @Test
    void hostileFileNamesAreSanitised() {
        authorized().contentType("text/plain").body(uniqueText("traversal"))
                .post("/api/documents?filename=../../etc/passwd").then().statusCode(201)
                .body("document.sourceName", equalTo("passwd"));
        String longName = "a".repeat(10_000) + ".txt";
        String stored = authorized().multiPart("file", longName, uniqueText("long name"), "text/plain")
                .post("/api/documents").then().statusCode(201)
                .extract().path("document.sourceName");
        assertTrue(stored.length() <= 255 && stored.endsWith(".txt"), stored);
        try (Stream<Path> files = Files.walk(Path.of("/etc"), 1)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().contains("traversal")));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void malformedMultipartIsA4xxProblem() {
        int status = authorized().contentType("multipart/form-data; boundary=XYZ")
                .body("--XYZ\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nno end".getBytes())
                .post("/api/documents").then().extract().statusCode();
        assertTrue(status >= 400 && status < 500, "status " + status);
        authorized().multiPart("other", "x").post("/api/documents").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("'file'"));
    }
}
