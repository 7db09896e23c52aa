package org.vanban.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Snippets of the stored text with the matched syllables in {@code <mark>…</mark>}. The text fields are
 * indexed with offsets, so the marks come from the postings of the matched terms (exact, folded or pair)
 * rather than from analysing the text again. The text is HTML-escaped around the marks.
 */
final class SnippetHighlighter {

    static final String PRE_TAG = "<mark>";
    static final String POST_TAG = "</mark>";
    static final int MAX_PASSAGES = 2;
    private static final String[] FIELDS = {IndexFields.BODY, IndexFields.FACT_BODY};

    private final Analyzer analyzer;

    SnippetHighlighter(Analyzer perFieldAnalyzer) {
        this.analyzer = perFieldAnalyzer;
    }

    /** One snippet per hit of {@code topDocs}, in the same order. */
    String[] snippets(IndexSearcher searcher, Query query, TopDocs topDocs) throws IOException {
        if (topDocs.scoreDocs.length == 0) {
            return new String[0];
        }
        String[] fields = fieldsOf(query);
        if (fields.length == 0) {
            fields = new String[] {IndexFields.BODY};
        }
        UnifiedHighlighter highlighter = new StoredTextHighlighter(UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter(PRE_TAG, POST_TAG, " … ", true))
                .withMaxNoHighlightPassages(1)
                // term-by-term marks: a word is marked where it matched even when the query as a whole matched
                // through a pair or a filter
                .withWeightMatches(false));
        int[] maxPassages = new int[fields.length];
        Arrays.fill(maxPassages, MAX_PASSAGES);
        Map<String, String[]> byField = highlighter.highlightFields(fields, query, topDocs, maxPassages);
        String[] snippets = new String[topDocs.scoreDocs.length];
        for (int i = 0; i < snippets.length; i++) {
            for (String field : fields) {
                String snippet = byField.get(field)[i];
                if (snippet != null && (snippets[i] == null || snippet.contains(PRE_TAG))) {
                    snippets[i] = snippet;
                }
            }
        }
        return snippets;
    }

    /** The text fields the query searches: a unit has its text in one of them. */
    private static String[] fieldsOf(Query query) {
        Set<String> touched = new HashSet<>();
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                touched.add(field);
                return true;
            }
        });
        return Arrays.stream(FIELDS).filter(touched::contains).toArray(String[]::new);
    }

    /** Reads the displayed text for every text field: the searchable text begins with it, offsets agree. */
    private static final class StoredTextHighlighter extends UnifiedHighlighter {

        StoredTextHighlighter(Builder builder) {
            super(builder);
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter,
                int cacheCharsThreshold) throws IOException {
            StoredFields stored = searcher.storedFields();
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
                String text = stored.document(doc, Set.of(IndexFields.TEXT)).get(IndexFields.TEXT);
                CharSequence[] perField = new CharSequence[fields.length];
                Arrays.fill(perField, text == null ? "" : text);
                values.add(perField);
            }
            return values;
        }
    }
}
