package org.vanban.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vanban.domain.Document;
import org.vanban.domain.Reference;
import org.vanban.domain.ReferenceRelation;
import org.vanban.ingest.IngestPipeline;
import org.vanban.parse.VietnameseText;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** References of the five seed documents against the hand-checked gold/references.json. */
class GoldReferencesTest {

    static final Map<String, Document> DOCUMENTS = new LinkedHashMap<>();
    static JsonNode gold;

    @BeforeAll
    static void ingestSeeds() throws IOException {
        IngestPipeline pipeline = new IngestPipeline();
        for (String name : GoldTargetsTest.SEEDS) {
            DOCUMENTS.put(name, pipeline.process(name, "sha", Files.readString(Path.of("corpus", name)), List.of()));
        }
        try (InputStream in = GoldReferencesTest.class.getResourceAsStream("/gold/references.json")) {
            gold = new ObjectMapper().readTree(in);
        }
    }

    private static Set<String> goldSet(JsonNode array) {
        Set<String> set = new TreeSet<>();
        if (array != null) {
            array.forEach(n -> set.add(DocumentNumber.compareKey(n.asText())));
        }
        return set;
    }

    private static Set<String> cited(Document d) {
        return d.references().stream().filter(r -> !r.partial())
                .map(r -> DocumentNumber.compareKey(r.number())).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void findsTheCitedNumbersOfEveryDocumentWithF1AtLeast098() {
        int truePositives = 0;
        int extracted = 0;
        int expected = 0;
        for (String name : GoldTargetsTest.SEEDS) {
            Set<String> want = goldSet(gold.get("cited").get(name));
            Set<String> got = cited(DOCUMENTS.get(name));
            Set<String> hit = new TreeSet<>(got);
            hit.retainAll(want);
            truePositives += hit.size();
            extracted += got.size();
            expected += want.size();
            Set<String> missed = new TreeSet<>(want);
            missed.removeAll(got);
            Set<String> extra = new TreeSet<>(got);
            extra.removeAll(want);
            System.out.printf("references %s: gold=%d found=%d missed=%s extra=%s%n", name, want.size(), got.size(),
                    missed, extra);
        }
        double precision = (double) truePositives / Math.max(1, extracted);
        double recall = (double) truePositives / expected;
        double f1 = 2 * precision * recall / Math.max(1e-9, precision + recall);
        System.out.printf("references: gold=%d extracted=%d matched=%d precision=%.3f recall=%.3f F1=%.3f%n",
                expected, extracted, truePositives, precision, recall, f1);
        assertTrue(f1 >= 0.98, "F1 " + f1);
    }

    @Test
    void statesTypeDateAndIssuerOfTheMostCitedNumbers() {
        List<Reference> all = DOCUMENTS.values().stream().flatMap(d -> d.references().stream()).toList();
        List<String> failures = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = gold.get("metadata").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = DocumentNumber.compareKey(e.getKey());
            List<Reference> refs = all.stream().filter(r -> DocumentNumber.compareKey(r.number()).equals(key)).toList();
            String type = e.getValue().get("type").asText();
            LocalDate date = LocalDate.parse(e.getValue().get("date").asText());
            String issuer = VietnameseText.matchKey(e.getValue().get("issuer").asText());
            if (refs.stream().noneMatch(r -> type.equals(r.type()))) {
                failures.add(e.getKey() + " type " + type);
            }
            if (refs.stream().noneMatch(r -> date.equals(r.date()))) {
                failures.add(e.getKey() + " date " + date);
            }
            if (refs.stream().noneMatch(r -> issuer.equals(VietnameseText.matchKey(r.issuer())))) {
                failures.add(e.getKey() + " issuer " + issuer + " in " + refs.stream().map(Reference::issuer).distinct().toList());
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void implementsExactlyTheDocumentsTheGoldNames() {
        for (String name : GoldTargetsTest.SEEDS) {
            Set<String> want = goldSet(gold.get("implements").get(name));
            Set<String> got = DOCUMENTS.get(name).references().stream()
                    .filter(r -> r.relation() == ReferenceRelation.IMPLEMENTS)
                    .map(r -> DocumentNumber.compareKey(r.number())).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(want, got, name);
        }
    }

    @Test
    void keepsEachCitationsOwnDateWhenTwoDocumentsDisagree() {
        Set<LocalDate> dates = DOCUMENTS.values().stream().flatMap(d -> d.references().stream())
                .filter(r -> r.number().equals("108/NQ-CP") && r.date() != null)
                .map(Reference::date).collect(Collectors.toSet());
        assertEquals(Set.of(LocalDate.of(2019, 11, 26), LocalDate.of(2019, 11, 16)), dates);
    }

    @Test
    void theNewsArticleCitesTheResolutionItReportsOn() {
        assertTrue(cited(DOCUMENTS.get("002_849468c7549e9275.txt")).contains("7/NQ-CP"));
    }
}
