package org.vanban.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.vanban.bench.BenchQueries.BenchQuery;
import org.vanban.bench.PostgresPeer.Unit;
import org.vanban.index.IndexFields;

/**
 * The benchmark: for each corpus size, bare Lucene indexing as the ingest floor, ingestion through the
 * packaged service until it reports ready, start-up with the existing data directory, search load over HTTP
 * at several concurrencies, and the same queries against PostgreSQL full-text search over the same clauses.
 * Writes {@code BENCHMARKS.md}. Not a test: run it with {@code ./mvnw -B -Pbench -DskipTests verify}.
 *
 * <p>System properties: {@code bench.sizes} (default {@code seeds,1000,10000}), {@code bench.clients}
 * ({@code 1,8,32}), {@code bench.requests} (per concurrency, 3000), {@code bench.seconds} (per concurrency,
 * 20), {@code bench.jvmArgs} (the server's JVM options), {@code bench.jfr} (record the server with Flight
 * Recorder and summarize hot methods), {@code bench.pg} ({@code false} to skip the peer), {@code bench.out},
 * {@code bench.deadline} (an instant such as {@code 2026-11-23T00:05:00Z}: an ingest still running then is
 * stopped and reported as incomplete with its rate so far, and later sizes are skipped), {@code bench.resume}
 * ({@code true}: continue such an incomplete ingest on its data directory instead of starting afresh),
 * {@code bench.restarts} (starts timed on the existing data directory, the median reported; 3).
 */
public final class Bench {

    static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final Path root;
    private final Path work;
    private final List<String> sizes;
    private final int[] clients;
    private final int requests;
    private final double seconds;
    private final List<String> serverJvmArgs;
    private final boolean flightRecorder;
    private final boolean withPostgres;
    private final Path out;
    private final Instant deadline;
    private final boolean resume;
    private final int restarts;
    /** A machine using less than this much CPU over half a second is quiet enough to time a start on. */
    static final double QUIET_CORES = 0.2;
    static final Duration SETTLE_LIMIT = Duration.ofSeconds(30);

    private Bench() {
        root = Path.of(System.getProperty("bench.root", ".")).toAbsolutePath().normalize();
        work = root.resolve("target/bench");
        sizes = Arrays.stream(System.getProperty("bench.sizes", "seeds,1000,10000").split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        clients = Arrays.stream(System.getProperty("bench.clients", "1,8,32").split(",")).map(String::strip)
                .mapToInt(Integer::parseInt).toArray();
        requests = Integer.getInteger("bench.requests", 3000);
        seconds = Double.parseDouble(System.getProperty("bench.seconds", "20"));
        String jvm = System.getProperty("bench.jvmArgs", "").strip();
        serverJvmArgs = jvm.isEmpty() ? List.of() : List.of(jvm.split("\\s+"));
        flightRecorder = Boolean.getBoolean("bench.jfr");
        withPostgres = !"false".equals(System.getProperty("bench.pg"));
        out = root.resolve(System.getProperty("bench.out", "BENCHMARKS.md"));
        String until = System.getProperty("bench.deadline", "").strip();
        deadline = until.isEmpty() ? null : Instant.parse(until);
        resume = Boolean.getBoolean("bench.resume");
        restarts = Math.max(1, Integer.getInteger("bench.restarts", 3));
    }

    public static void main(String[] args) throws Exception {
        new Bench().run();
    }

    private void run() throws Exception {
        Instant started = Instant.now();
        Path jar = root.resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package first (./mvnw -B -Pbench -DskipTests verify)");
        }
        Files.createDirectories(work);
        Machine machine = Machine.describe();
        log("machine: " + machine.oneLine());
        log("service JVM options: " + (serverJvmArgs.isEmpty() ? "(defaults)" : serverJvmArgs));
        PostgresPeer peer = withPostgres ? PostgresPeer.connectOrNull() : null;
        String peerVersion = peer == null ? null : PostgresPeer.version();
        List<Report.SizeResult> results = new ArrayList<>();
        List<String> profiles = new ArrayList<>();
        for (String size : sizes) {
            if (deadline != null && Instant.now().isAfter(deadline)) {
                log("[" + size + "] skipped: the deadline " + deadline + " has passed");
                continue;
            }
            results.add(measure(size, jar, peer, profiles));
            // written after every size so that an interrupted run still leaves its figures
            Files.writeString(out, Report.markdown(machine, started, Instant.now(), serverJvmArgs, peerVersion,
                    results, profiles, command()));
        }
        log("wrote " + out);
    }

