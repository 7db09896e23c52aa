package org.vanban.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.vanban.bench.BenchQueries.BenchQuery;

/**
 * Start-up and memory of the packaged service on an existing data directory, for comparing JVM options (or
 * two builds) in one run, alternating so that a busy machine hurts every variant alike. Not the benchmark:
 * no peer, no report file, one corpus size.
 *
 * <p>It ingests a synthetic corpus once into {@code target/bench/probe-<size>/data} (kept between runs),
 * then for each round starts every variant on that directory, times ready, and with {@code probe.load=true}
 * runs the search mix at 1, 8 and 32 clients and reads VmRSS; a variant with {@code -XX:NativeMemoryTracking=summary}
 * also gets {@code jcmd VM.native_memory summary} written next to its log.
 *
 * <pre>
 * java -cp "target/test-classes:target/classes:$(cat cp.txt)" org.vanban.bench.StartupProbe
 *   -Dprobe.size=1000 -Dprobe.rounds=5 -Dprobe.load=true
 *   '-Dprobe.variants=old: jar=/tmp/old/quarkus-run.jar -Xmx320m | new: -Xmx256m env:MALLOC_ARENA_MAX=2'
 * </pre>
 * A variant is {@code label: tokens}; {@code jar=PATH} picks another build, {@code data=PATH} another data
 * directory (an older build may refuse a newer schema), {@code env:NAME=VALUE} sets an environment variable,
 * anything else is a JVM option.
 */
public final class StartupProbe {

    private record Variant(String label, Path jar, Path data, List<String> jvmArgs, Map<String, String> env) {
    }

    private StartupProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("bench.root", ".")).toAbsolutePath().normalize();
        int size = Integer.getInteger("probe.size", 1000);
        int rounds = Integer.getInteger("probe.rounds", 3);
        boolean load = Boolean.getBoolean("probe.load");
        int requests = Integer.getInteger("probe.requests", 2000);
        Path work = root.resolve("target/bench/probe-" + size);
        Path defaultJar = root.resolve("target/quarkus-app/quarkus-run.jar");
        List<Variant> variants = Arrays.stream(System.getProperty("probe.variants", "default:").split("\\|"))
                .map(String::strip).filter(s -> !s.isEmpty()).map(v -> variant(v, defaultJar)).toList();

        Path corpus = root.resolve("target/bench/corpus-" + size);
        List<Path> files = SyntheticCorpus.generate(root.resolve("corpus"), corpus, size);
        Path data = work.resolve("data");
        if (!Files.exists(work.resolve("ingested"))) {
            BenchFiles.deleteTree(data);
            Files.createDirectories(work);
            Variant first = variants.getFirst();
            try (ServerProcess server = ServerProcess.start(first.jar(), data, corpus, first.jvmArgs(), first.env(),
                    work.resolve("ingest.log"))) {
                ServerProcess.Readiness r = server.awaitReady(Duration.ofHours(1), Duration.ofSeconds(30),
                        state -> System.out.println(state));
                System.out.printf(Locale.ROOT, "ingested %d files in %.1f s%n", files.size(), secs(r.toReady()));
            }
            Files.writeString(work.resolve("ingested"), "");
        }
        StoreReader.Stored stored = StoreReader.read(data);
        List<BenchQuery> mix = BenchQueries.mix(root.resolve("src/test/resources/relevance/queries.json"),
                stored.commonestType(), stored.medianYear());

        Map<String, List<String>> lines = new LinkedHashMap<>();
        for (int round = 1; round <= rounds; round++) {
            for (Variant v : variants) {
                Path log = work.resolve("server-" + v.label() + ".log");
                Path dataDir = v.data() == null ? data : v.data();
                try (ServerProcess server = ServerProcess.start(v.jar(), dataDir, corpus, v.jvmArgs(), v.env(), log)) {
                    ServerProcess.Readiness r = server.awaitReady(Duration.ofMinutes(5), Duration.ofMinutes(1),
                            state -> { });
                    StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                            "ready %.2f s (listening %.2f s), RSS %d MB", secs(r.toReady()), secs(r.toListening()),
                            server.rssKb() / 1024));
                    if (load) {
                        try (VanbanSearch search = new VanbanSearch(server.baseUrl())) {
                            line.append("; warm-up ").append(SearchLoad.warmUp(search, mix).describe());
                            for (int clients : new int[] {1, 8, 32}) {
                                SearchLoad.Result result = SearchLoad.run(search, mix, clients, requests, 30);
                                line.append(String.format(Locale.ROOT, "; %d clients %.0f req/s p99 %.1f ms", clients,
                                        result.throughput(), result.percentileMillis(99)))
                                        .append(result.errors() > 0 ? " errors " + result.errors() : "");
                            }
                            line.append(String.format(Locale.ROOT, "; RSS %d MB (%s), peak %d MB",
                                    server.rssKb() / 1024, server.rssBreakdown(), server.peakRssKb() / 1024));
                        }
                        if (v.jvmArgs().stream().anyMatch(a -> a.startsWith("-XX:NativeMemoryTracking"))) {
                            nativeMemory(server.pid(), work.resolve("nmt-" + v.label() + "-" + round + ".txt"));
                        }
                    }
                    lines.computeIfAbsent(v.label(), k -> new ArrayList<>()).add(line.toString());
                    System.out.println("round " + round + " " + v.label() + ": " + line);
                }
            }
        }
        System.out.println();
        lines.forEach((label, results) -> {
            System.out.println(label + ":");
            results.forEach(l -> System.out.println("  " + l));
        });
    }

    private static Variant variant(String spec, Path defaultJar) {
        int colon = spec.indexOf(':');
        String label = spec.substring(0, colon).strip();
        Path jar = defaultJar;
        Path data = null;
        List<String> jvm = new ArrayList<>();
        Map<String, String> env = new LinkedHashMap<>();
        for (String token : spec.substring(colon + 1).strip().split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            if (token.startsWith("jar=")) {
                jar = Path.of(token.substring(4));
            } else if (token.startsWith("data=")) {
                data = Path.of(token.substring(5));
            } else if (token.startsWith("env:")) {
                String[] kv = token.substring(4).split("=", 2);
                env.put(kv[0], kv[1]);
            } else {
                jvm.add(token);
            }
        }
        return new Variant(label, jar, data, jvm, env);
    }

    private static void nativeMemory(long pid, Path out) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process p = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "VM.native_memory", "summary")
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        p.waitFor();
    }

    private static double secs(Duration d) {
        return d.toNanos() / 1e9;
    }
}
