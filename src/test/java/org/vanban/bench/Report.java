package org.vanban.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.vanban.bench.BenchQueries.BenchQuery;

/** BENCHMARKS.md from the measured figures. */
final class Report {

    /** Everything measured for one corpus. */
    record SizeResult(String label, boolean synthetic, int files, long bytes, LuceneBaseline.Result lucene,
            ServerProcess.Readiness ingest, long ingested, long rssAfterIngestKb, long indexBytes, long dbBytes,
            long indexedTokens, PostgresPeer.LoadResult pgLoad, String pgUnits, long rssAfterStartKb,
            long rssAfterLoadKb, long peakRssKb, List<BenchQuery> mix, List<String> vanbanTotals, List<Long> pgTotals,
            List<SearchLoad.Result> vanbanLoads, List<SearchLoad.Result> pgLoads, long storedDocuments,
            int storedClauses, boolean complete, long ingestedBytes, String rssAfterLoadBreakdown,
            List<Long> vanbanResponseBytes, String ingestNote, List<Duration> restartReadies, String warmUpNote) {

        /** An ingest stopped by the deadline: what it did until then, nothing else measured. */
        static SizeResult partial(String label, boolean synthetic, int files, long bytes, long ingestedBytes,
                LuceneBaseline.Result lucene, ServerProcess.Readiness ingest, long ingested, long rssKb) {
            return new SizeResult(label, synthetic, files, bytes, lucene, ingest, ingested, rssKb, 0, 0, -1, null, null,
                    0, 0, 0, List.of(), List.of(), List.of(), List.of(), List.of(), ingested, 0, false,
                    ingestedBytes, null, List.of(), null, List.of(), null);
        }

        /** The timed starts on the existing data directory, in seconds, fastest first. */
        List<Double> restartsSorted() {
            return restartReadies.stream().map(Bench::secs).sorted().toList();
        }

        /** Start-up to ready on the existing data directory: the median of the timed starts. */
        double restartSeconds() {
            List<Double> sorted = restartsSorted();
            int n = sorted.size();
            return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        }

        /** "2.31 s (median of 3 starts, 2.20–2.64)". */
        String restartSummary() {
            if (restartReadies.size() == 1) {
                return f("%.2f s", restartSeconds());
            }
            List<Double> sorted = restartsSorted();
            return f("%.2f s (median of %d starts, %.2f–%.2f)", restartSeconds(), sorted.size(), sorted.getFirst(),
                    sorted.getLast());
        }

        String name() {
            return synthetic ? String.format(Locale.ROOT, "%,d synthetic", files) : "seeds (" + files + ")";
        }

        /** Ingest time: from the first HTTP answer (start-up done, corpus ingestion under way) to ready. */
        double ingestSeconds() {
            return Bench.secs(ingest.listeningToReady());
        }

        double ingestMegabytesPerSecond() {
            return ingestedBytes / 1e6 / ingestSeconds();
        }

        double ingestDocsPerSecond() {
            return ingested / ingestSeconds();
        }

        SearchLoad.Result vanbanAt(int clients) {
            return vanbanLoads.stream().filter(r -> r.clients() == clients).findFirst().orElse(null);
        }

        SearchLoad.Result pgAt(int clients) {
            return pgLoads.stream().filter(r -> r.clients() == clients).findFirst().orElse(null);
        }
    }

    private Report() {
    }

