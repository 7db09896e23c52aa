package org.vanban.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;

import org.vanban.bench.BenchQueries.BenchQuery;

/** {@code GET /api/search} over loopback HTTP/1.1, the body read in full. */
final class VanbanSearch implements SearchLoad.Executor, AutoCloseable {

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newCachedThreadPool()).build();

    VanbanSearch(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    static String path(BenchQuery query) {
        StringBuilder url = new StringBuilder("/api/search?size=10&q=").append(encode(query.text()));
        if (query.type() != null) {
            url.append("&type=").append(encode(query.type()));
        }
        if (query.yearFrom() != null) {
            url.append("&yearFrom=").append(query.yearFrom());
        }
        if (!query.facets()) {
            url.append("&facets=false");
        }
        return url.toString();
    }

    @Override
    public void execute(BenchQuery query) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + path(query)))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
    }

    /**
     * The total hit count vanban reports for a query, the size of its answer in bytes and 1 when the total is
     * exact, 0 when estimated; -1s when it cannot say.
     */
    long[] totalAndBytes(BenchQuery query) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + path(query)))
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return new long[] {-1, -1, -1};
            }
            var answer = new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body());
            return new long[] {answer.path("total").asLong(-1), response.body().getBytes(StandardCharsets.UTF_8).length,
                    answer.path("totalExact").asBoolean(true) ? 1 : 0};
        } catch (IOException e) {
            return new long[] {-1, -1, -1};
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new long[] {-1, -1, -1};
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        http.close();
    }
}
