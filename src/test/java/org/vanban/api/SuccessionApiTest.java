package org.vanban.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SuccessionApiTest {

    @BeforeEach
    void ready() {
        Ready.await();
    }

    @Test
    void anEndedAgencyShowsWhoTookOver() {
        given().get("/api/agencies/so-giao-thong-van-tai").then().statusCode(200)
                .body("validTo", equalTo("2025-03-01"))
                .body("successors[0].id", equalTo("so-xay-dung"))
                .body("successors[0].checked", equalTo(false))
                .body("endedBy", org.hamcrest.Matchers.containsString("45/2025/NĐ-CP"));
        given().get("/api/agencies/so-xay-dung").then().statusCode(200)
                .body("validTo", nullValue())
                .body("predecessors.id", hasItem("so-giao-thong-van-tai"));
    }

    @Test
    void soXayDungInheritsTheTasksOfSoGiaoThongVanTai() {
        int own = given().get("/api/agencies/so-xay-dung/tasks?size=500").then().statusCode(200).extract()
                .path("total");
        int gtvt = given().get("/api/agencies/so-giao-thong-van-tai/tasks?size=500").then().extract().path("total");
        List<Map<String, Object>> inherited = given().get("/api/agencies/so-xay-dung/tasks?inherited=true&size=500")
                .then().statusCode(200).body("total", greaterThan(own)).extract().path("items");
        long fromGtvt = inherited.stream().filter(t -> t.get("inheritedFrom") != null
                && "so-giao-thong-van-tai".equals(((Map<?, ?>) t.get("inheritedFrom")).get("id"))).count();
        assertTrue(fromGtvt > 0 && fromGtvt <= gtvt, "marked inherited: " + fromGtvt);
    }

    @Test
    void everyTaskCarriesItsCurrentOwnersAndDueStatus() {
        given().queryParam("agency", "so-giao-thong-van-tai").queryParam("role", "lead")
                .queryParam("asOf", "2026-01-01").get("/api/tasks").then().statusCode(200)
                .body("items.currentOwners.id", everyItem(hasItem("so-xay-dung")))
                .body("items.dueStatus", everyItem(org.hamcrest.Matchers.oneOf("passed", "due", "upcoming",
                        "recurring", "ongoing", "none")));
        given().queryParam("agency", "so-giao-thong-van-tai").queryParam("role", "lead")
                .queryParam("asOf", "2020-01-01").get("/api/tasks").then().statusCode(200)
                .body("items.currentOwners.id", everyItem(hasItem("so-giao-thong-van-tai")));
    }

    @Test
    void scorecardCountsByStatusAndRole() {
        Map<String, Integer> early = given().get("/api/agencies/so-ke-hoach-va-dau-tu/summary?asOf=2020-03-20")
                .then().statusCode(200).body("asOf", equalTo("2020-03-20")).extract().path("byRole.lead");
        Map<String, Integer> late = given().get("/api/agencies/so-ke-hoach-va-dau-tu/summary?asOf=2031-01-01")
                .then().statusCode(200).extract().path("byRole.lead");
        assertTrue(late.get("passed") > early.get("passed"), early + " → " + late);
        assertTrue(early.get("upcoming") + early.get("due") > 0, early.toString());
        given().get("/api/agencies/so-ke-hoach-va-dau-tu/summary?asOf=ngày mai").then().statusCode(400);
    }
}
