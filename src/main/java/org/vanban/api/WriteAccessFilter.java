package org.vanban.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

import org.vanban.config.VanbanConfig;

/**
 * Lets a write through only with the configured key, sent as {@code X-API-Key} or
 * {@code Authorization: Bearer <key>}. Keys are compared as SHA-256 digests with
 * {@link MessageDigest#isEqual}, so the time taken says nothing about the key.
 */
@Provider
@WriteAccess
public class WriteAccessFilter implements ContainerRequestFilter {

    static final String API_KEY_HEADER = "X-API-Key";
    private static final String BEARER = "Bearer ";

    // a provider is built before runtime configuration exists: look the config up per request
    @Inject
    Instance<VanbanConfig> config;

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<String> configured = config.get().apiKey().filter(k -> !k.isBlank());
        if (configured.isEmpty()) {
            request.abortWith(Problem.of("writes-disabled", "Writes are disabled", 403,
                    "This server has no API key configured, so it accepts no writes. Set vanban.api-key "
                            + "(environment variable VANBAN_API_KEY) and restart.")
                    .at(request.getUriInfo().getPath()).toResponse());
            return;
        }
        String presented = presentedKey(request);
        if (presented == null || !MessageDigest.isEqual(digest(presented), digest(configured.get()))) {
            request.abortWith(Problem.of("unauthorized", "Missing or wrong API key", 401,
                    "Send the API key as the X-API-Key header or as 'Authorization: Bearer <key>'.")
                    .at(request.getUriInfo().getPath()).toResponse());
        }
    }

    private static String presentedKey(ContainerRequestContext request) {
        String key = request.getHeaderString(API_KEY_HEADER);
        if (key != null && !key.isBlank()) {
            return key.strip();
        }
        String auth = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (auth != null && auth.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return auth.substring(BEARER.length()).strip();
        }
        return null;
    }

    private static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