    private Report.SizeResult measure(String size, Path jar, PostgresPeer peer, List<String> profiles)
            throws Exception {
        boolean seeds = size.equals("seeds");
        Path corpusDir = seeds ? root.resolve("corpus") : work.resolve("corpus-" + size);
        List<Path> files = seeds ? SyntheticCorpus.seeds(corpusDir)
                : SyntheticCorpus.generate(root.resolve("corpus"), corpusDir, Integer.parseInt(size));
        long bytes = BenchFiles.sizeOf(files);
        log(String.format(Locale.ROOT, "[%s] corpus %s: %d files, %.1f MB", size, corpusDir, files.size(),
                bytes / 1e6));

        LuceneBaseline.Result lucene = LuceneBaseline.index(files, work.resolve("lucene-" + size));
        log(String.format(Locale.ROOT, "[%s] bare Lucene: %d paragraphs in %.2f s, %.1f docs/s, %.2f MB/s", size,
                lucene.paragraphs(), lucene.seconds(), lucene.docsPerSecond(), lucene.megabytesPerSecond()));

        Path dataDir = work.resolve("data-" + size);
        Path partialState = work.resolve("ingest-" + size + ".partial");
        java.util.Properties earlier = null;
        if (resume && Files.exists(partialState) && Files.isDirectory(dataDir)) {
            earlier = new java.util.Properties();
            try (var in = Files.newBufferedReader(partialState)) {
                earlier.load(in);
            }
            log("[" + size + "] resuming an ingest stopped by a deadline: " + earlier);
        } else {
            BenchFiles.deleteTree(dataDir);
            Files.deleteIfExists(partialState);
        }
        double earlierSeconds = earlier == null ? 0 : Double.parseDouble(earlier.getProperty("seconds"));
        long earlierDocuments = earlier == null ? 0 : Long.parseLong(earlier.getProperty("documents"));
        String ingestNote = null;
        ServerProcess.Readiness ingest;
        long ingested;
        long rssAfterIngest;
        Path ingestRecording = work.resolve("ingest-" + size + ".jfr");
        Duration allowed = Duration.ofHours(2);
        if (deadline != null) {
            allowed = Duration.between(Instant.now(), deadline);
        }
        try (ServerProcess server = ServerProcess.start(jar, dataDir, corpusDir, jvmArgs(ingestRecording),
                work.resolve("server-" + size + "-ingest.log"))) {
            long t0 = System.nanoTime();
            try {
                // progress from the readiness answer the wait reads anyway: counting the stored documents every 10 s
                // while the bulk load wrote them made H2 walk the document table each time (12 of the 149 GB the
                // service allocated in a 10,000-document ingest)
                ingest = server.awaitReady(allowed, Duration.ofSeconds(10), state -> log(String.format(Locale.ROOT,
                        "[%s] %s after %.0f s", size, state, (System.nanoTime() - t0) / 1e9)));
            } catch (ServerProcess.NotReadyInTime e) {
                // out of time: keep what the ingestion did so far, measured the same way, and stop here
                long n = server.documentCount();
                Duration sinceStart = Duration.ofNanos(System.nanoTime() - t0);
                long rss = server.rssKb();
                log(String.format(Locale.ROOT, "[%s] deadline %s reached: %d of %d documents ingested; stopping",
                        size, deadline, n, files.size()));
                Duration listening = e.toListening == null ? sinceStart : e.toListening;
                java.util.Properties state = new java.util.Properties();
                state.setProperty("documents", Long.toString(n));
                state.setProperty("seconds", Double.toString(earlierSeconds + secs(sinceStart.minus(listening))));
                try (var out = Files.newBufferedWriter(partialState)) {
                    state.store(out, "ingest stopped by the deadline; -Dbench.resume=true continues it");
                }
                listening = listening.minus(Duration.ofNanos((long) (earlierSeconds * 1e9)));
                return Report.SizeResult.partial(size, !seeds, files.size(), bytes,
                        BenchFiles.sizeOf(files.subList(0, (int) Math.max(0, Math.min(n, files.size())))), lucene,
                        new ServerProcess.Readiness(listening, sinceStart, "incomplete"), n, rss);
            }
            ingested = server.documentCount();
            rssAfterIngest = server.rssKb();
        }
        if (earlier != null) {
            // one ingest in two stints: the figures are over both, time summed, documents counted once
            ingestNote = String.format(Locale.ROOT, "ingested in two stints of the same code: %d documents in %.0f s "
                    + "until a deadline stopped the first run, then the remaining %d in %.0f s after a restart on the "
                    + "same data directory; the rates are over both stints together", earlierDocuments, earlierSeconds,
                    ingested - earlierDocuments, secs(ingest.listeningToReady()));
            ingest = new ServerProcess.Readiness(ingest.toListening(), ingest.toReady().plus(
                    Duration.ofNanos((long) (earlierSeconds * 1e9))), ingest.lastState());
            log("[" + size + "] " + ingestNote);
            Files.deleteIfExists(partialState);
        }
        log(String.format(Locale.ROOT, "[%s] ingest: %d documents, ready after %.2f s (listening after %.2f s)", size,
                ingested, secs(ingest.toReady()), secs(ingest.toListening())));
        profile(ingestRecording, "ingest " + size, profiles);

        long indexBytes = BenchFiles.sizeOf(dataDir.resolve("index"));
        long dbBytes = BenchFiles.sizeOf(dataDir.resolve("db"));
        long indexedTokens = BenchFiles.tokensIndexed(dataDir.resolve("index"), IndexFields.BODY,
                IndexFields.FACT_BODY);
        StoreReader.Stored stored = StoreReader.read(dataDir);
        List<BenchQuery> mix = BenchQueries.mix(root.resolve("src/test/resources/relevance/queries.json"),
                stored.commonestType(), stored.medianYear());

        PostgresPeer.LoadResult pgLoad = null;
        String pgUnits = null;
        if (peer != null) {
            List<Unit> units = stored.clauses();
            pgUnits = "the clauses vanban stored (" + units.size() + ")";
            if (units.isEmpty()) {
                units = StoreReader.paragraphs(files);
                pgUnits = "corpus paragraphs (" + units.size() + "): the store had no clauses";
            }
            log("[" + size + "] loading PostgreSQL with " + pgUnits);
            pgLoad = peer.load(units);
            log(String.format(Locale.ROOT, "[%s] PostgreSQL load + GIN index: %.2f s", size, pgLoad.seconds()));
        }

        // start-up is timed several times, each on a settled machine, and the median reported: one start on 2 shared
        // cores took from 2.3 s to 4 s depending on what else ran (a single busy core made it 4 s)
        List<Duration> restartReadies = new ArrayList<>();
        // the search service's own start is one of them, except under the Flight Recorder, which slows it
        int separateStarts = flightRecorder ? restarts : restarts - 1;
        for (int i = 1; i <= separateStarts; i++) {
            settle(size);
            try (ServerProcess server = ServerProcess.start(jar, dataDir, corpusDir, serverJvmArgs,
                    work.resolve("server-" + size + "-restart-" + i + ".log"))) {
                restartReadies.add(server.awaitReady(Duration.ofMinutes(30), Duration.ofSeconds(10),
                        state -> log("[" + size + "] restarting: " + state)).toReady());
            }
        }
        settle(size);
        ServerProcess.Readiness restart;
        long rssAfterStart;
        long rssAfterLoad;
        long peakRss;
        String rssAfterLoadBreakdown;
        List<SearchLoad.Result> vanbanLoads = new ArrayList<>();
        List<String> vanbanTotals = new ArrayList<>();
        List<Long> vanbanBytes = new ArrayList<>();
        Path searchRecording = work.resolve("search-" + size + ".jfr");
        SearchLoad.WarmUp vanbanWarmUp = null;
        SearchLoad.WarmUp pgWarmUp = null;
        try (ServerProcess server = ServerProcess.start(jar, dataDir, corpusDir, jvmArgs(searchRecording),
                work.resolve("server-" + size + "-restart.log"))) {
            restart = server.awaitReady(Duration.ofMinutes(30), Duration.ofSeconds(10),
                    state -> log("[" + size + "] restarting: " + state));
            rssAfterStart = server.rssKb();
            if (!flightRecorder) {
                restartReadies.add(restart.toReady());
            }
            log(String.format(Locale.ROOT, "[%s] restart with existing data: ready after %s s, RSS %d MB", size,
                    restartReadies.stream().map(d -> String.format(Locale.ROOT, "%.2f", secs(d))).toList(),
                    rssAfterStart / 1024));
            try (VanbanSearch vanban = new VanbanSearch(server.baseUrl())) {
                for (BenchQuery q : mix) {
                    long[] answer = vanban.totalAndBytes(q);
                    vanbanTotals.add((answer[2] == 0 ? "≈ " : "") + answer[0]);
                    vanbanBytes.add(answer[1]);
                }
                vanbanWarmUp = SearchLoad.warmUp(vanban, mix);
                log(String.format(Locale.ROOT, "[%s] vanban warm-up: %s", size, vanbanWarmUp.describe()));
                for (int c : clients) {
                    SearchLoad.Result r = SearchLoad.run(vanban, mix, c, requests, seconds);
                    vanbanLoads.add(r);
                    logLoad(size, "vanban", r);
                }
            }
            rssAfterLoad = server.rssKb();
            rssAfterLoadBreakdown = server.rssBreakdown();
            peakRss = server.peakRssKb();
            log(String.format(Locale.ROOT, "[%s] RSS after the search load: %d MB (%s)", size, rssAfterLoad / 1024,
                    rssAfterLoadBreakdown));
        }
        profile(searchRecording, "search " + size, profiles);

        List<SearchLoad.Result> pgLoads = new ArrayList<>();
        List<Long> pgTotals = new ArrayList<>();
        if (peer != null) {
            peer.openPool();
            try {
                for (BenchQuery q : mix) {
                    pgTotals.add(peer.total(q));
                }
                pgWarmUp = SearchLoad.warmUp(peer, mix);
                log(String.format(Locale.ROOT, "[%s] PostgreSQL warm-up: %s", size, pgWarmUp.describe()));
                for (int c : clients) {
                    SearchLoad.Result r = SearchLoad.run(peer, mix, c, requests, seconds);
                    pgLoads.add(r);
                    logLoad(size, "PostgreSQL", r);
                }
            } finally {
                peer.close();
            }
        }
        return new Report.SizeResult(size, !seeds, files.size(), bytes, lucene, ingest, ingested, rssAfterIngest,
                indexBytes, dbBytes, indexedTokens, pgLoad, pgUnits, rssAfterStart, rssAfterLoad, peakRss, mix,
                vanbanTotals, pgTotals, vanbanLoads, pgLoads, stored.documents(), stored.clauses().size(), true, bytes, rssAfterLoadBreakdown, vanbanBytes, ingestNote,
                restartReadies, warmUpNote(vanbanWarmUp, pgWarmUp));
    }

