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

        assertEquals(List.of("document", "clause", "clause", "task", "target"),
                units.stream().map(u -> u.get(IndexFields.KIND)).toList());
        units.forEach(u -> assertEquals("10", u.get(IndexFields.DOC_ID)));
        units.forEach(u -> assertEquals("86-kh-ubnd.txt", u.get(IndexFields.SOURCE_NAME)));
        assertNull(units.get(0).get(IndexFields.CLAUSE_PATH));
        assertEquals("2", units.get(4).get(IndexFields.CLAUSE_PATH));
    }

    @Test
    void taskUnitsCarryTheirAgenciesAsKeywordsAndAsSearchableNames() {
        var task = luceneDocuments.build(SearchIndexTest.planOf2020()).get(3);
        assertEquals(List.of("so-giao-thong-van-tai", "so-y-te"), Arrays.stream(task.getFields(IndexFields.AGENCY))
                .map(f -> f.binaryValue() != null ? f.binaryValue().utf8ToString() : f.stringValue())
                .distinct().toList());
        assertEquals(List.of("Phát triển hạ tầng giao thông vận tải, cảng Lạch Huyện", "Sở Giao thông vận tải",
                "Sở Y tế"), Arrays.stream(task.getFields(IndexFields.FACT_BODY)).map(IndexableField::stringValue)
                .toList());
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
