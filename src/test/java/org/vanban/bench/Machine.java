package org.vanban.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the figures were measured on. */
record Machine(int cpus, String cpuModel, long memoryMb, String jdk, String os, String loadAtStart) {

    private static final Pattern MODEL = Pattern.compile("model name\\s*:\\s*(.+)");
    private static final Pattern MEM_TOTAL = Pattern.compile("MemTotal:\\s+(\\d+) kB");

    static Machine describe() {
        String cpuinfo = read("/proc/cpuinfo");
        Matcher model = MODEL.matcher(cpuinfo);
        Matcher mem = MEM_TOTAL.matcher(read("/proc/meminfo"));
        return new Machine(Runtime.getRuntime().availableProcessors(), model.find() ? model.group(1).strip() : "unknown",
                mem.find() ? Long.parseLong(mem.group(1)) / 1024 : -1,
                System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.name") + " "
                        + Runtime.version(),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                loadAverage());
    }

    static String loadAverage() {
        String[] parts = read("/proc/loadavg").split("\\s+");
        return parts.length >= 3 ? parts[0] + " " + parts[1] + " " + parts[2] : "unknown";
    }

    /**
     * Cores busy over {@code window} (all processes: user, system, interrupts), from two reads of /proc/stat;
     * -1 where /proc/stat is missing.
     */
    static double busyCores(Duration window) throws InterruptedException {
        long[] before = cpuTicks();
        Thread.sleep(window);
        long[] after = cpuTicks();
        long total = after[0] - before[0];
        if (before[0] < 0 || total <= 0) {
            return -1;
        }
        long idle = after[1] - before[1];
        return Runtime.getRuntime().availableProcessors() * (1 - idle / (double) total);
    }

    /** {total, idle + iowait} ticks of the aggregate cpu line, or {-1, -1}. */
    private static long[] cpuTicks() {
        for (String line : read("/proc/stat").split("\n")) {
            if (line.startsWith("cpu ")) {
                String[] f = line.strip().split("\\s+");
                long total = 0;
                for (int i = 1; i < Math.min(f.length, 9); i++) {
                    total += Long.parseLong(f[i]);
                }
                return new long[] {total, Long.parseLong(f[4]) + Long.parseLong(f[5])};
            }
        }
        return new long[] {-1, -1};
    }

    String oneLine() {
        return cpus + " CPUs (" + cpuModel + "), " + memoryMb + " MB RAM, " + jdk + ", " + os + ", load " + loadAtStart;
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            return "";
        }
    }
}
