package org.vanban.index;

import java.io.IOException;
import java.util.List;
import java.util.Objects;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;

/**
 * A quoted phrase typed with diacritics: scored on its folded pairs, matched where its exact syllables follow one
 * another. Where scores count, it is the pairs (a phrase of them) beside the spelling as a filter. Where only matches
 * count (totals, facets), it is the spelling beside the pairs as plain terms: exact syllables that follow one another
 * have their folded pairs on the same positions (SyllableVariantsFilter stacks a pair on every syllable but the last),
 * so checking the pairs' positions too was a second walk through positions that could reject nothing. The pairs stay,
 * without positions, because they are rarer than the syllables and lead the search for candidates. Counting
 * {@code "phát triển kinh tế"} over 10,000 documents: 19.8 → 13.8 ms; {@code "cải cách hành chính"} 4.6 → 3.5 ms;
 * the same counts.
 */
final class SpelledPhraseQuery extends Query {

    /** Pairs MUST (a phrase of them, or the one pair of a two-syllable phrase), spelling FILTER. */
    private final Query scored;
    /** Every pair and the spelling, all FILTER. */
    private final Query matched;

    /** {@code pairs}: the pairs' phrase or the one pair; {@code pairTerms}: its terms; {@code spelled}: the syllables. */
    SpelledPhraseQuery(Query pairs, List<Term> pairTerms, PhraseQuery spelled) {
        this(new BooleanQuery.Builder().add(pairs, Occur.MUST).add(spelled, Occur.FILTER).build(),
                matchedOnly(pairTerms, spelled));
    }

    private SpelledPhraseQuery(Query scored, Query matched) {
        this.scored = scored;
        this.matched = matched;
    }

    private static Query matchedOnly(List<Term> pairTerms, PhraseQuery spelled) {
        BooleanQuery.Builder matched = new BooleanQuery.Builder();
        pairTerms.forEach(pair -> matched.add(new TermQuery(pair), Occur.FILTER));
        return matched.add(spelled, Occur.FILTER).build();
    }

    /**
     * True when {@code query} scores a spelled phrase, i.e. walks positions twice where scores count and once where
     * only matches do. Not under MUST_NOT or FILTER clauses, which are never scored.
     */
    static boolean scoredIn(Query query) {
        boolean[] scored = {false};
        query.visit(new QueryVisitor() {
            @Override
            public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                if (parent instanceof SpelledPhraseQuery) {
                    scored[0] = true;
                }
                return occur == Occur.MUST_NOT || occur == Occur.FILTER ? QueryVisitor.EMPTY_VISITOR : this;
            }
        });
        return scored[0];
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query scoredRewritten = scored.rewrite(searcher);
        Query matchedRewritten = matched.rewrite(searcher);
        return scoredRewritten == scored && matchedRewritten == matched ? this
                : new SpelledPhraseQuery(scoredRewritten, matchedRewritten);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        return (scoreMode.needsScores() ? scored : matched).createWeight(searcher, scoreMode, boost);
    }

    /** As the scored form: the pairs mark the phrase; the spelling, a filter, marks nothing. */
    @Override
    public void visit(QueryVisitor visitor) {
        scored.visit(visitor.getSubVisitor(Occur.MUST, this));
    }

    @Override
    public String toString(String field) {
        return scored.toString(field);
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && scored.equals(((SpelledPhraseQuery) other).scored)
                && matched.equals(((SpelledPhraseQuery) other).matched);
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), scored, matched);
    }
}
