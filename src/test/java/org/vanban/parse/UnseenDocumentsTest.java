package org.vanban.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vanban.domain.Clause;
import org.vanban.domain.Document;
import org.vanban.domain.DocumentHeader;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Header and clause tree of documents the rules were not written against (unseen/expected.json): each field and
 * each structure check is a row, and a summary reports precision and recall of the header fields.
 */
class UnseenDocumentsTest {

    /** Fields checked when the answers name them; "source" is null for every document that is not a news article. */
    private static final List<String> FIELDS = List.of("number", "type", "issuer", "place", "date", "title", "signer", "source");

    private static String field(DocumentHeader h, String field) {
        return switch (field) {
            case "number" -> h.number();
            case "type" -> h.type();
            case "issuer" -> h.issuer();
            case "place" -> h.place();
            case "date" -> h.issuedDate() == null ? null : h.issuedDate().toString();
            case "title" -> h.title();
            case "signer" -> h.signer();
            case "source" -> h.source();
            default -> throw new IllegalArgumentException(field);
        };
    }

    static Stream<Arguments> headerFields() {
        List<Arguments> rows = new ArrayList<>();
        for (String doc : UnseenCorpus.names()) {
            JsonNode header = UnseenCorpus.answers(doc).get("header");
            for (String field : FIELDS) {
                rows.add(Arguments.of(doc, field, header.path(field).isNull() || header.path(field).isMissingNode()
                        ? null : header.get(field).asText()));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} {1} = {2}")
    @MethodSource("headerFields")
    void headerFieldAsPrinted(String doc, String field, String expected) {
        assertEquals(expected, field(UnseenCorpus.processed(doc).header(), field));
    }

    static Stream<Arguments> structureChecks() {
        List<Arguments> rows = new ArrayList<>();
        for (String doc : UnseenCorpus.names()) {
            for (JsonNode check : UnseenCorpus.answers(doc).get("structure")) {
                rows.add(Arguments.of(doc, check.has("path") ? check.get("path").asText() : null,
                        check.has("contains") ? check.get("contains").asText() : null,
                        check.has("children") ? check.get("children").asInt() : null,
                        check.has("nowhere") ? check.get("nowhere").asText() : null));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} {1} contains \"{2}\" children {3} nowhere \"{4}\"")
    @MethodSource("structureChecks")
    void clauseTreeHoldsTheCheck(String doc, String path, String contains, Integer children, String nowhere) {
        assertTrue(structureCheckHolds(UnseenCorpus.processed(doc), path, contains, children, nowhere),
                () -> describe(UnseenCorpus.processed(doc), path));
    }

    /** Clause paths stay unique and every parent exists, whatever the input looked like. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void pathsAreUniqueAndParentsExist(String doc) {
        List<Clause> clauses = UnseenCorpus.processed(doc).clauses();
        assertFalse(clauses.isEmpty());
        List<String> paths = clauses.stream().map(Clause::path).toList();
        assertEquals(paths.size(), paths.stream().distinct().count(), "duplicate paths");
        for (Clause c : clauses) {
            assertTrue(c.parentPath() == null || paths.contains(c.parentPath()), () -> "orphan " + c.path());
        }
    }

    static Stream<String> documents() {
        return UnseenCorpus.names().stream();
    }

    @Test
    void reportsPrecisionAndRecall() {
        int found = 0;
        int expected = 0;
        int correct = 0;
        int checks = 0;
        int passed = 0;
        for (String doc : UnseenCorpus.names()) {
            Document d = UnseenCorpus.processed(doc);
            JsonNode header = UnseenCorpus.answers(doc).get("header");
            for (String field : FIELDS) {
                String want = header.hasNonNull(field) ? header.get(field).asText() : null;
                String got = field(d.header(), field);
                found += got == null ? 0 : 1;
                expected += want == null ? 0 : 1;
                correct += want != null && Objects.equals(want, got) ? 1 : 0;
            }
            for (JsonNode check : UnseenCorpus.answers(doc).get("structure")) {
                checks++;
                passed += structureCheckHolds(d, check.has("path") ? check.get("path").asText() : null,
                        check.has("contains") ? check.get("contains").asText() : null,
                        check.has("children") ? check.get("children").asInt() : null,
                        check.has("nowhere") ? check.get("nowhere").asText() : null) ? 1 : 0;
            }
        }
        System.out.println("[unseen] " + UnseenCorpus.report("header fields", correct, found, expected));
        System.out.println("[unseen] " + UnseenCorpus.report("structure checks", passed, checks, checks));
        assertEquals(expected, correct, "header fields right");
        assertEquals(checks, passed, "structure checks passed");
    }

    private static boolean structureCheckHolds(Document d, String path, String contains, Integer children, String nowhere) {
        if (nowhere != null) {
            String key = VietnameseText.matchKey(nowhere);
            return d.clauses().stream().noneMatch(c -> VietnameseText.matchKey(c.fullText()).contains(key));
        }
        Clause clause = d.clauses().stream().filter(c -> c.path().equals(path)).findFirst().orElse(null);
        if (clause == null) {
            return false;
        }
        if (contains != null && !VietnameseText.matchKey(clause.fullText()).contains(VietnameseText.matchKey(contains))) {
            return false;
        }
        return children == null || children == d.clauses().stream().filter(c -> path.equals(c.parentPath())).count();
    }

    private static String describe(Document d, String path) {
        StringBuilder s = new StringBuilder("clauses near " + path + ":\n");
        d.clauses().forEach(c -> s.append("  ").append(c.path()).append(" | ").append(
                c.fullText().length() > 80 ? c.fullText().substring(0, 80) : c.fullText()).append('\n'));
        return s.toString();
    }
}