    private static String warmUpNote(SearchLoad.WarmUp vanban, SearchLoad.WarmUp peer) {
        if (vanban == null) {
            return null;
        }
        return "vanban " + vanban.describe() + (peer == null ? "" : "; PostgreSQL " + peer.describe());
    }

    private List<String> jvmArgs(Path recording) throws IOException {
        List<String> args = new ArrayList<>(serverJvmArgs);
        if (flightRecorder) {
            Files.deleteIfExists(recording);
            args.add("-XX:StartFlightRecording=filename=" + recording + ",settings=profile,dumponexit=true");
        }
        return args;
    }

    private void profile(Path recording, String title, List<String> profiles) throws IOException {
        if (!flightRecorder || !Files.exists(recording)) {
            return;
        }
        String summary = "### " + title + "\n\n" + FlightSummary.summarize(recording, 25);
        profiles.add(summary);
        Files.writeString(work.resolve("profile-" + title.replace(' ', '-') + ".md"), summary);
        log(summary);
    }

    private String command() {
        StringBuilder c = new StringBuilder("./mvnw -B -Pbench -DskipTests verify");
        if (!String.join(",", sizes).equals("seeds,1000,10000")) {
            c.append(" -Dbench.sizes=").append(String.join(",", sizes));
        }
        if (!serverJvmArgs.isEmpty()) {
            c.append(" '-Dbench.jvmArgs=").append(String.join(" ", serverJvmArgs)).append('\'');
        }
        if (requests != 3000) {
            c.append(" -Dbench.requests=").append(requests);
        }
        if (seconds != 20) {
            c.append(" -Dbench.seconds=").append(seconds);
        }
        if (flightRecorder) {
            c.append(" -Dbench.jfr=true");
        }
        if (deadline != null) {
            c.append(" -Dbench.deadline=").append(deadline);
        }
        return c.toString();
    }

