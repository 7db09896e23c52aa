package org.vanban.index;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vanban.parse.VietnameseText;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * nDCG@10 and MRR@10 of our analysis against a plain StandardAnalyzer baseline: same documents, same units,
 * same queries, same run. Judgments (src/test/resources/relevance/queries.json) name passages by document
 * file and a distinctive substring, so they hold whatever the clause parser makes of the text: a unit is
 * relevant when it comes from the judged file and contains the judged substring.
 */
class RelevanceTest {

    static final int K = 10;

    @TempDir
    Path dir;

    record Judgment(String doc, String contains, int grade) {
    }

    record JudgedQuery(String query, List<Judgment> relevant) {
    }

    /** What ranking evaluation needs of a hit. */
    record Unit(String sourceName, String text) {
    }

    record Scores(double ndcg, double reciprocalRank) {
    }

    @Test
    void ourAnalysisBeatsStandardAnalyzerOnNdcgAndMrr() throws Exception {
        List<JudgedQuery> queries = loadQueries();
        List<IndexedDocument> documents = SeedCorpus.documents();
        List<Unit> units = new ArrayList<>();
        LuceneDocuments luceneDocuments = new LuceneDocuments();
        for (IndexedDocument doc : documents) {
            for (var unit : luceneDocuments.build(doc)) {
                // the passages a default search returns: a task or target repeats its clause's words
                if (isPassage(unit)) {
                    units.add(new Unit(unit.get(IndexFields.SOURCE_NAME), unit.get(IndexFields.TEXT)));
                }
            }
        }

        for (JudgedQuery q : queries) {
            for (Judgment j : q.relevant()) {
                JudgedQuery single = new JudgedQuery(q.query(), List.of(j));
                if (units.stream().noneMatch(u -> grade(single, u) > 0)) {
                    System.out.println("judged passage in no unit (split by the parser?): " + j);
                }
            }
        }
        SearchIndex ours = new SearchIndex();
        ours.open(dir);
        ours.rebuild(documents, 1);

        try (Baseline baseline = new Baseline(documents)) {
            double oursNdcg = 0, oursMrr = 0, baseNdcg = 0, baseMrr = 0;
            System.out.printf(Locale.ROOT, "%-40s %8s %8s %8s %8s%n", "query", "nDCG", "base", "RR", "base");
            for (JudgedQuery q : queries) {
                List<Unit> ourHits = ours.search(SearchRequest.of(q.query(), 0, K)).hits().stream()
                        .map(h -> new Unit(h.sourceName(), h.text())).toList();
                Scores o = score(q, ourHits, units);
                Scores b = score(q, baseline.search(q.query()), units);
                System.out.printf(Locale.ROOT, "%-40s %8.3f %8.3f %8.3f %8.3f%n", q.query(), o.ndcg(), b.ndcg(),
                        o.reciprocalRank(), b.reciprocalRank());
                oursNdcg += o.ndcg();
                oursMrr += o.reciprocalRank();
                baseNdcg += b.ndcg();
                baseMrr += b.reciprocalRank();
            }
            int n = queries.size();
            System.out.printf(Locale.ROOT, "RELEVANCE over %d queries: nDCG@10 ours %.3f vs StandardAnalyzer %.3f; "
                    + "MRR@10 ours %.3f vs StandardAnalyzer %.3f%n", n, oursNdcg / n, baseNdcg / n, oursMrr / n,
                    baseMrr / n);
            assertTrue(queries.size() >= 30, "at least 30 judged queries");
            assertTrue(oursNdcg > baseNdcg, "nDCG@10 ours " + oursNdcg / n + " baseline " + baseNdcg / n);
            assertTrue(oursMrr > baseMrr, "MRR@10 ours " + oursMrr / n + " baseline " + baseMrr / n);
        } finally {
            ours.close();
        }
    }

