package org.vanban.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