    static String markdown(Machine machine, Instant started, Instant finished, List<String> serverJvmArgs,
            String peerVersion, List<SizeResult> results, List<String> profiles, String command) {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmarks\n\n");
        md.append("Measured by `").append(command).append("` from ").append(Bench.UTC.format(started)).append(" to ")
                .append(Bench.UTC.format(finished)).append(" (").append(Duration.between(started, finished)
                        .toMinutes()).append(" min). The harness is `src/test/java/org/vanban/bench/Bench.java`; "
                                + "it is not part of `./mvnw verify`.\n\n");
        md.append("## Machine\n\n");
        md.append("| | |\n|---|---|\n");
        md.append("| CPUs (nproc) | ").append(machine.cpus()).append(" |\n");
        md.append("| CPU model | ").append(machine.cpuModel()).append(" |\n");
        md.append("| RAM | ").append(machine.memoryMb()).append(" MB |\n");
        md.append("| JDK (service and harness) | ").append(machine.jdk()).append(" |\n");
        md.append("| OS | ").append(machine.os()).append(" |\n");
        md.append("| Service JVM options | ").append(serverJvmArgs.isEmpty() ? "none (JVM defaults)"
                : "`" + String.join(" ", serverJvmArgs) + "`").append(serverJvmArgs.stream()
                        .anyMatch(a -> a.startsWith("-XX:AOTCache=")) ? " (the cache as the bench profile's training "
                                + "run wrote it: `AotTraining`, " + f("%,d", AotTraining.DOCUMENTS)
                                + " synthetic documents and the search mix)" : "")
                .append(" |\n");
        md.append("| Peer | ").append(peerVersion == null ? "not measured (PostgreSQL unreachable or disabled)"
                : peerVersion + " on the same machine, loopback JDBC, pool of " + PostgresPeer.POOL_SIZE).append(" |\n");
        md.append("| Load average at start / end | ").append(machine.loadAtStart()).append(" / ")
                .append(Machine.loadAverage()).append(" |\n\n");
        md.append("The machine is shared with other builds and noisy; every figure below is paired with a baseline "
                + "measured in the same run, and the ratios are the figures to compare across runs.\n\n");

        SizeResult largest = results.stream().filter(SizeResult::complete)
                .max(java.util.Comparator.comparingInt(SizeResult::files)).orElse(results.get(0));
        md.append("## Targets (").append(largest.name()).append(" documents)\n\n");
        md.append("| target | measured | met |\n|---|---|---|\n");
        SearchLoad.Result v8 = largest.vanbanAt(8);
        SearchLoad.Result p8 = largest.pgAt(8);
        if (v8 != null) {
            target(md, "search p99 < 25 ms at 8 clients", f("%.1f ms", v8.percentileMillis(99)),
                    v8.percentileMillis(99) < 25);
        }
        if (v8 != null && p8 != null) {
            double ratio = v8.throughput() / p8.throughput();
            target(md, "search throughput ≥ 3 × PostgreSQL at 8 clients", f("%.2f × (%.0f vs %.0f req/s)", ratio,
                    v8.throughput(), p8.throughput()), ratio >= 3);
        }
        target(md, "ingest ≥ 1 MB/s through the whole pipeline", f("%.2f MB/s", largest.ingestMegabytesPerSecond()),
                largest.ingestMegabytesPerSecond() >= 1);
        double lucene = largest.ingestMegabytesPerSecond() / largest.lucene().megabytesPerSecond();
        target(md, "ingest ≥ 1/3 of bare Lucene indexing", f("%.3f × bare Lucene", lucene), lucene >= 1 / 3.0);
        double restart = largest.restartSeconds();
        target(md, "start-up to ready < 3 s with an existing data directory", largest.restartSummary(), restart < 3);
        for (SizeResult r : results) {
            if (!r.synthetic() && r.complete()) {
                target(md, "… the same with the seed corpus", r.restartSummary(), r.restartSeconds() < 3);
            }
        }
        target(md, "resident memory < 512 MB after the load", f("%d MB (%s)", largest.rssAfterLoadKb() / 1024,
                largest.rssAfterLoadBreakdown()),
                largest.rssAfterLoadKb() < 512 * 1024);
        for (SizeResult r : results) {
            if (!r.complete()) {
                double ratio = r.ingestMegabytesPerSecond() / r.lucene().megabytesPerSecond();
                target(md, "ingest ≥ 1 MB/s, " + r.name() + " (stopped by the deadline after " + r.ingested()
                        + " documents)", f("%.2f MB/s", r.ingestMegabytesPerSecond()), r.ingestMegabytesPerSecond() >= 1);
                target(md, "ingest ≥ 1/3 of bare Lucene, " + r.name() + " (same partial ingest)",
                        f("%.3f × bare Lucene", ratio), ratio >= 1 / 3.0);
            }
        }
        md.append('\n');

        md.append("## Ingest\n\n");
        md.append("Through the packaged service (`target/quarkus-app/quarkus-run.jar` started with a fresh "
                + "`VANBAN_DATA_DIR` and `VANBAN_CORPUS_DIR` pointing at the corpus): extract, parse, extract facts, "
                + "store in H2 (one transaction per document), index in Lucene (on its own thread, a commit every 500 documents), timed from "
                + "the first HTTP answer to `/q/health/ready` UP. Bare Lucene: `StandardAnalyzer`, one Lucene "
                + "document per non-blank line with the text stored, no parsing, one commit, in the harness JVM "
                + "(same JDK) while the service is down. MB = 10⁶ bytes of input files. Tokens: what each index holds "
                + "in its text fields (the sum of their terms' frequencies), in millions; vanban stacks each "
                + "syllable's unaccented form and the unaccented pair with the next syllable on its exact form, and "
                + "indexes the text of a task or target that is not its clause's.\n\n");
        md.append("| corpus | files | input MB | vanban s | vanban docs/s | vanban MB/s | bare Lucene s | Lucene MB/s "
                + "| vanban / Lucene | vanban index MB | vanban H2 MB | Lucene index MB | vanban tokens M "
                + "| Lucene tokens M | tokens vanban / Lucene |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (SizeResult r : results) {
            md.append(f("| %s | %d | %.1f | %.1f | %.1f | %.2f | %.2f | %.2f | %.3f | %.1f | %.1f | %.1f | %s | %s "
                    + "| %s |%n",
                    r.complete() ? r.name() : r.name() + " — **incomplete**: " + r.ingested() + " documents ("
                            + f("%.1f", r.ingestedBytes() / 1e6) + " MB) when the deadline stopped it",
                    r.files(), r.bytes() / 1e6, r.ingestSeconds(), r.ingestDocsPerSecond(),
                    r.ingestMegabytesPerSecond(), r.lucene().seconds(), r.lucene().megabytesPerSecond(),
                    r.ingestMegabytesPerSecond() / r.lucene().megabytesPerSecond(), r.indexBytes() / 1e6,
                    r.dbBytes() / 1e6, r.lucene().indexBytes() / 1e6, millions(r.indexedTokens()),
                    millions(r.lucene().tokens()), r.indexedTokens() > 0 && r.lucene().tokens() > 0
                            ? f("%.2f", r.indexedTokens() / (double) r.lucene().tokens()) : "–"));
        }
        md.append('\n');
        for (SizeResult r : results) {
            if (r.ingestNote() != null) {
                md.append("- ").append(r.name()).append(": ").append(r.ingestNote()).append(".\n");
            }
            if (r.complete() && r.ingested() != r.files()) {
                md.append(f("- %s: the service stored %d documents of %d files (the rest were rejected or "
                        + "duplicates; see target/bench/server-%s-ingest.log).%n", r.name(), r.ingested(), r.files(),
                        r.label()));
            }
        }
        md.append("\nPostgreSQL, for scale (it loads already-parsed clauses, so it is not a like-for-like ingest):\n\n");
        md.append("| corpus | clauses | load + GIN index s | clauses/s | table MB | indexes MB |\n|---|---:|---:|---:|---:|---:|\n");
        for (SizeResult r : results) {
            if (r.pgLoad() != null) {
                md.append(f("| %s | %d | %.1f | %.0f | %.1f | %.1f |%n", r.name(), r.pgLoad().units(),
                        r.pgLoad().seconds(), r.pgLoad().units() / r.pgLoad().seconds(), r.pgLoad().tableBytes() / 1e6,
                        r.pgLoad().indexBytes() / 1e6));
            }
        }
        md.append('\n');

        md.append("## Start-up and memory\n\n");
        md.append("Process start to `/q/health/ready` UP. Fresh: empty data directory, the corpus ingested before "
                + "ready. Existing: the same data directory and corpus again (every file is recognised by "
                + "name, size and modification time), started once PostgreSQL's load is checkpointed, the disks are "
                + "synced and the machine is quiet (under " + Bench.QUIET_CORES + " cores busy over half a second, "
                + "waiting at most " + Bench.SETTLE_LIMIT.toSeconds() + " s), several times: the median, and the "
                + "fastest and slowest start. RSS is `VmRSS` of the service process from `/proc/<pid>/status`.\n\n");
        md.append("| corpus | fresh: listening s | fresh: ready s | existing: ready s (median) | existing: fastest–slowest s "
                + "| RSS after ingest MB | RSS after start-up MB | RSS after search load MB | peak RSS MB |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (SizeResult r : results) {
            if (!r.complete()) {
                continue;
            }
            List<Double> starts = r.restartsSorted();
            md.append(f("| %s | %.2f | %.2f | %.2f | %.2f–%.2f | %d | %d | %d | %d |%n", r.name(),
                    Bench.secs(r.ingest().toListening()), Bench.secs(r.ingest().toReady()),
                    r.restartSeconds(), starts.getFirst(), starts.getLast(), r.rssAfterIngestKb() / 1024,
                    r.rssAfterStartKb() / 1024,
                    r.rssAfterLoadKb() / 1024, r.peakRssKb() / 1024));
        }
        md.append('\n');
        for (SizeResult r : results) {
            if (r.complete()) {
                md.append("- ").append(r.name()).append(", RSS after the search load: ")
                        .append(r.rssAfterLoadBreakdown()).append(" (file-backed pages are the memory-mapped "
                                + "Lucene files and jars: the kernel can drop them under pressure).\n");
            }
        }
        md.append('\n');

        md.append("## Search\n\n");
        md.append("Closed loop over loopback: each client sends the next query of the mix as soon as the previous "
                + "answer is read in full; bounded by requests and time per level, after a warm-up at "
                + SearchLoad.WARM_UP_CLIENTS + " clients until the throughput stops rising (rounds of "
                + f("%,d", SearchLoad.WARM_UP_ROUND_REQUESTS) + " requests for at least "
                + f("%.0f", SearchLoad.WARM_UP_MIN_SECONDS) + " s, then until one gains less than "
                + f("%.0f%%", SearchLoad.WARM_UP_STEADY_GAIN * 100) + " on the one before, at most "
                + f("%.0f", SearchLoad.WARM_UP_MAX_SECONDS) + " s; the JIT compilers take that long to catch up on "
                + "cores busy with searches, listed below the table). vanban: `GET /api/search?q=…&size=10` "
                + "(passages: clauses and documents, highlighted snippets, the total on every request: exact up to about 8,000 matches, estimated on a sample of the index "
                + "beyond; facet counts only for the faceted queries, `facets=false` on the others) over one "
                + "kept-alive HTTP/1.1 connection per client (the harness's own minimal client, `LoopbackHttp`: "
                + "`java.net.http.HttpClient` took a sixth to a third of the 2 cores it shares with the server). "
                + "PostgreSQL: "
                + "`websearch_to_tsquery('simple', f_unaccent(?))` against a stored `tsvector` of the unaccented "
                + "clause text with a GIN index, `ts_rank`, LIMIT 10 (document, path and text returned), facet "
                + "counts (`group by doc_type`) only for the faceted queries, over JDBC with a pool of "
                + PostgresPeer.POOL_SIZE + ". Latencies in ms. Client CPU: the harness's own CPU time over the "
                + "load, ms per request (the load generator's share of the machine). Ratios are vanban ÷ PostgreSQL: "
                + "above 1 is better for throughput, below 1 is better for p99.\n\n");
        md.append("| corpus | clients | vanban req/s | p50 | p95 | p99 | errors | client CPU | PostgreSQL req/s | p50 "
                + "| p95 | p99 | errors | client CPU | throughput ratio | p99 ratio |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (SizeResult r : results) {
            for (SearchLoad.Result v : r.vanbanLoads()) {
                SearchLoad.Result p = r.pgAt(v.clients());
                md.append(f("| %s | %d | %.0f | %.2f | %.2f | %.2f | %d | %.2f |", r.name(), v.clients(),
                        v.throughput(), v.percentileMillis(50), v.percentileMillis(95), v.percentileMillis(99),
                        v.errors(), v.clientCpuMillisPerRequest()));
                if (p == null) {
                    md.append(" – | – | – | – | – | – | – | – |\n");
                } else {
                    md.append(f(" %.0f | %.2f | %.2f | %.2f | %d | %.2f | %.2f | %.2f |%n", p.throughput(),
                            p.percentileMillis(50), p.percentileMillis(95), p.percentileMillis(99), p.errors(),
                            p.clientCpuMillisPerRequest(), v.throughput() / p.throughput(),
                            v.percentileMillis(99) / p.percentileMillis(99)));
                }
            }
        }
        md.append('\n');
        for (SizeResult r : results) {
            if (r.warmUpNote() != null) {
                md.append(f("- %s, warm-up: %s%n", r.name(), r.warmUpNote()));
            }
            for (SearchLoad.Result v : r.vanbanLoads()) {
                if (v.firstError() != null) {
                    md.append(f("- %s, vanban, %d clients: first error %s%n", r.name(), v.clients(), v.firstError()));
                }
            }
            for (SearchLoad.Result p : r.pgLoads()) {
                if (p.firstError() != null) {
                    md.append(f("- %s, PostgreSQL, %d clients: first error %s%n", r.name(), p.clients(), p.firstError()));
                }
            }
        }

        md.append("\n### The query mix (").append(largest.mix().size()).append(" queries, matches in the ")
                .append(largest.name()).append(" corpus)\n\n");
        md.append("vanban counts passages (clauses and documents; ≈: estimated on a sample); PostgreSQL counts "
                + "clauses (folded, so 'số' also counts 'sở'). "
                + "PostgreSQL units: ").append(largest.pgUnits() == null ? "none" : largest.pgUnits()).append(".\n\n");
        md.append("| category | query | filter | vanban hits | vanban answer KB | PostgreSQL clauses |\n"
                + "|---|---|---|---:|---:|---:|\n");
        for (int i = 0; i < largest.mix().size(); i++) {
            BenchQuery q = largest.mix().get(i);
            String filter = (q.type() == null ? "" : "type=" + q.type() + " ")
                    + (q.yearFrom() == null ? "" : "yearFrom=" + q.yearFrom()) + (q.facets() ? "facets" : "");
            md.append("| ").append(q.category()).append(" | `").append(q.text().replace("|", "\\|")).append("` | ")
                    .append(filter.isBlank() ? "–" : filter.strip()).append(" | ")
                    .append(i < largest.vanbanTotals().size() ? largest.vanbanTotals().get(i) : "–").append(" | ")
                    .append(i < largest.vanbanResponseBytes().size()
                            ? f("%.1f", largest.vanbanResponseBytes().get(i) / 1e3) : "–").append(" | ")
                    .append(i < largest.pgTotals().size() ? largest.pgTotals().get(i) : "–").append(" |\n");
        }
        md.append('\n');

        md.append("## Corpora\n\n");
        md.append("`seeds` is `corpus/` as committed. The synthetic corpora are generated at run time into "
                + "`target/bench/corpus-<n>/` by `SyntheticCorpus` (seed " + SyntheticCorpus.SEED + ", deterministic): "
                + "document i is seed i mod 5 with its own province, department names swapped, document numbers, "
                + "years shifted and percentages/counts varied, so every file has distinct bytes; the first five are "
                + "the seeds unchanged. They are labelled synthetic everywhere and never committed.\n\n");
        for (SizeResult r : results) {
            md.append(r.complete() ? f("- %s: %.1f MB; the service stored %d documents and %d clauses.%n", r.name(),
                    r.bytes() / 1e6, r.storedDocuments(), r.storedClauses())
                    : f("- %s: %.1f MB; ingestion stopped by the deadline after %d documents: no start-up, search or "
                            + "PostgreSQL figures for it.%n", r.name(), r.bytes() / 1e6, r.ingested()));
        }
        if (!profiles.isEmpty()) {
            md.append("\n## Profiles (Flight Recorder, `jdk.ExecutionSample`)\n\n");
            for (String p : profiles) {
                md.append(p).append('\n');
            }
        }
        return md.toString();
    }

    private static void target(StringBuilder md, String target, String measured, boolean met) {
        md.append("| ").append(target).append(" | ").append(measured).append(" | ").append(met ? "yes" : "**no**")
                .append(" |\n");
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    /** A count in millions, one decimal; "–" when not measured (negative). */
    private static String millions(long count) {
        return count < 0 ? "–" : f("%.1f", count / 1e6);
    }
}
