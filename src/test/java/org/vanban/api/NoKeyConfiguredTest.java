package org.vanban.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(NoKeyConfiguredTest.WithoutKey.class)
class NoKeyConfiguredTest {

    public static class WithoutKey implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("vanban.api-key", "", "vanban.ingest-corpus-at-startup", "false");
        }
    }

    @BeforeEach
    void ready() {
        Ready.await();
    }

    @Test
    void writesAreRefusedWithAHowTo() {
        given().header("X-API-Key", "anything").contentType("text/plain").body("Nghị quyết".getBytes())
                .post("/api/documents?filename=a.txt").then().statusCode(403)
                .contentType("application/problem+json").body("status", equalTo(403))
                .body("detail", containsString("VANBAN_API_KEY"));
        given().post("/api/reindex").then().statusCode(403);
    }

    @Test
    void readsStayOpen() {
        given().get("/api/documents").then().statusCode(200).body("total", equalTo(0));
    }
}
