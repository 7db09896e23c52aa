package org.vanban.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.vanban.bench.BenchQueries.BenchQuery;

/**
 * Closed-loop load: {@code clients} threads, each sending the next query of the mix as soon as its previous
 * answer arrived, until {@code maxRequests} were sent or {@code maxSeconds} passed. Latency is measured per
 * request around the whole call (send, wait, read the full answer). The load generator runs on the machine it
 * measures, so what CPU it took itself is reported beside (the harness process's CPU time over the load, per request).
 */
final class SearchLoad {

    /** Runs one query to completion; throws when the answer is not a success. */
    interface Executor {
        void execute(BenchQuery query) throws Exception;
    }

    record Result(int clients, int requests, int errors, double seconds, long[] sortedLatencyNanos,
            String firstError, long clientCpuNanos) {

        double throughput() {
            return requests / seconds;
        }

        /** The harness process's CPU per request over the load, ms: the load generator's share of the machine. */
        double clientCpuMillisPerRequest() {
            return requests == 0 || clientCpuNanos < 0 ? Double.NaN : clientCpuNanos / 1e6 / requests;
        }

        double percentileMillis(double p) {
            if (sortedLatencyNanos.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(p / 100.0 * sortedLatencyNanos.length);
            return sortedLatencyNanos[Math.max(0, Math.min(rank, sortedLatencyNanos.length) - 1)] / 1e6;
        }
    }

    /** Clients of the warm-up: the level of the targets. */
    static final int WARM_UP_CLIENTS = 8;
    /** Requests per round of the warm-up. */
    static final int WARM_UP_ROUND_REQUESTS = 3_000;
    /**
     * The warm-up lasts at least this long: successive rounds differ by more than the gain below from noise alone, and
     * stopped by the gain only, the 10,000-document warm-up ended after 15,000 searches in 30 s at 629 searches/s
     * (rounds at 343, 483, 594, 620, 629), where the rounds of a longer run were still rising to 800.
     */
    static final double WARM_UP_MIN_SECONDS = 30;
    /** After that, the warm-up stops once a round is less than this much faster than the round before it. */
    static final double WARM_UP_STEADY_GAIN = 0.03;
    /** And in any case after this long. */
    static final double WARM_UP_MAX_SECONDS = 60;

    /** How a warm-up went: its requests and time, and the throughput of each of its rounds. */
    record WarmUp(int requests, double seconds, List<Double> roundThroughputs) {

        /** The first and last three rounds when there are more than eight. */
        String describe() {
            List<String> rounds = roundThroughputs.stream()
                    .map(t -> String.format(java.util.Locale.ROOT, "%.0f", t)).toList();
            String listed = rounds.size() <= 8 ? String.join(", ", rounds)
                    : String.join(", ", rounds.subList(0, 3)) + ", …, "
                            + String.join(", ", rounds.subList(rounds.size() - 3, rounds.size()));
            return String.format(java.util.Locale.ROOT, "%d requests in %.0f s, %d round%s at %s req/s", requests,
                    seconds, rounds.size(), rounds.size() == 1 ? "" : "s", listed);
        }
    }

    /**
     * Runs the mix at {@link #WARM_UP_CLIENTS} clients until the throughput stops rising: a JVM serves its first
     * searches from code the JIT has not compiled yet, and on 2 cores busy with searches its compilers take tens of
     * seconds to catch up (10,000 documents: 517, 585, 605, 646, 673, 709 searches/s in successive rounds of 3,000
     * after a warm-up of 2,000, p99 33.9 → 23.2 ms). Rounds of {@link #WARM_UP_ROUND_REQUESTS} for at least
     * {@link #WARM_UP_MIN_SECONDS}, then until one gains less than {@link #WARM_UP_STEADY_GAIN} on the round before, at
     * most {@link #WARM_UP_MAX_SECONDS}: the figures measured after it are those of a server that has been running.
     */
    static WarmUp warmUp(Executor executor, List<BenchQuery> mix) throws InterruptedException {
        long start = System.nanoTime();
        List<Double> throughputs = new ArrayList<>();
        int requests = 0;
        double elapsed = 0;
        while (elapsed < WARM_UP_MAX_SECONDS) {
            Result round = run(executor, mix, WARM_UP_CLIENTS, WARM_UP_ROUND_REQUESTS, WARM_UP_MAX_SECONDS - elapsed);
            requests += round.requests();
            throughputs.add(round.throughput());
            elapsed = (System.nanoTime() - start) / 1e9;
            int n = throughputs.size();
            if (elapsed >= WARM_UP_MIN_SECONDS && n >= 2
                    && throughputs.get(n - 1) < throughputs.get(n - 2) * (1 + WARM_UP_STEADY_GAIN)) {
                break;
            }
        }
        return new WarmUp(requests, elapsed, throughputs);
    }

    private SearchLoad() {
    }

    static Result run(Executor executor, List<BenchQuery> mix, int clients, int maxRequests, double maxSeconds)
            throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicLong deadline = new AtomicLong(System.nanoTime() + (long) (maxSeconds * 1e9));
        List<long[]> perThread = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        String[] firstError = new String[1];
        List<Thread> threads = new ArrayList<>();
        long cpuAtStart = processCpuNanos();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            long[] latencies = new long[maxRequests];
            perThread.add(latencies);
            int slot = c;
            counts.add(0);
            threads.add(Thread.ofPlatform().name("bench-client-" + c).start(() -> {
                int n = 0;
                while (System.nanoTime() < deadline.get()) {
                    int i = next.getAndIncrement();
                    if (i >= maxRequests) {
                        break;
                    }
                    BenchQuery query = mix.get(i % mix.size());
                    long t0 = System.nanoTime();
                    try {
                        executor.execute(query);
                    } catch (Exception e) {
                        if (errors.getAndIncrement() == 0) {
                            synchronized (firstError) {
                                firstError[0] = query.text() + ": " + e;
                            }
                        }
                    }
                    latencies[n++] = System.nanoTime() - t0;
                }
                synchronized (counts) {
                    counts.set(slot, n);
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long cpuAtEnd = processCpuNanos();
        int total = counts.stream().mapToInt(Integer::intValue).sum();
        long[] all = new long[total];
        int at = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(perThread.get(c), 0, all, at, counts.get(c));
            at += counts.get(c);
        }
        Arrays.sort(all);
        return new Result(clients, total, errors.get(), seconds, all, firstError[0],
                cpuAtStart < 0 || cpuAtEnd < 0 ? -1 : cpuAtEnd - cpuAtStart);
    }

    /** This process's CPU time, ns; -1 where the JVM cannot say. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }
}
