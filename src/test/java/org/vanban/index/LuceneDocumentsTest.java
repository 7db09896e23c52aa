package org.vanban.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.vanban.domain.Document;
import org.vanban.domain.DocumentHeader;
import org.vanban.domain.Target;
import org.vanban.domain.TargetValue;

class LuceneDocumentsTest {

    final LuceneDocuments luceneDocuments = new LuceneDocuments();

    @Test
    void oneUnitPerDocumentClauseTaskAndTargetEachCarryingTheDocumentId() {
        IndexedDocument plan = SearchIndexTest.planOf2020();
        Document withTarget = new Document(plan.document().sourceName(), "sha", plan.document().header(), "",
                plan.document().clauses(), plan.document().tasks(),
                List.of(new Target("2", null, "Thu hút 20 triệu lượt khách du lịch vào năm 2025", 2025,
                        List.of(new TargetValue(new BigDecimal("20"), null, "triệu lượt", "đạt")), null)),
                List.of(), List.of());
        var units = luceneDocuments.build(new IndexedDocument(10, withTarget));

        // the facts after the passages, in the order of their clauses
        assertEquals(List.of("document", "clause", "clause", "task", "target"),
                units.stream().map(u -> u.get(IndexFields.KIND)).toList());
        assertEquals(Arrays.asList(null, "1", "2", "1", "2"),
                units.stream().map(u -> u.get(IndexFields.CLAUSE_PATH)).toList());
        units.forEach(u -> assertEquals("10", u.get(IndexFields.DOC_ID)));
        units.forEach(u -> assertEquals("86-kh-ubnd.txt", u.get(IndexFields.SOURCE_NAME)));
    }

    /**
     * A fact whose text is its clause's keeps the text to show, but its words are not analysed again: its clause
     * says where its sharing facts are. A fact that is part of its clause, or whose clause has no unit, has its own
     * words. Facts come in the order of their clauses; every unit knows its position.
     */
    @Test
    void aFactWhoseTextIsItsClausesIsFoundFromItsClauseInsteadOfBeingIndexedAgain() {
        Document plan = SearchIndexTest.planOf2020().document();
        String clause2 = plan.clauses().get(1).text();
        Document withFacts = new Document(plan.sourceName(), "sha", plan.header(), "", plan.clauses(), plan.tasks(),
                List.of(new Target("9", null, "Tỷ lệ hộ dùng nước sạch đạt 100%", 2025, List.of(), null),
                        new Target("2", null, clause2, null, List.of(), null)),
                List.of(), List.of());
        var units = luceneDocuments.build(new IndexedDocument(10, withFacts));

        assertEquals(List.of("document", "clause", "clause", "task", "target", "target"),
                units.stream().map(u -> u.get(IndexFields.KIND)).toList());
        for (int position = 0; position < units.size(); position++) {
            assertEquals(position, units.get(position).getField(IndexFields.ORDINAL).numericValue().intValue());
        }
        var sharing = units.get(4);
        assertEquals(List.of(""), factBody(sharing));
        assertEquals(clause2, sharing.get(IndexFields.TEXT));
        // clause 2: one sharing fact, two units on
        assertEquals(ClauseTextQuery.factsOfClause(2, 1),
                units.get(2).getField(IndexFields.CLAUSE_FACTS).numericValue().longValue());
        assertEquals(IndexFields.YES, units.get(2).get(IndexFields.TEXT_OF_FACTS));
        // clause 1's task is a part of it, the other target has no clause: their own words
        assertNull(units.get(1).getField(IndexFields.CLAUSE_FACTS));
        assertNull(units.get(1).get(IndexFields.TEXT_OF_FACTS));
        assertEquals(List.of("Tỷ lệ hộ dùng nước sạch đạt 100%"), factBody(units.get(5)));
        assertEquals("Phát triển hạ tầng giao thông vận tải, cảng Lạch Huyện", factBody(units.get(3)).get(0));
    }

    private static List<String> factBody(org.apache.lucene.document.Document unit) {
        return Arrays.stream(unit.getFields(IndexFields.FACT_BODY)).map(IndexableField::stringValue).toList();
    }

    @Test
    void taskUnitsCarryTheirAgenciesAsKeywordsAndAsSearchableNames() {
        var task = luceneDocuments.build(SearchIndexTest.planOf2020()).get(3);
        assertEquals(List.of("so-giao-thong-van-tai", "so-y-te"), Arrays.stream(task.getFields(IndexFields.AGENCY))
                .map(f -> f.binaryValue() != null ? f.binaryValue().utf8ToString() : f.stringValue())
                .distinct().toList());
        assertEquals(List.of("Phát triển hạ tầng giao thông vận tải, cảng Lạch Huyện", "Sở Giao thông vận tải",
                "Sở Y tế"), factBody(task));
    }

    /**
     * Every unit has a norm in both text fields (read as an array, not through a sparse index), while the field a
     * unit is not searched by holds no term: matching and BM25's statistics are those of the searched units only.
     */
    @Test
    void bothTextFieldsHaveNormsOnEveryUnitButTermsOnlyWhereSearched() throws Exception {
        try (var directory = new ByteBuffersDirectory();
                var writer = new IndexWriter(directory, new IndexWriterConfig(VietnameseAnalyzers.perField()))) {
            writer.addDocuments(luceneDocuments.build(SearchIndexTest.planOf2020()));
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                LeafReader leaf = reader.leaves().get(0).reader();
                for (String field : List.of(IndexFields.BODY, IndexFields.FACT_BODY)) {
                    NumericDocValues norms = leaf.getNormValues(field);
                    for (int doc = 0; doc < leaf.maxDoc(); doc++) {
                        assertTrue(norms.advanceExact(doc), field + " norm of unit " + doc);
                    }
                }
                // document + 2 clauses are passages; the task is the one fact
                assertEquals(3, leaf.terms(IndexFields.BODY).getDocCount());
                assertEquals(1, leaf.terms(IndexFields.FACT_BODY).getDocCount());
            }
        }
    }

    @Test
    void numbersInTheTextAndTheDocumentsOwnNumberAreKeywords() {
        var units = luceneDocuments.build(SearchIndexTest.planOf2020());
        assertEquals(List.of("45-NQ/TW", "86/KH-UBND"), Arrays.stream(units.get(0).getFields(IndexFields.NUMBERS))
                .map(IndexableField::stringValue).toList());
    }

    @Test
    void aDocumentWithoutHeaderOrClausesStillHasItsDocumentUnit() {
        Document bare = new Document("empty.txt", "sha", null, "", List.of(), List.of(), List.of(), List.of(),
                List.of());
        var units = luceneDocuments.build(new IndexedDocument(3, bare));
        assertEquals(1, units.size());
        assertEquals("empty.txt", units.get(0).get(IndexFields.TEXT));
    }

    @Test
    void headerFieldsAreNotRequired() {
        Document untitled = new Document("x.txt", "sha", DocumentHeader.empty(), "", List.of(), List.of(), List.of(),
                List.of(), List.of());
        assertEquals("x.txt", luceneDocuments.build(new IndexedDocument(4, untitled)).get(0).get(IndexFields.TITLE));
    }
}