    private static void logLoad(String size, String system, SearchLoad.Result r) {
        log(String.format(Locale.ROOT, "[%s] %-10s %2d clients: %6.1f req/s  p50 %6.2f  p95 %6.2f  p99 %6.2f ms"
                + "  client CPU %.2f ms/req  (%d requests, %d errors%s)", size, system, r.clients(), r.throughput(),
                r.percentileMillis(50), r.percentileMillis(95), r.percentileMillis(99),
                r.clientCpuMillisPerRequest(), r.requests(), r.errors(),
                r.firstError() == null ? "" : "; first: " + r.firstError()));
    }

    /**
     * Before start-up is timed: writes out what the ingest and the peer's load left dirty (Linux {@code sync}), lets
     * this JVM collect the peer's rows now rather than during the start, and waits (at most
     * {@link #SETTLE_LIMIT}) until the machine is quiet, so that the start is not measured against the previous
     * step's writeback or anyone's background work.
     */
    private static void settle(String size) throws InterruptedException {
        try {
            new ProcessBuilder("sync").inheritIO().start().waitFor();
        } catch (IOException e) {
            log("sync unavailable (" + e.getMessage() + "): start-up timed without settling the disks");
        }
        System.gc();
        long start = System.nanoTime();
        double busy;
        do {
            busy = Machine.busyCores(Duration.ofMillis(500));
        } while (busy > QUIET_CORES && System.nanoTime() - start < SETTLE_LIMIT.toNanos());
        log(String.format(Locale.ROOT, "[%s] settled for %.1f s: %.2f cores busy before the start", size,
                (System.nanoTime() - start) / 1e9, busy));
    }

    static double secs(Duration d) {
        return d.toNanos() / 1e9;
    }

    static void log(String message) {
        System.out.println(UTC.format(Instant.now()) + "  " + message);
    }
}
