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
