package org.vanban.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.vanban.ingest.StartupIngestion;

/** /q/health/ready is UP only once start-up (index repair and corpus ingestion) is done. */
@Readiness
@ApplicationScoped
public class StartupReadinessCheck implements HealthCheck {

    @Inject
    StartupIngestion startup;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("startup-ingestion").status(startup.isReady())
                .withData("state", startup.state()).build();
    }
}
