package org.vanban.api;

import static io.restassured.RestAssured.given;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class DocumentResourceTest {

    static final String[] SEEDS = { "000_a94093d8dfa7b875.txt", "001_a99ad02499007063.txt",
            "002_849468c7549e9275.txt", "003_a5a578a4b8df2a53.txt", "004_bf0562e2cffc9437.txt" };

    @BeforeEach
    void ready() {
        Ready.await();
    }

    static long idOf(String sourceName) {
        return given().queryParam("size", 500).get("/api/documents").then().statusCode(200).extract()
                .jsonPath().getLong("items.find { it.sourceName == '" + sourceName + "' }.id");
    }

    @Test
    void listsTheSeedCorpusByFileName() {
        given().get("/api/documents").then().statusCode(200)
                .body("items.sourceName", org.hamcrest.Matchers.hasItems(SEEDS))
                .body("page", equalTo(0))
                .body("size", equalTo(50))
                .body("total", greaterThan(4));
    }

    @Test
    void pagingCapsTheSizeAndRejectsANegativePage() {
        given().queryParam("size", 10_000).get("/api/documents").then().statusCode(200).body("size", equalTo(500));
        given().queryParam("page", -1).get("/api/documents").then().statusCode(400)
                .contentType("application/problem+json").body("status", equalTo(400));
    }

    @Test
    void oneDocumentHasCounts() {
        long id = idOf(SEEDS[4]);
        given().get("/api/documents/{id}", id).then().statusCode(200)
                .body("sourceName", equalTo(SEEDS[4]))
                .body("counts.clauses", greaterThan(0))
                .body("counts.tasks", notNullValue())
                .body("counts.targets", notNullValue())
                .body("counts.references", notNullValue());
    }

    @Test
    void textIsTheNormalizedText() {
        long id = idOf(SEEDS[2]);
        given().get("/api/documents/{id}/text", id).then().statusCode(200).body("text", notNullValue());
    }

    @Test
    void clauseOffsetsPointIntoTheText() {
        long id = idOf(SEEDS[0]);
        String text = given().get("/api/documents/{id}/text", id).then().extract().path("text");
        var clauses = given().get("/api/documents/{id}/clauses", id).then().statusCode(200).extract().jsonPath();
        int start = clauses.getInt("items[0].start");
        int end = clauses.getInt("items[0].end");
        String path = clauses.getString("items[0].path");
        org.junit.jupiter.api.Assertions.assertTrue(start >= 0 && end <= text.length() && start <= end);
        given().get("/api/documents/{id}/clauses/{path}", id, path).then().statusCode(200)
                .body("path", equalTo(path)).body("children", notNullValue());
    }

    @Test
    void unknownIdsAreProblemJson404() {
        given().get("/api/documents/999999999").then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("type", notNullValue())
                .body("title", equalTo("Not found"));
        given().get("/api/documents/999999999/text").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/documents/999999999/clauses").then().statusCode(404);
        long id = idOf(SEEDS[0]);
        given().get("/api/documents/{id}/clauses/{path}", id, "XIV.99.z").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/documents/not-a-number").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/nothing-here").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void healthAndOpenApiAreServed() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health").then().statusCode(200);
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths.keySet()", org.hamcrest.Matchers.hasItems("/api/documents", "/api/search"));
    }

    /** A client generated from the contract knows the shape of every error answer. */
    @Test
    void theContractDocumentsEveryErrorAsAProblem() {
        var contract = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract()
                .jsonPath();
        assertEquals(List.of("type", "title", "status"), contract.getList("components.schemas.Problem.required"));
        Map<String, Map<String, Object>> paths = contract.getMap("paths");
        paths.forEach((path, operations) -> operations.keySet().forEach(method -> assertEquals(
                "#/components/schemas/Problem",
                contract.getString("paths.'" + path + "'." + method
                        + ".responses.default.content.'application/problem+json'.schema.'$ref'"),
                method + " " + path)));
    }

    @Test
    void searchFindsThePortClauses() {
        given().queryParam("q", "cảng").get("/api/search").then().statusCode(200)
                .body("total", greaterThan(0))
                .body("items[0].document.id", notNullValue())
                .body("items[0].clausePath", notNullValue())
                .body("items[0].snippet", notNullValue());
    }

    @Test
    void aSecondIngestOfTheSameFileChangesNothing() {
        long before = given().get("/api/documents").then().extract().jsonPath().getLong("total");
        byte[] bytes = readSeed(SEEDS[2]);
        given().header("X-API-Key", "test-key").contentType("text/plain").body(bytes)
                .queryParam("filename", SEEDS[2]).post("/api/documents")
                .then().statusCode(200).body("document.id", equalTo((int) idOf(SEEDS[2])));
        given().get("/api/documents").then().body("total", equalTo((int) before));
    }

    static byte[] readSeed(String name) {
        try {
            return java.nio.file.Files.readAllBytes(java.nio.file.Path.of("corpus", name));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

}
