package org.vanban.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class TaskApiTest {

    static final String SO_GTVT = "Sở Giao thông vận tải";

    @BeforeEach
    void ready() {
        Ready.await();
    }

    static String agencyId(String query) {
        return given().queryParam("q", query).get("/api/agencies").then().statusCode(200).extract()
                .path("items[0].id");
    }

    @ParameterizedTest
    @ValueSource(strings = { "Sở Giao thông vận tải", "so giao thong van tai", "Sở GTVT", "SỞ GIAO THÔNG VẬN TẢI" })
    void agencyFinderResolvesSpellingsAndAbbreviations(String query) {
        given().queryParam("q", query).get("/api/agencies").then().statusCode(200)
                .body("items[0].name", equalTo(SO_GTVT))
                .body("items[0].leadCount", greaterThan(0))
                .body("items[0].type", equalTo("DEPARTMENT"));
    }

    @Test
    void groupsAreNeverAgencies() {
        List<String> names = given().queryParam("size", 500).get("/api/agencies").then().statusCode(200).extract()
                .path("items.name");
        assertTrue(names.stream().noneMatch(n -> n.toLowerCase().startsWith("các ")), names.toString());
        given().queryParam("q", "các sở, ban, ngành liên quan").get("/api/agencies").then().statusCode(200)
                .body("items.name", not(hasItem(startsWith("các"))));
    }

    @Test
    void everyTaskAssignedToSoGtvt() {
        String id = agencyId("Sở GTVT");
        int total = given().queryParam("agency", "Sở GTVT").queryParam("role", "lead").get("/api/tasks").then()
                .statusCode(200).body("total", greaterThan(3))
                .body("items.lead.id", everyItem(hasItem(id)))
                .body("items[0].document.sourceName", startsWith("00"))
                .body("items[0].clausePath", org.hamcrest.Matchers.notNullValue())
                .extract().path("total");
        given().get("/api/agencies/{id}/tasks?role=lead", id).then().statusCode(200).body("total", equalTo(total));
        given().get("/api/agencies/{id}", id).then().statusCode(200).body("leadCount", equalTo(total));
        given().get("/api/agencies/{id}/tasks?role=cooperating", id).then().statusCode(200)
                .body("items.cooperating.id", everyItem(hasItem(id)));
    }

    @Test
    void deadlinesAreDateRanges() {
        given().queryParam("dueFrom", "2021-10-01").queryParam("dueTo", "2021-12-31").get("/api/tasks").then()
                .statusCode(200).body("total", greaterThan(0))
                .body("items.deadline.kind", everyItem(equalTo("fixed")));
        given().queryParam("overdueAsOf", "2030-01-01").get("/api/tasks").then().statusCode(200)
                .body("total", greaterThan(0));
        given().queryParam("overdueAsOf", "1990-01-01").get("/api/tasks").then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void wordsFindTasksWithOrWithoutDiacritics() {
        int accented = given().queryParam("q", "cảng biển").get("/api/tasks").then().statusCode(200)
                .body("total", greaterThan(0)).extract().path("total");
        given().queryParam("q", "cang bien").get("/api/tasks").then().body("total", equalTo(accented));
        given().queryParam("q", "zzkhongcogi").get("/api/tasks").then().body("total", equalTo(0));
    }

    @Test
    void tasksExportAsCsvThatASpreadsheetOpens() {
        byte[] csv = given().accept("text/csv").queryParam("agency", "Sở GTVT").get("/api/tasks").then()
                .statusCode(200).contentType(containsString("text/csv")).extract().asByteArray();
        assertEquals((byte) 0xEF, csv[0]);
        assertEquals((byte) 0xBB, csv[1]);
        assertEquals((byte) 0xBF, csv[2]);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        String header = text.lines().findFirst().orElseThrow();
        assertTrue(header.startsWith("id,text,document.id,document.title"), header);
        assertTrue(header.contains("lead") && header.contains("deadline.text"), header);
        assertTrue(text.contains(SO_GTVT), "names survive as UTF-8");
        given().queryParam("format", "csv").get("/api/agencies").then().statusCode(200)
                .contentType(containsString("text/csv"));
    }

    @Test
    void badParametersAre400AndUnknownAgencies404() {
        given().queryParam("role", "boss").get("/api/tasks").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("lead"));
        given().queryParam("dueFrom", "Quý IV").get("/api/tasks").then().statusCode(400)
                .body("detail", containsString("ISO date"));
        given().queryParam("type", "spaceship").get("/api/agencies").then().statusCode(400);
        given().get("/api/agencies/khong-ton-tai").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/agencies/khong-ton-tai/tasks").then().statusCode(404);
        given().queryParam("agency", "Cơ quan không tồn tại").get("/api/tasks").then().statusCode(200)
                .body("total", equalTo(0));
    }
}
