package org.vanban.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.vanban.domain.Clause;
import org.vanban.domain.ClauseKind;
import org.vanban.domain.ColumnRole;

import com.fasterxml.jackson.databind.JsonNode;

/** Every check of gold/structure.json over the seed corpus, plus invariants every clause tree must keep. */
class GoldStructureTest {

    private static final Map<String, NormalizedText> NORMALIZED = new HashMap<>();
    private static final Map<String, List<Clause>> CLAUSES = new HashMap<>();

    private static NormalizedText normalized(String doc) {
        return NORMALIZED.computeIfAbsent(doc, d -> new TextNormalizer().normalize(GoldCorpus.seed(d)));
    }

    private static List<Clause> clauses(String doc) {
        return CLAUSES.computeIfAbsent(doc, d -> new StructureParser().parse(normalized(d).text()));
    }

    static Stream<Arguments> clauseChecks() {
        List<Arguments> rows = new ArrayList<>();
        for (JsonNode check : GoldCorpus.gold("structure.json").get("checks")) {
            rows.add(Arguments.of(check.get("doc").asText(), check.get("path").asText(),
                    check.has("contains") ? check.get("contains").asText() : null,
                    check.has("children") ? check.get("children").asInt() : null));
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("clauseChecks")
    void clauseAtPathHoldsTheGoldText(String doc, String path, String contains, Integer children) {
        List<Clause> clauses = clauses(doc);
        Clause clause = clauses.stream().filter(c -> c.path().equals(path)).findFirst().orElse(null);
        assertNotNull(clause, () -> "no clause at " + path + " in " + doc);
        if (contains != null) {
            assertTrue(VietnameseText.matchKey(clause.fullText()).contains(VietnameseText.matchKey(contains)),
                    () -> path + " should contain \"" + contains + "\" but is \"" + clause.fullText() + "\"");
        }
        if (children != null) {
            long count = clauses.stream().filter(c -> path.equals(c.parentPath())).count();
            assertEquals(children.longValue(), count, () -> "children of " + path);
        }
    }

    static Stream<Arguments> textChecks() {
        List<Arguments> rows = new ArrayList<>();
        for (JsonNode check : GoldCorpus.gold("structure.json").get("normalized_text")) {
            String kind = check.has("occurs_once") ? "occurs_once" : check.has("contains") ? "contains" : "absent";
            rows.add(Arguments.of(check.get("doc").asText(), kind, check.get(kind).asText()));
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} {1} \"{2}\"")
    @MethodSource("textChecks")
    void normalizedTextHoldsTheGoldCheck(String doc, String kind, String value) {
        String text = normalized(doc).text();
        int first = text.indexOf(value);
        switch (kind) {
            case "occurs_once" -> {
                assertTrue(first >= 0, "missing: " + value);
                assertEquals(-1, text.indexOf(value, first + 1), "printed twice: " + value);
            }
            case "contains" -> assertTrue(first >= 0, "missing: " + value);
            default -> assertEquals(-1, first, "should be gone: " + value);
        }
    }

    @Test
    void theRepeatedHeaderIsReportedAsAWarning() {
        List<String> warnings = normalized("004_bf0562e2cffc9437.txt").warnings();
        assertTrue(warnings.stream().anyMatch(w -> w.contains("printed twice")), warnings::toString);
    }

    @Test
    void appendixRowsCarryTheirCellsByColumnMeaning() {
        Clause row = clauses("004_bf0562e2cffc9437.txt").stream().filter(c -> c.path().equals("PL1.4")).findFirst().orElseThrow();
        assertEquals(ClauseKind.TABLE_ROW, row.kind());
        assertEquals("4", row.cells().get(ColumnRole.NUMBER));
        assertEquals("Sở Kế hoạch và Đầu tư", row.cells().get(ColumnRole.LEAD));
        assertTrue(row.cells().get(ColumnRole.COOPERATING).startsWith("Sở Tài chính, Sở Xây dựng"));
        assertEquals("Báo cáo Thủ tướng Chính phủ", row.cells().get(ColumnRole.PRODUCT));
        assertEquals("Định kỳ hàng năm", row.cells().get(ColumnRole.DEADLINE));
        assertTrue(row.cells().get(ColumnRole.TASK).startsWith("Huy động vốn đầu tư"));
    }

    @Test
    void aTitleOnlyClauseKeepsItsTitleAsHeadingAndAnAssignmentLineKeepsItsText() {
        List<Clause> clauses = clauses("004_bf0562e2cffc9437.txt");
        Clause section = clauses.stream().filter(c -> c.path().equals("I")).findFirst().orElseThrow();
        assertEquals("MỤC ĐÍCH, YÊU CẦU.", section.heading());
        assertEquals("", section.text());
        Clause assignment = clauses.stream().filter(c -> c.path().equals("III.2.d")).findFirst().orElseThrow();
        assertEquals(null, assignment.heading());
        assertTrue(assignment.text().startsWith("Sở Giao thông vận tải chủ trì") && assignment.text().endsWith(":"));
    }

    @Test
    void aLabelRepeatedAmongSiblingsGetsASuffix() {
        Set<String> paths = new HashSet<>();
        clauses("003_a5a578a4b8df2a53.txt").forEach(c -> paths.add(c.path()));
        assertTrue(paths.contains("IV.2.5") && paths.contains("IV.2.5_2"), paths::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_a94093d8dfa7b875.txt", "001_a99ad02499007063.txt", "002_849468c7549e9275.txt",
            "003_a5a578a4b8df2a53.txt", "004_bf0562e2cffc9437.txt"})
    void everyClauseHasAUniquePathAKnownParentAndOffsetsOnItsOwnText(String doc) {
        String text = normalized(doc).text();
        Set<String> paths = new HashSet<>();
        for (Clause c : clauses(doc)) {
            assertTrue(paths.add(c.path()), () -> "duplicate path " + c.path());
            assertTrue(c.parentPath() == null || paths.contains(c.parentPath()), () -> "parent after child: " + c.path());
            assertTrue(c.path().matches("[A-Za-z0-9_.-]+"), () -> "path not URL-safe: " + c.path());
            assertTrue(0 <= c.start() && c.start() < c.end() && c.end() <= text.length(), () -> "offsets of " + c.path());
            String printed = text.substring(c.start(), c.end());
            String own = c.kind() == ClauseKind.TABLE_ROW ? c.cells().get(ColumnRole.TASK) : c.fullText();
            if (own != null && !own.isEmpty() && c.kind() != ClauseKind.APPENDIX) {
                assertTrue(VietnameseText.collapseWhitespace(printed).contains(own.lines().findFirst().orElse("")),
                        () -> c.path() + ": \"" + printed + "\" does not hold \"" + c.fullText() + "\"");
            }
        }
        assertFalse(paths.isEmpty());
    }

    @Test
    void markdownHeadingMarksDoNotDecideNesting() {
        // "## **2.2.**" and "#### ***2.1.***" are siblings under "2." whatever their hash marks
        List<Clause> clauses = clauses("001_a99ad02499007063.txt");
        assertEquals("II.2", clauses.stream().filter(c -> c.path().equals("II.2.1")).findFirst().orElseThrow().parentPath());
        assertEquals("II.2", clauses.stream().filter(c -> c.path().equals("II.2.2")).findFirst().orElseThrow().parentPath());
    }
}
