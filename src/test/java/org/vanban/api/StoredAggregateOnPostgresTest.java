package org.vanban.api;

import org.junit.jupiter.api.condition.EnabledIf;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(OnPostgres.class)
@EnabledIf("org.vanban.api.OnPostgres#reachable")
class StoredAggregateOnPostgresTest extends StoredAggregateTest {
}
