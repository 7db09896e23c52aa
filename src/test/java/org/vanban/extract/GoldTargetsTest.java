package org.vanban.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vanban.domain.Document;
import org.vanban.domain.Target;
import org.vanban.domain.TargetValue;
import org.vanban.ingest.IngestPipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Targets of the five seed documents against the hand-checked gold/targets.json. */
class GoldTargetsTest {

    static final List<String> SEEDS = List.of("000_a94093d8dfa7b875.txt", "001_a99ad02499007063.txt",
            "002_849468c7549e9275.txt", "003_a5a578a4b8df2a53.txt", "004_bf0562e2cffc9437.txt");

    static final Map<String, Document> DOCUMENTS = new LinkedHashMap<>();
    static JsonNode gold;

    @BeforeAll
    static void ingestSeeds() throws IOException {
        IngestPipeline pipeline = new IngestPipeline();
        for (String name : SEEDS) {
            if (!DOCUMENTS.containsKey(name)) {
                DOCUMENTS.put(name, pipeline.process(name, "sha",
                        Files.readString(Path.of("corpus", name)), List.of()));
            }
        }
        try (InputStream in = GoldTargetsTest.class.getResourceAsStream("/gold/targets.json")) {
            gold = new ObjectMapper().readTree(in);
        }
    }

    static String squash(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    /** Pairs each gold target with the first unmatched extracted target whose text contains its key. */
    static Map<JsonNode, Target> match() {
        Map<JsonNode, Target> matched = new LinkedHashMap<>();
        for (String name : SEEDS) {
            List<Target> free = new ArrayList<>(DOCUMENTS.get(name).targets());
            for (JsonNode g : gold) {
                if (!g.get("doc").asText().equals(name)) {
                    continue;
                }
                String key = squash(g.get("key").asText());
                for (Target t : free) {
                    if (squash(t.text()).contains(key)) {
                        matched.put(g, t);
                        free.remove(t);
                        break;
                    }
                }
            }
        }
        return matched;
    }

    @Test
    void findsTheGoldTargetsWithF1AtLeast095() {
        Map<JsonNode, Target> matched = match();
        int extracted = DOCUMENTS.values().stream().mapToInt(d -> d.targets().size()).sum();
        int expected = gold.size();
        double precision = (double) matched.size() / Math.max(1, extracted);
        double recall = (double) matched.size() / expected;
        double f1 = 2 * precision * recall / Math.max(1e-9, precision + recall);
        System.out.printf("targets: gold=%d extracted=%d matched=%d precision=%.3f recall=%.3f F1=%.3f%n",
                expected, extracted, matched.size(), precision, recall, f1);
        for (JsonNode g : gold) {
            if (!matched.containsKey(g)) {
                System.out.println("  missed: " + g.get("doc").asText() + " " + g.get("key").asText());
            }
        }
        for (Map.Entry<String, Document> e : DOCUMENTS.entrySet()) {
            for (Target t : e.getValue().targets()) {
                if (!matched.containsValue(t)) {
                    System.out.println("  extra: " + e.getKey() + " [" + t.group() + "] " + t.text());
                }
            }
        }
        assertTrue(f1 >= 0.95, "F1 " + f1);
    }

    @Test
    void findsExactlyAsManyTargetsPerDocumentAsTheGold() {
        for (String name : SEEDS) {
            long expected = 0;
            for (JsonNode g : gold) {
                if (g.get("doc").asText().equals(name)) {
                    expected++;
                }
            }
            assertEquals(expected, DOCUMENTS.get(name).targets().size(), name);
        }
    }

    @Test
    void everyGoldValueIsReadWithItsUnitAndYear() {
        Map<JsonNode, Target> matched = match();
        int checked = 0;
        for (JsonNode g : gold) {
            if (!g.has("value")) {
                continue;
            }
            Target t = matched.get(g);
            assertNotNull(t, "not found: " + g.get("key").asText());
            BigDecimal value = new BigDecimal(g.get("value").asText());
            String unit = g.get("unit").asText();
            List<TargetValue> values = t.values();
            assertTrue(values.stream().anyMatch(v -> v.value().compareTo(value) == 0 && unit.equals(v.unit())),
                    g.get("key").asText() + " -> " + values);
            assertEquals(g.get("year").asInt(), t.year(), g.get("key").asText());
            checked++;
        }
        assertEquals(11, checked);
    }

    @Test
    void targetsSitUnderTheGoldGroup() {
        Map<JsonNode, Target> matched = match();
        long sameGroup = matched.entrySet().stream()
                .filter(e -> squash(e.getKey().get("group").asText()).equals(squash(e.getValue().group())))
                .count();
        System.out.printf("targets: %d of %d matched targets carry the gold group%n", sameGroup, matched.size());
        matched.forEach((g, t) -> {
            if (!squash(g.get("group").asText()).equals(squash(t.group()))) {
                System.out.println("  group: " + g.get("group").asText() + " <> " + t.group());
            }
        });
        assertEquals(matched.size(), sameGroup);
    }

    private static Target targetStarting(String doc, String start) {
        return DOCUMENTS.get(doc).targets().stream()
                .filter(t -> squash(t.text()).startsWith(squash(start)))
                .findFirst().orElseThrow(() -> new AssertionError("no target " + start + " in " + doc));
    }

    @Test
    void portThroughputLinksAcrossThreeDocumentsAndFourTargets() {
        List<Target> port = List.of(
                targetStarting("004_bf0562e2cffc9437.txt", "Sản lượng hàng hóa qua cảng đến năm 2025"),
                targetStarting("004_bf0562e2cffc9437.txt", "Sản lượng hàng hóa qua cảng đến năm 2030"),
                targetStarting("001_a99ad02499007063.txt", "Sản lượng hàng hoá thông qua cảng"),
                targetStarting("003_a5a578a4b8df2a53.txt", "Sản lượng hàng hoá thông qua các cảng"));
        String key = port.get(0).indicator();
        assertEquals("san luong hang hoa qua cang", key);
        for (Target t : port) {
            assertEquals(key, t.indicator(), t.text());
        }
        long sharing = DOCUMENTS.values().stream().flatMap(d -> d.targets().stream())
                .filter(t -> key.equals(t.indicator())).count();
        assertEquals(4, sharing);
    }

    @Test
    void exportTurnoverDoesNotLinkWithPortThroughput() {
        Target export = targetStarting("001_a99ad02499007063.txt", "Kim ngạch xuất khẩu đạt 33 tỷ USD");
        Target port = targetStarting("001_a99ad02499007063.txt", "Sản lượng hàng hoá thông qua cảng");
        assertNotEquals(port.indicator(), export.indicator());
        Target fisheries = targetStarting("004_bf0562e2cffc9437.txt", "Tổng sản lượng thủy sản đạt trên 250");
        assertNotEquals(port.indicator(), fisheries.indicator());
    }

    @Test
    void aNewsArticleAndAnActionProgrammeWithoutTargetHeadingsHaveNoTargets() {
        assertEquals(List.of(), DOCUMENTS.get("002_849468c7549e9275.txt").targets());
        assertEquals(List.of(), DOCUMENTS.get("000_a94093d8dfa7b875.txt").targets());
    }
}
