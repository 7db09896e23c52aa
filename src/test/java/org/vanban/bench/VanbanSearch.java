package org.vanban.bench;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.vanban.bench.BenchQueries.BenchQuery;

/** {@code GET /api/search} over loopback HTTP/1.1 ({@link LoopbackHttp}), the body read in full. */
final class VanbanSearch implements SearchLoad.Executor, AutoCloseable {

    private final LoopbackHttp http;

    VanbanSearch(String baseUrl) {
        this.http = new LoopbackHttp(baseUrl);
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
    public void execute(BenchQuery query) throws IOException {
        LoopbackHttp.Response response = http.get(path(query));
        if (response.status() != 200) {
            throw new IOException("HTTP " + response.status() + ": " + response.text());
        }
    }

    /**
     * The total hit count vanban reports for a query, the size of its answer in bytes and 1 when the total is
     * exact, 0 when estimated; -1s when it cannot say.
     */
    long[] totalAndBytes(BenchQuery query) {
        try {
            LoopbackHttp.Response response = http.get(path(query));
            if (response.status() != 200) {
                return new long[] {-1, -1, -1};
            }
            var answer = new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body());
            return new long[] {answer.path("total").asLong(-1), response.body().length,
                    answer.path("totalExact").asBoolean(true) ? 1 : 0};
        } catch (IOException e) {
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
