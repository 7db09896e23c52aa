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
 * A systematic sample of the index: every segment's doc ids in windows of {@link #WIDTH} consecutive ids, one
 * window in every {@code rate}, so that 1 in {@code rate} units is in the sample. Used as a filter, it lets a
 * large result be counted on a sample at the cost of the matches inside the windows: the query's iterators jump
 * from window to window on their skip lists. A sample drawn from an indexed term instead made the query advance to
 * every unit of the sample, matching or not, which cost more than counting the matches themselves.
 *
 * <p>A document's units are consecutive, so a window holds a few units of one or two documents: the sample is one of
 * clusters, a few hundred of them in a large index, which estimates the common facet values (type, year, the busiest
 * agencies) well and rare ones poorly, as any sample does.
 */
final class SampleWindows extends Query {

    /** Doc ids per window. */
    static final int WIDTH = 32;

    private final int rate;

    SampleWindows(int rate) {
        if (rate < 1) {
            throw new IllegalArgumentException("rate must be at least 1: " + rate);
        }
        this.rate = rate;
    }

    /** How many of a segment's {@code maxDoc} units the sample holds: the scale of a count made on it is maxDoc/that. */
    long covered(int maxDoc) {
        long stride = (long) WIDTH * rate;
        long full = maxDoc / stride;
        long rest = maxDoc - full * stride;
        return full * WIDTH + Math.min(rest, WIDTH);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) {
                int maxDoc = context.reader().maxDoc();
                DocIdSetIterator windows = new Windows(maxDoc, WIDTH * rate, covered(maxDoc));
                return new DefaultScorerSupplier(new ConstantScoreScorer(score(), scoreMode, windows));
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return false; // as cheap to recompute as to cache, and the cache would hold a bit set per rate
            }
        };
    }

    /** Doc ids {@code [k * stride, k * stride + WIDTH)} for k = 0, 1, …, below maxDoc. */
    private static final class Windows extends DocIdSetIterator {

        private final int maxDoc;
        private final int stride;
        private final long cost;
        private int doc = -1;

        Windows(int maxDoc, int stride, long cost) {
            this.maxDoc = maxDoc;
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
            int next = inWindow < WIDTH ? target : target - inWindow + stride;
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
