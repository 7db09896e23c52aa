package org.vanban.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.vanban.bench.BenchQueries.BenchQuery;

/**
 * The training run of the JVM's ahead-of-time cache, run by the serve and bench profiles after {@code package}:
 * the packaged service ingests a synthetic corpus, then starts again on it with {@code -XX:AOTCacheOutput},
 * answers the bench's search mix over HTTP at 8 clients, and is stopped; at exit the JVM writes the classes it
 * loaded and linked and the profiles of the methods it ran to the cache.
 *
 * <p>Why searches and not only a start: a cache trained on a start alone held start-up's profiles, and a restarted
 * server's searches were compiled from scratch. Trained on searches (StartupProbe on the 10,000-document directory,
 * 2-core AMD EPYC, alternating, after the bench's warm-up): 8 clients 689 and 696 searches/s against 625 and 658,
 * ready 2.44-2.93 s against 2.49-3.35 s. Why a synthetic corpus of a thousand documents and not the seeds: the
 * commonest queries must find more than the exact-count threshold (about 8,000 passages) for the counting's
 * sampling code to be trained. Why two runs: the ingest's classes (Tika's among them) would otherwise be in the
 * cache and loaded at every start, which costs resident memory, and a restart on a known corpus never reads them.
 *
 * <p>Properties: {@code aot.root} (the project), {@code aot.cache} (the cache to write), {@code aot.jvmArgs} (the
 * service's JVM options, without a cache), {@code aot.documents} (1000), {@code aot.requests} (8000),
 * {@code aot.seconds} (30: whichever of the two ends the searches first).
 */
public final class AotTraining {

    private static final int CLIENTS = 8;
    /** Synthetic documents of the training corpus, unless {@code aot.documents} says otherwise. */
    static final int DOCUMENTS = 1000;

    private AotTraining() {
    }

    public static void main(String[] args) throws Exception {
        if (Runtime.version().feature() < 25) {
            // -XX:AOTCacheOutput came with JDK 25; the options file has older JDKs ignore the cache options
            System.out.println("AOT training skipped: JDK " + Runtime.version().feature() + " writes no AOT cache");
            return;
        }
        Path root = Path.of(System.getProperty("aot.root", ".")).toAbsolutePath().normalize();
        Path cache = Path.of(System.getProperty("aot.cache", "target/vanban.aot")).toAbsolutePath();
        List<String> jvmArgs = Arrays.stream(System.getProperty("aot.jvmArgs", "").strip().split("\\s+"))
                .filter(s -> !s.isEmpty()).toList();
        int documents = Integer.getInteger("aot.documents", DOCUMENTS);
        int requests = Integer.getInteger("aot.requests", 8000);
        double seconds = Double.parseDouble(System.getProperty("aot.seconds", "30"));

        Path work = root.resolve("target/aot-training");
        Path jar = root.resolve("target/quarkus-app/quarkus-run.jar");
        Path corpus = work.resolve("corpus-" + documents);
        Path data = work.resolve("data");
        long start = System.nanoTime();
        List<Path> files = SyntheticCorpus.generate(root.resolve("corpus"), corpus, documents);
        BenchFiles.deleteTree(data);
        try (ServerProcess server = ServerProcess.start(jar, data, corpus, jvmArgs, Map.of(),
                work.resolve("ingest.log"))) {
            server.awaitReady(Duration.ofMinutes(30), Duration.ofMinutes(1), System.out::println);
        }
        System.out.printf(Locale.ROOT, "AOT training: %d synthetic documents ingested in %.1f s%n", files.size(),
                seconds(start));

        StoreReader.Stored stored = StoreReader.read(data);
        List<BenchQuery> mix = BenchQueries.mix(root.resolve("src/test/resources/relevance/queries.json"),
                stored.commonestType(), stored.medianYear());
        Files.deleteIfExists(cache);
        List<String> training = new ArrayList<>(jvmArgs);
        training.add("-XX:AOTCacheOutput=" + cache);
        SearchLoad.Result result;
        try (ServerProcess server = ServerProcess.start(jar, data, corpus, training, Map.of(),
                work.resolve("training.log"));
                VanbanSearch search = new VanbanSearch(awaitReady(server))) {
            result = SearchLoad.run(search, mix, CLIENTS, requests, seconds);
        }
        if (!Files.exists(cache) || result.errors() > 0) {
            throw new IllegalStateException("the AOT training run failed (" + result.errors() + " search errors, "
                    + (Files.exists(cache) ? "" : "no cache written, ") + "see " + work.resolve("training.log")
                    + ")");
        }
        BenchFiles.deleteTree(data);
        System.out.printf(Locale.ROOT, "AOT training: %d searches at %d clients (%.0f/s); %s written (%.0f MB) in "
                + "%.1f s in all%n", result.requests(), CLIENTS, result.throughput(), cache,
                Files.size(cache) / 1e6, seconds(start));
    }

    private static String awaitReady(ServerProcess server) throws IOException, InterruptedException {
        server.awaitReady(Duration.ofMinutes(5), Duration.ofMinutes(1), state -> { });
        return server.baseUrl();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