    static Scores score(JudgedQuery q, List<Unit> hits, List<Unit> collection) {
        double dcg = 0;
        double reciprocalRank = 0;
        for (int i = 0; i < Math.min(K, hits.size()); i++) {
            int grade = grade(q, hits.get(i));
            dcg += gain(grade, i);
            if (grade > 0 && reciprocalRank == 0) {
                reciprocalRank = 1.0 / (i + 1);
            }
        }
        List<Integer> ideal = collection.stream().map(u -> grade(q, u)).filter(g -> g > 0)
                .sorted(Comparator.reverseOrder()).toList();
        double idcg = 0;
        for (int i = 0; i < Math.min(K, ideal.size()); i++) {
            idcg += gain(ideal.get(i), i);
        }
        return new Scores(idcg == 0 ? 0 : dcg / idcg, reciprocalRank);
    }

    private static double gain(int grade, int rank) {
        return (Math.pow(2, grade) - 1) / (Math.log(rank + 2) / Math.log(2));
    }

    static int grade(JudgedQuery q, Unit unit) {
        if (unit.text() == null) {
            return 0;
        }
        String text = VietnameseText.matchKey(unit.text());
        int grade = 0;
        for (Judgment j : q.relevant()) {
            if (j.doc().equals(unit.sourceName()) && text.contains(VietnameseText.matchKey(j.contains()))) {
                grade = Math.max(grade, j.grade());
            }
        }
        return grade;
    }

    static List<JudgedQuery> loadQueries() throws IOException {
        try (InputStream in = RelevanceTest.class.getResourceAsStream("/relevance/queries.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            List<JudgedQuery> queries = new ArrayList<>();
            for (JsonNode q : root.get("queries")) {
                List<Judgment> judgments = new ArrayList<>();
                for (JsonNode r : q.get("relevant")) {
                    judgments.add(new Judgment(r.get("doc").asText(), r.get("contains").asText(), r.get("grade").asInt()));
                }
                queries.add(new JudgedQuery(q.get("query").asText(), judgments));
            }
            return queries;
        }
    }

    /** The same units in one StandardAnalyzer field, searched with Lucene's SimpleQueryParser (OR). */
    static final class Baseline implements AutoCloseable {

        private final Directory directory = new ByteBuffersDirectory();
        private final Analyzer analyzer = new StandardAnalyzer();
        private final DirectoryReader reader;

        Baseline(List<IndexedDocument> documents) throws IOException {
            LuceneDocuments luceneDocuments = new LuceneDocuments();
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
                for (IndexedDocument doc : documents) {
                    for (var unit : luceneDocuments.build(doc)) {
                        if (!isPassage(unit)) {
                            continue; // a task or target: the default search is over passages
                        }
                        var plain = new org.apache.lucene.document.Document();
                        plain.add(new StoredField("source", unit.get(IndexFields.SOURCE_NAME)));
                        plain.add(new StoredField("text", unit.get(IndexFields.TEXT)));
                        // every searchable value the unit has, so the units are the same in both indexes
                        for (IndexableField value : unit.getFields(IndexFields.BODY)) {
                            plain.add(new TextField("body", value.stringValue(), Field.Store.NO));
                        }
                        writer.addDocument(plain);
                    }
                }
            }
            reader = DirectoryReader.open(directory);
        }

        List<Unit> search(String q) throws IOException {
            IndexSearcher searcher = new IndexSearcher(reader);
            Query query = new SimpleQueryParser(analyzer, "body").parse(q);
            StoredFields stored = searcher.storedFields();
            List<Unit> hits = new ArrayList<>();
            for (ScoreDoc sd : searcher.search(query, K).scoreDocs) {
                var d = stored.document(sd.doc);
                hits.add(new Unit(d.get("source"), d.get("text")));
            }
            return hits;
        }

        @Override
        public void close() throws IOException {
            reader.close();
            directory.close();
        }
    }

    /** The units a default search returns: clauses and documents (tasks and targets repeat their clause's words). */
    static boolean isPassage(org.apache.lucene.document.Document unit) {
        String kind = unit.get(IndexFields.KIND);
        return IndexFields.KIND_CLAUSE.equals(kind) || IndexFields.KIND_DOCUMENT.equals(kind);
    }
}
