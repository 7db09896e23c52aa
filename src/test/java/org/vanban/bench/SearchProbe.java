package org.vanban.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.vanban.bench.BenchQueries.BenchQuery;
import org.vanban.index.SearchIndex;
import org.vanban.index.SearchRequest;
import org.vanban.index.SearchResponse;

/**
 * The benchmark's query mix run in process against an index directory left by a bench run (the service
 * stopped), one query at a time, without HTTP: where a search's own time goes, query by query. Not a test: a
 * main, for profiling between full bench runs.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) -Dbench.index=target/bench/data-10000/index \
 *      org.vanban.bench.SearchProbe
 * </pre>
 *
 * Properties: {@code bench.index} (the index directory), {@code bench.rounds} (timed runs of each query, 50),
 * {@code bench.type} and {@code bench.year} (the filtered queries' values; defaults those of the synthetic
 * corpora).
 */
public final class SearchProbe {

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("bench.root", ".")).toAbsolutePath().normalize();
        Path indexDir = Path.of(System.getProperty("bench.index", "target/bench/data-10000/index"));
        int rounds = Integer.getInteger("bench.rounds", 50);
        List<BenchQuery> mix = BenchQueries.mix(root.resolve("src/test/resources/relevance/queries.json"),
                System.getProperty("bench.type", "Chương trình hành động"), Integer.getInteger("bench.year", 2022));
        SearchIndex index = new SearchIndex();
        index.open(indexDir);
        try {
            for (int warm = 0; warm < 5; warm++) {
                for (BenchQuery q : mix) {
                    index.search(request(q));
                }
            }
            double sum = 0;
            for (BenchQuery q : mix) {
                long[] nanos = new long[rounds];
                SearchResponse last = null;
                for (int r = 0; r < rounds; r++) {
                    long t0 = System.nanoTime();
                    last = index.search(request(q));
                    nanos[r] = System.nanoTime() - t0;
                }
                Arrays.sort(nanos);
                double mean = Arrays.stream(nanos).average().orElse(0) / 1e6;
                sum += mean;
                System.out.printf(Locale.ROOT, "%-32s %8d%s  mean %7.2f  p50 %7.2f  max %7.2f ms%n",
                        q.text() + (q.type() != null ? " +type" : "") + (q.yearFrom() != null ? " +year" : ""),
                        last.total(), last.exact() ? " " : "≈", mean, nanos[rounds / 2] / 1e6,
                        nanos[rounds - 1] / 1e6);
            }
            System.out.printf(Locale.ROOT, "mean over the mix: %.2f ms%n", sum / mix.size());
        } finally {
            index.close();
        }
    }

    static SearchRequest request(BenchQuery q) {
        return new SearchRequest(q.text(), List.of(), q.type() == null ? List.of() : List.of(q.type()), List.of(),
                List.of(), q.yearFrom(), null, new ArrayList<>(), "relevance", 0, 10);
    }
}
