package org.vanban.index;

import java.io.IOException;
import java.util.Objects;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.IOSupplier;

/**
 * A syllable typed with diacritics: it matches where the index has that exact spelling ("sở", not "số" or "so"),
 * and is scored with the statistics of its unaccented form ("so"), so that "Sở Y tế" and "so y te" weigh their
 * words alike and list the passages both find in the same order. The term frequency is the exact spelling's.
 *
 * <p>It rewrites, per searcher, to a {@link TermQuery} on the exact term whose document frequency and total term
 * frequency are the unaccented term's: one postings list to walk. Matching the unaccented term and filtering it by
 * the exact one walked two, for the same passages.
 */
final class SpelledTermQuery extends Query {

    private final Term exact;
    private final Term folded;

    SpelledTermQuery(Term exact, Term folded) {
        if (!exact.field().equals(folded.field())) {
            throw new IllegalArgumentException("both spellings must be in one field: " + exact + ", " + folded);
        }
        this.exact = exact;
        this.folded = folded;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        TermStates exactStates = TermStates.build(searcher, exact, true);
        if (exactStates.docFreq() == 0) {
            return new MatchNoDocsQuery("no unit has the spelling " + exact.text());
        }
        TermStates foldedStates = TermStates.build(searcher, folded, true);
        TermStates states = new TermStates(searcher.getTopReaderContext());
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            IOSupplier<TermState> state = exactStates.get(leaf);
            TermState termState = state == null ? null : state.get();
            if (termState != null) {
                states.register(termState, leaf.ord);
            }
        }
        // every unit with the exact spelling has the unaccented form too, so these statistics are never smaller
        states.accumulateStatistics(foldedStates.docFreq(), foldedStates.totalTermFreq());
        return new TermQuery(exact, states);
    }

    @Override
    public void visit(QueryVisitor visitor) {
        if (visitor.acceptField(exact.field())) {
            visitor.consumeTerms(this, exact);
        }
    }

    @Override
    public String toString(String field) {
        return (exact.field().equals(field) ? "" : exact.field() + ":") + exact.text() + "(as " + folded.text() + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && exact.equals(((SpelledTermQuery) other).exact)
                && folded.equals(((SpelledTermQuery) other).folded);
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), exact, folded);
    }
}
