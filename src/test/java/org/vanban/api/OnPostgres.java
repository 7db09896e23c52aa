package org.vanban.api;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Runs an API test class against a real PostgreSQL (default 127.0.0.1:5432, database test, trust auth; set
 * VANBAN_TEST_PG_URL / VANBAN_TEST_PG_USER to point elsewhere). Each run starts from an empty schema.
 * Test classes use it with {@code @TestProfile(OnPostgres.class)} and
 * {@code @EnabledIf("org.vanban.api.OnPostgres#reachable")}, so a machine without PostgreSQL skips them and
 * says so.
 */
public class OnPostgres implements QuarkusTestProfile {

    static final String URL = System.getenv().getOrDefault("VANBAN_TEST_PG_URL",
            "jdbc:postgresql://127.0.0.1:5432/test");
    static final String USER = System.getenv().getOrDefault("VANBAN_TEST_PG_USER", "postgres");
    static final String SCHEMA = "vanban_test";

    private static Boolean reachable;

    public static synchronized boolean reachable() {
        if (reachable == null) {
            try (Connection c = DriverManager.getConnection(URL + "?connectTimeout=2", USER,
                    System.getenv("VANBAN_TEST_PG_PASSWORD"))) {
                reachable = c.isValid(2);
            } catch (SQLException e) {
                reachable = false;
            }
            if (!reachable) {
                System.out.println("PostgreSQL suite skipped: no PostgreSQL at " + URL + " (set VANBAN_TEST_PG_URL)");
            }
        }
        return reachable;
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                Map.entry("quarkus.datasource.db-kind", "postgresql"),
                Map.entry("quarkus.datasource.jdbc.url", URL + "?currentSchema=" + SCHEMA),
                Map.entry("quarkus.datasource.username", USER),
                Map.entry("quarkus.datasource.password", System.getenv().getOrDefault("VANBAN_TEST_PG_PASSWORD", "")),
                Map.entry("quarkus.flyway.schemas", SCHEMA),
                Map.entry("quarkus.flyway.create-schemas", "true"),
                Map.entry("quarkus.flyway.clean-disabled", "false"),
                Map.entry("quarkus.flyway.clean-at-start", "true"));
    }

    @Override
    public String getConfigProfile() {
        return "test";
    }
}
