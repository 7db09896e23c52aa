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
 * Properties: {@code bench.index} (the index directory, or several separated by commas: their rounds alternate
 * and the figures of each are given beside the first's, as a ratio), {@code bench.rounds} (timed runs of each query, 50),
 * {@code bench.type} and {@code bench.year} (the filtered queries' values; defaults those of the synthetic
 * corpora), {@code bench.allFacets} (count facets for every query, not only the faceted ones, as the HTTP
 * bench does).
 */
public final class SearchProbe {

    /** Times are the searching thread's CPU time: other work on the machine then changes them little. */
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("bench.root", ".")).toAbsolutePath().normalize();
        List<Path> indexDirs = Arrays.stream(System.getProperty("bench.index", "target/bench/data-10000/index")
                .split(",")).map(String::strip).map(Path::of).toList();
        int rounds = Integer.getInteger("bench.rounds", 50);
        List<BenchQuery> mix = BenchQueries.mix(root.resolve("src/test/resources/relevance/queries.json"),
                System.getProperty("bench.type", "Chương trình hành động"), Integer.getInteger("bench.year", 2022));
        List<SearchIndex> indexes = new ArrayList<>();
        for (Path dir : indexDirs) {
            SearchIndex index = new SearchIndex();
            index.open(dir);
            indexes.add(index);
        }
        try {
            for (int warm = 0; warm < 5; warm++) {
                for (SearchIndex index : indexes) {
                    for (BenchQuery q : mix) {
                        index.search(request(q));
                    }
                }
            }
            // rounds alternate between the indexes so that both see the same machine
            long[][][] nanos = new long[indexes.size()][mix.size()][rounds];
            SearchResponse[][] last = new SearchResponse[indexes.size()][mix.size()];
            for (int r = 0; r < rounds; r++) {
                for (int i = 0; i < indexes.size(); i++) {
                    for (int q = 0; q < mix.size(); q++) {
                        long t0 = CPU.getCurrentThreadCpuTime();
                        last[i][q] = indexes.get(i).search(request(mix.get(q)));
                        nanos[i][q][r] = CPU.getCurrentThreadCpuTime() - t0;
                    }
                }
            }
            double[] sums = new double[indexes.size()];
            for (int q = 0; q < mix.size(); q++) {
                BenchQuery query = mix.get(q);
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-32s",
                        query.text() + (query.type() != null ? " +type" : "") + (query.yearFrom() != null ? " +year" : "")));
                double first = 0;
                for (int i = 0; i < indexes.size(); i++) {
                    long[] times = nanos[i][q].clone();
                    Arrays.sort(times);
                    double mean = Arrays.stream(times).average().orElse(0) / 1e6;
                    sums[i] += mean;
                    if (i == 0) {
                        first = mean;
                    }
                    line.append(String.format(Locale.ROOT, " | %7d%s mean %6.2f p50 %6.2f max %6.2f", last[i][q].total(),
                            last[i][q].exact() ? " " : "≈", mean, times[rounds / 2] / 1e6, times[rounds - 1] / 1e6));
                    if (i > 0) {
                        line.append(String.format(Locale.ROOT, " (%.2f×)", mean / first));
                    }
                }
                System.out.println(line);
            }
            StringBuilder total = new StringBuilder("mean over the mix:");
            for (int i = 0; i < indexes.size(); i++) {
                total.append(String.format(Locale.ROOT, " %s %.2f ms", indexDirs.get(i), sums[i] / mix.size()));
            }
            System.out.println(total);
        } finally {
            for (SearchIndex index : indexes) {
                index.close();
            }
        }
    }

    static SearchRequest request(BenchQuery q) {
        return new SearchRequest(q.text(), List.of(), q.type() == null ? List.of() : List.of(q.type()), List.of(),
                List.of(), q.yearFrom(), null, new ArrayList<>(), "relevance", 0, 10,
                q.facets() || Boolean.getBoolean("bench.allFacets"));
    }
}
