package org.vanban.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Targets, indicators and the citation graph over the seed corpus, answered by the gold files. */
@QuarkusTest
class CrossReferenceApiTest {

    static final String PLAN_86 = "004_bf0562e2cffc9437.txt";

    @BeforeEach
    void ready() {
        Ready.await();
    }

    @Test
    void everyDocumentThatCites45NqTw() {
        given().queryParam("number", "45-NQ/TW").get("/api/references").then().statusCode(200)
                .body("items.document.sourceName", containsInAnyOrder("000_a94093d8dfa7b875.txt",
                        "001_a99ad02499007063.txt", "002_849468c7549e9275.txt", PLAN_86))
                .body("items.find { it.document.sourceName == '" + PLAN_86 + "' }.relation", equalTo("implements"))
                .body("items.clausePaths", everyItem(org.hamcrest.Matchers.not(org.hamcrest.Matchers.empty())));
        // the number is normalized for lookup: case and spaces do not matter
        given().queryParam("number", "45 - nq/tw").get("/api/references").then().body("total", equalTo(4));
        given().queryParam("number", "9999-NQ/TW").get("/api/references").then().statusCode(200)
                .body("total", equalTo(0));
        given().get("/api/references").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aDocumentsReferencesAreResolvedAndConflictsFlagged() {
        long id = DocumentResourceTest.idOf(PLAN_86);
        List<Map<String, Object>> refs = given().get("/api/documents/{id}/references", id).then().statusCode(200)
                .body("items.number", hasItems("108/NQ-CP", "76-CTr/TU", "45-NQ/TW", "89/2017/NĐ-CP"))
                .body("items.number", everyItem(org.hamcrest.Matchers.not(equalTo("86/KH-UBND"))))
                .extract().path("items");
        Map<String, Object> nq108 = refs.stream().filter(r -> "108/NQ-CP".equals(r.get("number"))).findFirst()
                .orElseThrow();
        assertEquals("Nghị quyết", nq108.get("type"));
        assertEquals(true, nq108.get("conflicting"), "26/11/2019 here, 16/11/2019 in the news article");
        assertTrue(((List<?>) nq108.get("statedDates")).containsAll(List.of("2019-11-16", "2019-11-26")));
        assertTrue(refs.stream().anyMatch(r -> "implements".equals(r.get("relation"))));
    }

    @Test
    void theGraphLinksDocumentsThroughCitedNumbers() {
        long id = DocumentResourceTest.idOf(PLAN_86);
        given().queryParam("document", id).queryParam("depth", 1).get("/api/graph").then().statusCode(200)
                .body("nodes.id", hasItem("doc:" + id))
                .body("nodes.label", hasItem("45-NQ/TW"))
                .body("edges.relation", hasItem("implements"));
        int deeper = given().queryParam("document", id).queryParam("depth", 2).get("/api/graph").then()
                .extract().path("nodes.size()");
        int shallow = given().queryParam("document", id).queryParam("depth", 1).get("/api/graph").then()
                .extract().path("nodes.size()");
        assertTrue(deeper > shallow, "depth 2 reaches the other documents citing the same numbers");
        given().queryParam("depth", 9).get("/api/graph").then().statusCode(400);
        given().queryParam("document", 99999999).get("/api/graph").then().statusCode(404);
    }

    @Test
    void targetsCarryValuesUnitsAndYears() {
        long id = DocumentResourceTest.idOf(PLAN_86);
        given().queryParam("document", id).queryParam("q", "hàng hóa qua cảng").get("/api/targets").then()
                .statusCode(200).body("total", greaterThan(1))
                .body("items.values.flatten().unit", hasItem("triệu tấn"))
                .body("items.year", hasItems(2025, 2030));
        given().queryParam("year", 2025).queryParam("q", "hang hoa qua cang").get("/api/targets").then()
                .body("items.values.flatten().value", hasItem(350.0f));
        given().queryParam("q", "khongcochitieunay").get("/api/targets").then().body("total", equalTo(0));
    }

    @Test
    void thePortThroughputPromiseAcrossPlans() {
        Map<String, Object> indicator = given().queryParam("q", "sản lượng hàng hóa qua cảng").get("/api/indicators")
                .then().statusCode(200).body("total", greaterThan(0)).extract().path("items[0]");
        List<Map<String, Object>> timeline = (List<Map<String, Object>>) indicator.get("timeline");
        List<Number> values = timeline.stream().map(p -> (Number) p.get("value")).toList();
        assertTrue(values.stream().map(Number::intValue).toList().containsAll(List.of(350, 600, 190, 380)),
                "timeline " + values);
        assertTrue(timeline.stream().allMatch(p -> "triệu tấn".equals(p.get("unit"))));
    }

    @Test
    void listsExportAsCsv() {
        given().accept("text/csv").get("/api/targets").then().statusCode(200)
                .contentType(containsString("text/csv"))
                .body(containsString("clausePath"));
        given().queryParam("format", "csv").queryParam("number", "45-NQ/TW").get("/api/references").then()
                .statusCode(200).body(containsString("document.sourceName"));
    }
}
