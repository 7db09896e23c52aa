package org.vanban.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vanban.index.SearchIndex;
import org.vanban.index.SearchSlots;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class SearchApiTest {

    @Inject
    SearchIndex searchIndex;

    @BeforeEach
    void ready() {
        Ready.await();
    }

    private static List<String> top(String q) {
        return top(q, 5);
    }

    private static List<String> top(String q, int size) {
        return given().queryParam("q", q).queryParam("size", size).get("/api/search").then().statusCode(200)
                .extract().path("items.link");
    }

    /**
     * Case does not change the hits; without diacritics the search finds every spelling, so the spelled query's best
     * passages are among its best too (SeedSearchTest has the details).
     */
    @Test
    void withAndWithoutDiacriticsTheSameBestPassages() {
        List<String> accented = top("giao thông vận tải");
        assertEquals(accented, top("GIAO THÔNG VẬN TẢI"));
        assertTrue(top("giao thong van tai", 20).containsAll(accented), "unaccented finds the spelled query's best");
        assertTrue(top("do son", 20).containsAll(top("Đồ Sơn")));
    }

    @Test
    void hitsCarryProvenanceSnippetsAndFacets() {
        given().queryParam("q", "cảng Lạch Huyện").get("/api/search").then().statusCode(200)
                .body("total", greaterThan(0))
                .body("items[0].snippet", containsString("<mark>"))
                .body("items[0].link", startsWith("/api/documents/"))
                .body("items[0].document.sourceName", notNullValue())
                .body("facets.type", notNullValue())
                .body("facets.document", notNullValue())
                .body("facets.year", notNullValue());
        String link = given().queryParam("q", "cảng Lạch Huyện").queryParam("kind", "clause").get("/api/search")
                .then().extract().path("items[0].link");
        given().urlEncodingEnabled(false).get(link).then().statusCode(200).body("text", notNullValue());
    }

    @Test
    void aCallerThatNeedsNoFacetsGetsTheSameHitsWithoutThem() {
        var withFacets = given().queryParam("q", "cảng Lạch Huyện").get("/api/search").then().statusCode(200)
                .extract().jsonPath();
        var without = given().queryParam("q", "cảng Lạch Huyện").queryParam("facets", "false").get("/api/search")
                .then().statusCode(200).body("facets", equalTo(Map.of())).extract().jsonPath();
        assertEquals(withFacets.getLong("total"), without.getLong("total"));
        assertEquals(withFacets.getList("items.link"), without.getList("items.link"));
    }

    @Test
    void filtersNarrowTheHits() {
        given().queryParam("q", "cảng").queryParam("kind", "task").queryParam("agency", "Sở GTVT")
                .get("/api/search").then().statusCode(200).body("items.kind", everyItem(equalTo("task")));
        given().queryParam("q", "cảng").queryParam("type", "Kế hoạch").get("/api/search").then().statusCode(200)
                .body("total", greaterThan(0));
        given().queryParam("q", "45-NQ/TW").get("/api/search").then().statusCode(200)
                .body("total", greaterThan(0));
        given().queryParam("q", "cảng").queryParam("size", 3).queryParam("sort", "date").get("/api/search").then()
                .statusCode(200).body("items.size()", lessThanOrEqualTo(3)).body("size", equalTo(3));
        given().queryParam("q", "xyzxyz khongtontai").get("/api/search").then().statusCode(200)
                .body("total", equalTo(0));
    }

    @ParameterizedTest(name = "{0} is a 400")
    @CsvSource(delimiter = '|', value = {
            "q=", "size=1000&q=cảng", "page=-1&q=cảng", "page=abc&q=cảng", "kind=spaceship&q=cảng",
            "sort=popularity&q=cảng", "facets=maybe&q=cảng", "agency=Cơ quan không tồn tại&q=cảng", "yearFrom=2030&yearTo=2020&q=cảng" })
    void badRequestsSayWhatToChange(String query) {
        given().urlEncodingEnabled(true).get("/api/search?" + query).then().statusCode(400)
                .contentType("application/problem+json").body("detail", notNullValue());
    }

    /** An overloaded service says so, and when to come back, instead of leaving the client waiting. */
    @Test
    void aSearchThatCannotGetItsTurnIsA503WithRetryAfter() throws InterruptedException {
        try (SearchSlots held = SearchSlots.holdAll(searchIndex, Duration.ofMillis(50))) {
            given().queryParam("q", "cảng").get("/api/search").then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", String.valueOf(ProblemMappers.RETRY_AFTER_SECONDS))
                    .body("type", endsWith("/busy")).body("detail", containsString("Retry"));
        }
        given().queryParam("q", "cảng").get("/api/search").then().statusCode(200);
    }

    @Test
    void longAndMalformedQueriesNeverFail() {
        given().queryParam("q", "x".repeat(1001)).get("/api/search").then().statusCode(400)
                .body("detail", containsString("1"));
        given().queryParam("q", "ab ".repeat(40)).get("/api/search").then().statusCode(400);
        for (String q : List.of("\"unclosed", "+", "-", "((", "*", "~1", "a | | b", "\u0000")) {
            int status = given().queryParam("q", q).get("/api/search").then().extract().statusCode();
            assertEquals(true, status == 200 || status == 400, q + " → " + status);
        }
    }
}
