package org.vanban.index;

import java.io.IOException;

import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.util.Bits;

/**
 * A systematic sample of the index: every segment's doc ids in windows of consecutive ids, one window in every
 * {@code rate}, so that 1 in {@code rate} units is in the sample. A large result is counted on the sample at the cost
 * of the matches inside the windows: {@link #collect} has the query's own bulk scorer score each window's range, and
 * between windows the query's iterators jump on their skip lists.
 *
 * <p>Scored range by range, a query walks only its own matches. As a filter clause beside the query (before), the
 * sample's iterator led the conjunction whenever the query's postings were the longer list, so every unit of every
 * window was visited, matching or not: {@code cảng Lạch Huyện} (a may-miss-one disjunction with the common
 * {@code huyện}) cost 2.76 ms on a quarter of the index against 0.79 ms now, and the benchmark's mix 2.96 against
 * 2.69 ms (SearchProbe, 10,000 documents, same estimates). A sample drawn from an indexed term was worse still.
 *
 * <p>A document's units are consecutive, so a window holds the units of one or a few documents: the sample is one of
 * clusters, which estimates the common facet values (type, year, the busiest agencies) well and rare ones poorly, as
 * any sample does. Windows are as wide as a segment allows while it still has {@link #MIN_WINDOWS} of them, between
 * {@link #MIN_WIDTH} and {@link #MAX_WIDTH} units: a postings block holds 128 matches, spread over many more units
 * for all but the commonest words, and with narrow windows close together a query decoded nearly every block anyway.
 * Counting the benchmark's large results (10,000 documents) on windows of 32 units took 1.33 ms on average, on windows
 * of 512 0.88 ms and of 2,048 0.65 ms, estimates within 2% of the totals either way (a probe beside SearchProbe).
 */
final class SampleWindows {

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

    /**
     * Collects the matches of {@code scorer} (a segment of {@code maxDoc} units) that fall in the sample's windows,
     * doc ids {@code [k * width * rate, k * width * rate + width)}, in order. A window the scorer says holds no match
     * is not scored at all.
     */
    void collect(BulkScorer scorer, LeafCollector collector, Bits acceptDocs, int maxDoc) throws IOException {
        int width = width(maxDoc);
        long stride = (long) width * rate;
        int next = 0;
        for (long start = 0; start < maxDoc && next != DocIdSetIterator.NO_MORE_DOCS; start += stride) {
            int end = (int) Math.min(start + width, maxDoc);
            if (next < end) {
                next = scorer.score(collector, acceptDocs, Math.max((int) start, next), end);
            }
        }
    }
}
