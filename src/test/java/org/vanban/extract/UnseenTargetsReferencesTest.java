package org.vanban.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vanban.domain.Document;
import org.vanban.domain.Reference;
import org.vanban.domain.Target;
import org.vanban.domain.TargetValue;
import org.vanban.parse.UnseenCorpus;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Targets and cited numbers of documents the rules were not written against (unseen/expected.json). A target is
 * identified by its clause path; its first value, upper bound, unit and horizon year must match. Cited numbers
 * are compared as sets per document, and the stated type, date and issuer of some of them are checked.
 */
class UnseenTargetsReferencesTest {

    static Stream<Arguments> expectedTargets() {
        List<Arguments> rows = new ArrayList<>();
        for (String doc : UnseenCorpus.names()) {
            for (JsonNode t : UnseenCorpus.answers(doc).get("targets")) {
                rows.add(Arguments.of(doc, t.get("path").asText(), t));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("expectedTargets")
    void targetWithItsFirstValue(String doc, String path, JsonNode expected) {
        Target target = UnseenCorpus.processed(doc).targets().stream()
                .filter(t -> t.clausePath().equals(path)).findFirst().orElse(null);
        assertNotNull(target, () -> "no target at " + path + "; found " + paths(UnseenCorpus.processed(doc)));
        assertEquals(expectedValue(expected), describe(target, expected.has("year")), target.text());
    }

    static Stream<String> documents() {
        return UnseenCorpus.names().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void noTargetBeyondTheExpectedOnes(String doc) {
        Set<String> expected = new TreeSet<>();
        UnseenCorpus.answers(doc).get("targets").forEach(t -> expected.add(t.get("path").asText()));
        assertEquals(expected, new TreeSet<>(paths(UnseenCorpus.processed(doc))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void citedNumbers(String doc) {
        assertEquals(expectedCited(doc), cited(UnseenCorpus.processed(doc)));
    }

    static Stream<Arguments> referenceMetadata() {
        List<Arguments> rows = new ArrayList<>();
        for (String doc : UnseenCorpus.names()) {
            UnseenCorpus.answers(doc).get("reference_metadata").fields().forEachRemaining(e -> {
                e.getValue().fields().forEachRemaining(f -> rows.add(
                        Arguments.of(doc, e.getKey(), f.getKey(), f.getValue().asText())));
            });
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2} = {3}")
    @MethodSource("referenceMetadata")
    void citedDocumentAsStated(String doc, String number, String field, String expected) {
        assertEquals(expected, stated(UnseenCorpus.processed(doc), number, field));
    }

    @Test
    void reportsPrecisionAndRecall() {
        int targetsFound = 0;
        int targetsExpected = 0;
        int targetsRight = 0;
        int valuesRight = 0;
        int citedFound = 0;
        int citedExpected = 0;
        int citedRight = 0;
        int metadataChecks = 0;
        int metadataRight = 0;
        for (String doc : UnseenCorpus.names()) {
            Document d = UnseenCorpus.processed(doc);
            JsonNode answers = UnseenCorpus.answers(doc);
            targetsFound += d.targets().size();
            for (JsonNode t : answers.get("targets")) {
                targetsExpected++;
                Target target = d.targets().stream().filter(x -> x.clausePath().equals(t.get("path").asText()))
                        .findFirst().orElse(null);
                if (target != null) {
                    targetsRight++;
                    valuesRight += expectedValue(t).equals(describe(target, t.has("year"))) ? 1 : 0;
                }
            }
            Set<String> want = expectedCited(doc);
            Set<String> got = cited(d);
            citedFound += got.size();
            citedExpected += want.size();
            citedRight += (int) got.stream().filter(want::contains).count();
            var fields = answers.get("reference_metadata").fields();
            while (fields.hasNext()) {
                var e = fields.next();
                var stated = e.getValue().fields();
                while (stated.hasNext()) {
                    var f = stated.next();
                    metadataChecks++;
                    metadataRight += f.getValue().asText().equals(stated(d, e.getKey(), f.getKey())) ? 1 : 0;
                }
            }
        }
        System.out.println("[unseen] " + UnseenCorpus.report("targets", targetsRight, targetsFound, targetsExpected));
        System.out.println("[unseen] " + UnseenCorpus.report("target values", valuesRight, targetsRight, targetsExpected));
        System.out.println("[unseen] " + UnseenCorpus.report("cited numbers", citedRight, citedFound, citedExpected));
        System.out.println("[unseen] " + UnseenCorpus.report("cited metadata", metadataRight, metadataChecks, metadataChecks));
        assertEquals(targetsExpected, targetsRight);
        assertEquals(targetsExpected, targetsFound);
        assertEquals(targetsExpected, valuesRight);
        assertEquals(citedExpected, citedRight);
        assertEquals(citedExpected, citedFound);
        assertEquals(metadataChecks, metadataRight);
    }

    private static List<String> paths(Document d) {
        return d.targets().stream().map(Target::clausePath).toList();
    }

    private static Set<String> expectedCited(String doc) {
        Set<String> want = new TreeSet<>();
        UnseenCorpus.answers(doc).get("cited").forEach(n -> want.add(n.asText()));
        return want;
    }

    private static Set<String> cited(Document d) {
        return d.references().stream().map(Reference::number).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String stated(Document d, String number, String field) {
        return d.references().stream().filter(r -> r.number().equals(number))
                .map(r -> switch (field) {
                    case "type" -> r.type();
                    case "date" -> r.date() == null ? null : r.date().toString();
                    case "issuer" -> r.issuer();
                    default -> throw new IllegalArgumentException(field);
                })
                .filter(v -> v != null).findFirst().orElse(null);
    }

    private static String expectedValue(JsonNode t) {
        return format(new BigDecimal(t.get("value").asText()),
                t.has("upper") ? new BigDecimal(t.get("upper").asText()) : null,
                t.get("unit").asText(), t.has("year") ? t.get("year").asInt() : null, t.has("year"));
    }

    private static String describe(Target target, boolean withYear) {
        TargetValue v = target.values().isEmpty() ? null : target.values().get(0);
        return v == null ? "no value" : format(v.value(), v.upper(), v.unit(), target.year(), withYear);
    }

    private static String format(BigDecimal value, BigDecimal upper, String unit, Integer year, boolean withYear) {
        return value.stripTrailingZeros().toPlainString()
                + (upper == null ? "" : " - " + upper.stripTrailingZeros().toPlainString())
                + " " + unit + (withYear && year != null ? " (" + year + ")" : "");
    }
}
