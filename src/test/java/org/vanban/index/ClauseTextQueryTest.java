package org.vanban.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.vanban.domain.Clause;
import org.vanban.domain.ClauseKind;
import org.vanban.domain.Deadline;
import org.vanban.domain.Document;
import org.vanban.domain.DocumentHeader;
import org.vanban.domain.Target;
import org.vanban.domain.Task;

/**
 * The facts found through their clauses are exactly those whose clause matches, scored as the clause, across
 * documents, several facts to a clause, replaced documents and merged segments.
 */
class ClauseTextQueryTest {

    private static final String[] TEXTS = {
            "Phát triển cảng biển Lạch Huyện", "Nâng cấp bệnh viện tuyến huyện", "Phát triển du lịch biển Đồ Sơn",
            "Xây dựng cảng cạn và trung tâm logistics", "Chuyển đổi số trong y tế",
    };

    /** Document {@code id}: five clauses, every other one with a task and a target that are its whole text. */
    private static IndexedDocument document(long id, int shift) {
        List<Clause> clauses = new ArrayList<>();
        List<Task> tasks = new ArrayList<>();
        List<Target> targets = new ArrayList<>();
        for (int i = 0; i < TEXTS.length; i++) {
            String text = TEXTS[(i + shift) % TEXTS.length] + " " + id;
            String path = Integer.toString(i + 1);
            clauses.add(new Clause(path, null, null, null, text, 0, text.length(), ClauseKind.NUMBERED, Map.of()));
            if ((i + shift) % 2 == 0) {
                tasks.add(new Task(path, text, List.of(), List.of(), false, null, Deadline.none()));
                targets.add(new Target(path, null, text, 2025, List.of(), null));
            }
        }
        return new IndexedDocument(id, new Document(id + ".txt", "sha" + id, DocumentHeader.empty(), "", clauses,
                tasks, targets, List.of(), List.of()));
    }

    @Test
    void factsMatchWhereTheirClauseMatchesWithItsScore() throws IOException {
        LuceneDocuments units = new LuceneDocuments();
        try (var directory = new ByteBuffersDirectory();
                var writer = new IndexWriter(directory, new IndexWriterConfig(VietnameseAnalyzers.perField()))) {
            for (int id = 1; id <= 6; id++) {
                writer.addDocuments(units.build(document(id, id)));
                if (id == 3) {
                    writer.commit();
                }
            }
            // replaced: its units are deleted and written again at the end
            writer.updateDocuments(new Term(IndexFields.DOC_ID, "2"), units.build(document(2, 4)));
            assertFacts(writer, 2);
            writer.forceMerge(1);
            assertFacts(writer, 1);
        }
    }

    private static void assertFacts(IndexWriter writer, int segments) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            assertEquals(segments, reader.leaves().size());
            IndexSearcher searcher = new IndexSearcher(reader);
            for (String word : List.of("cảng", "biển", "huyện", "y", "logistics")) {
                Query onBody = new TermQuery(new Term(IndexFields.BODY, word));
                Query facts = ClauseTextQuery.facts(new MatchNoDocsQuery(), onBody);
                ScoreDoc[] found = searcher.search(facts, 1000).scoreDocs;

                // expected: every fact unit whose stored text has the word; its clause's score
                Map<String, Float> clauseScores = new HashMap<>();
                for (ScoreDoc clause : searcher.search(onBody, 1000).scoreDocs) {
                    clauseScores.put(key(searcher, clause.doc), clause.score);
                }
                Set<String> expected = new TreeSet<>();
                for (int doc = 0; doc < reader.maxDoc(); doc++) {
                    var unit = searcher.storedFields().document(doc);
                    String kind = unit.get(IndexFields.KIND);
                    if ((kind.equals(IndexFields.KIND_TASK) || kind.equals(IndexFields.KIND_TARGET))
                            && clauseScores.containsKey(key(searcher, doc)) && isLive(reader, doc)) {
                        expected.add(kind + " " + key(searcher, doc));
                    }
                }
                Set<String> actual = new TreeSet<>();
                for (ScoreDoc hit : found) {
                    String kind = searcher.storedFields().document(hit.doc).get(IndexFields.KIND);
                    actual.add(kind + " " + key(searcher, hit.doc));
                    assertEquals(clauseScores.get(key(searcher, hit.doc)), hit.score, word);
                }
                assertEquals(expected, actual, word);
                assertEquals(expected.size(), searcher.count(facts), word);
                // beside a filter that leads, the facts are found by advancing to its candidates
                for (String kind : List.of(IndexFields.KIND_TASK, IndexFields.KIND_TARGET)) {
                    Query filtered = new BooleanQuery.Builder().add(facts, Occur.MUST)
                            .add(new TermQuery(new Term(IndexFields.KIND, kind)), Occur.FILTER).build();
                    assertEquals(expected.stream().filter(fact -> fact.startsWith(kind + " ")).count(),
                            searcher.count(filtered), word + " " + kind);
                }
            }
        }
    }

    private static boolean isLive(DirectoryReader reader, int doc) {
        var leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
        var live = leaf.reader().getLiveDocs();
        return live == null || live.get(doc - leaf.docBase);
    }

    /** Document and clause path of a unit: a fact and its clause share it. */
    private static String key(IndexSearcher searcher, int doc) throws IOException {
        var unit = searcher.storedFields().document(doc);
        return unit.get(IndexFields.DOC_ID) + "/" + unit.get(IndexFields.CLAUSE_PATH);
    }
}
