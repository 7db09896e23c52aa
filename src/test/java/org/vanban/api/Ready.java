package org.vanban.api;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.Instant;

/** Waits for start-up ingestion: tests begin once the service says it is ready. */
final class Ready {

    private Ready() {
    }

    static void await() {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            if (given().get("/q/health/ready").statusCode() == 200) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("the service did not become ready within 3 minutes");
    }
}
