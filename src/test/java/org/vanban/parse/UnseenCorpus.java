package org.vanban.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.vanban.domain.Document;
import org.vanban.ingest.IngestPipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Test access to the unseen documents: texts written in the style of other provinces and ministries (a Quyết
 * định with Chương/Điều, a HĐND resolution, a PDF-extracted plan, a ministry's letter, a portal page, a Party
 * resolution, a Word plan) with hand-written answers in unseen/expected.json. They are test resources, never
 * corpus: the service does not ingest them and no rule may name them.
 */
public final class UnseenCorpus {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Document> PROCESSED = new ConcurrentHashMap<>();
    private static JsonNode expected;

    private UnseenCorpus() {
    }

    public static synchronized JsonNode expected() {
        if (expected == null) {
            try (InputStream in = resource("expected.json")) {
                expected = JSON.readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return expected;
    }

    public static List<String> names() {
        List<String> names = new ArrayList<>();
        expected().get("documents").fieldNames().forEachRemaining(names::add);
        return names;
    }

    public static JsonNode answers(String name) {
        return expected().get("documents").get(name);
    }

    public static String text(String name) {
        try (InputStream in = resource(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document as the ingest pipeline makes it (normalize, header, clauses, extractors). */
    public static Document processed(String name) {
        return PROCESSED.computeIfAbsent(name, n -> new IngestPipeline().process(n, "unseen", text(n), List.of()));
    }

    /** Precision and recall as one report line: "header  P=0.93 (13/14) R=0.87 (13/15)". */
    public static String report(String aspect, int correct, int found, int expected) {
        return String.format(java.util.Locale.ROOT, "%-22s P=%.2f (%d/%d) R=%.2f (%d/%d)", aspect,
                found == 0 ? 1.0 : (double) correct / found, correct, found,
                expected == 0 ? 1.0 : (double) correct / expected, correct, expected);
    }

    private static InputStream resource(String name) {
        InputStream in = UnseenCorpus.class.getResourceAsStream("/unseen/" + name);
        if (in == null) {
            throw new IllegalStateException("missing test resource unseen/" + name);
        }
        return in;
    }
}
