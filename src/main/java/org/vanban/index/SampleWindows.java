package org.vanban.index;

import java.io.IOException;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;

/**
 * A systematic sample of the index: every segment's doc ids in windows of consecutive ids, one window in every
 * {@code rate}, so that 1 in {@code rate} units is in the sample. Used as a filter, it lets a large result be counted
 * on a sample at the cost of the matches inside the windows: the query's iterators jump from window to window on
 * their skip lists. A sample drawn from an indexed term instead made the query advance to every unit of the sample,
 * matching or not, which cost more than counting the matches themselves.
 *
 * <p>A document's units are consecutive, so a window holds the units of one or a few documents: the sample is one of
 * clusters, which estimates the common facet values (type, year, the busiest agencies) well and rare ones poorly, as
 * any sample does. Windows are as wide as a segment allows while it still has {@link #MIN_WINDOWS} of them, between
 * {@link #MIN_WIDTH} and {@link #MAX_WIDTH} units: a postings block holds 128 matches, spread over many more units
 * for all but the commonest words, and with narrow windows close together a query decoded nearly every block anyway.
 * Counting the benchmark's large results (10,000 documents) on windows of 32 units took 1.33 ms on average, on windows
 * of 512 0.88 ms and of 2,048 0.65 ms, estimates within 2% of the totals either way (a probe beside SearchProbe).
 */
final class SampleWindows extends Query {

    /** The narrowest windows, those of a small segment or a sparse sample. */
    static final int MIN_WIDTH = 32;
    /** The widest windows. */
    static final int MAX_WIDTH = 2048;
    /** A segment is sampled in at least this many windows, where it has units enough for windows of MIN_WIDTH. */
    static final int MIN_WINDOWS = 256;

    private final int rate;

    SampleWindows(int rate) {
        if (rate < 1) {
            throw new IllegalArgumentException("rate must be at least 1: " + rate);
        }
        this.rate = rate;
    }

    /** Units per window in a segment of {@code maxDoc} units: a power of two from MIN_WIDTH to MAX_WIDTH. */
    int width(int maxDoc) {
        long widest = maxDoc / ((long) rate * MIN_WINDOWS);
        int width = MIN_WIDTH;
        while (width < MAX_WIDTH && width * 2L <= widest) {
            width *= 2;
        }
        return width;
    }

    /** How many of a segment's {@code maxDoc} units the sample holds: the scale of a count made on it is maxDoc/that. */
    long covered(int maxDoc) {
        int width = width(maxDoc);
        long stride = (long) width * rate;
        long full = maxDoc / stride;
        long rest = maxDoc - full * stride;
        return full * width + Math.min(rest, width);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) {
                int maxDoc = context.reader().maxDoc();
                int width = width(maxDoc);
                DocIdSetIterator windows = new Windows(maxDoc, width, width * rate, covered(maxDoc));
                return new DefaultScorerSupplier(new ConstantScoreScorer(score(), scoreMode, windows));
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return false; // as cheap to recompute as to cache, and the cache would hold a bit set per rate
            }
        };
    }

    /** Doc ids {@code [k * stride, k * stride + width)} for k = 0, 1, …, below maxDoc. */
    private static final class Windows extends DocIdSetIterator {

        private final int maxDoc;
        private final int width;
        private final int stride;
        private final long cost;
        private int doc = -1;

        Windows(int maxDoc, int width, int stride, long cost) {
            this.maxDoc = maxDoc;
            this.width = width;
            this.stride = stride;
            this.cost = cost;
        }

        @Override
        public int docID() {
            return doc;
        }

        @Override
        public int nextDoc() {
            return advance(doc + 1);
        }

        @Override
        public int advance(int target) {
            int inWindow = target % stride;
            int next = inWindow < width ? target : target - inWindow + stride;
            doc = next < maxDoc && next >= 0 ? next : NO_MORE_DOCS;
            return doc;
        }

        @Override
        public long cost() {
            return cost;
        }
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "SampleWindows(1/" + rate + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && rate == ((SampleWindows) other).rate;
    }

    @Override
    public int hashCode() {
        return 31 * classHash() + rate;
    }
}
