package org.vanban.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Hot methods of a flight recording, from its {@code jdk.ExecutionSample} events: by self time (the top
 * frame) and by inclusive time (anywhere on the stack), the latter restricted to the service's own classes
 * and the libraries it drives, so that the table names the stage to fix.
 */
final class FlightSummary {

    private static final List<String> INCLUSIVE_PREFIXES = List.of("org.vanban.", "org.apache.lucene.index.IndexWriter.",
            "org.apache.lucene.index.DocumentsWriter", "org.apache.lucene.store.FSDirectory.",
            "org.apache.lucene.util.IOUtils.fsync", "org.hibernate.", "org.h2.", "org.apache.tika.",
            "io.agroal.", "com.fasterxml.jackson.databind.ObjectMapper.");

    private FlightSummary() {
    }

    static String summarize(Path recording, int top) throws IOException {
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
                continue;
            }
            RecordedStackTrace stack = event.getStackTrace();
            if (stack == null || stack.getFrames().isEmpty()) {
                continue;
            }
            samples++;
            self.merge(name(stack.getFrames().get(0)), 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            for (RecordedFrame frame : stack.getFrames()) {
                String name = name(frame);
                if (INCLUSIVE_PREFIXES.stream().anyMatch(name::startsWith) && seen.add(name)) {
                    inclusive.merge(name, 1, Integer::sum);
                }
            }
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%d execution samples in %s%n%n", samples, recording.getFileName()));
        table(out, "Self (top frame)", self, samples, top);
        table(out, "Inclusive (on the stack; vanban, Lucene writer, Hibernate, H2, Tika)", inclusive, samples, top);
        return out.toString();
    }

    private static void table(StringBuilder out, String title, Map<String, Integer> counts, int samples, int top) {
        out.append("| ").append(title).append(" | samples | share |\n|---|---:|---:|\n");
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(e -> out.append(String.format(Locale.ROOT, "| `%s` | %d | %.1f%% |%n", e.getKey(),
                        e.getValue(), 100.0 * e.getValue() / Math.max(1, samples))));
        out.append('\n');
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }
}
