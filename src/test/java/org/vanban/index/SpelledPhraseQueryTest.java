package org.vanban.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpelledPhraseQueryTest {

    static final List<String> TEXTS = List.of(
            "Phát triển kinh tế biển",
            "phát triển kinh te biển",
            "phat trien kinh te",
            "kinh tế phát triển",
            "Phát triển. Kinh tế xã hội; phát triển kinh tế, phát triển kinh tế",
            "phát triển văn hóa, kinh tế",
            "nhà ở xã hội và nhà ở thương mại",
            "nhà ở, xã hội",
            "nhà xã hội ở");

    /** The same matches and scores as the pairs' phrase beside the spelling as a filter, counted or ranked. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"phát triển kinh tế", "phát triển", "nhà ở xã hội", "kinh tế phát triển"})
    void matchesAndScoresAsThePairsBesideTheSpelling(String phrase) throws IOException {
        try (PassageIndex passages = new PassageIndex(TEXTS)) {
            IndexSearcher searcher = passages.searcher;
            Query built = new SimpleQueryBuilder().build("\"" + phrase + "\"");
            assertTrue(built.toString().contains("#"), "the spelling is checked: " + built);
            Query before = pairsBesideTheSpelling(phrase);

            assertEquals(searcher.count(before), searcher.count(built), built.toString());
            assertTrue(searcher.count(built) > 0, built.toString());
            TopDocs expected = searcher.search(before, 10);
            TopDocs actual = searcher.search(built, 10);
            assertEquals(docsAndScores(expected), docsAndScores(actual), built.toString());
        }
    }

    private static Query pairsBesideTheSpelling(String phrase) {
        List<VietnameseAnalyzers.Syllable> syllables = VietnameseAnalyzers.syllables(phrase);
        PhraseQuery.Builder pairs = new PhraseQuery.Builder();
        PhraseQuery.Builder spelled = new PhraseQuery.Builder();
        for (int i = 0; i < syllables.size(); i++) {
            spelled.add(new Term(IndexFields.BODY, syllables.get(i).exact()), i);
            if (i + 1 < syllables.size()) {
                pairs.add(new Term(IndexFields.BODY, syllables.get(i).folded() + SyllableVariantsFilter.PAIR_SEPARATOR
                        + syllables.get(i + 1).folded()), i);
            }
        }
        return new BooleanQuery.Builder().add(pairs.build(), Occur.MUST).add(spelled.build(), Occur.FILTER).build();
    }

    private static List<String> docsAndScores(TopDocs top) {
        return Arrays.stream(top.scoreDocs).map(hit -> hit.doc + ":" + hit.score).toList();
    }

    /** Where SearchIndex collects the page apart from the count: a spelled phrase that is scored. */
    @Test
    void aSpelledPhraseIsScoredUnlessExcludedOrUnaccented() {
        SimpleQueryBuilder builder = new SimpleQueryBuilder();
        assertTrue(SpelledPhraseQuery.scoredIn(builder.build("\"nhà ở xã hội\"")));
        assertTrue(SpelledPhraseQuery.scoredIn(builder.build("\"nhà ở\" xã hội | cảng")));
        assertFalse(SpelledPhraseQuery.scoredIn(builder.build("\"nha o xa hoi\"")));
        assertFalse(SpelledPhraseQuery.scoredIn(builder.build("nhà ở xã hội")));
        assertFalse(SpelledPhraseQuery.scoredIn(builder.build("xã hội -\"nhà ở\"")));
    }
}
