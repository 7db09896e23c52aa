package org.vanban.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.IOSupplier;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

/**
 * The number of matching units and their facet counts, straight from doc values. Keyword facets are counted per
 * segment in arrays indexed by ordinal, added into index-wide ordinals (an {@link OrdinalMap} built once per
 * searcher), and only the most frequent values are looked up as strings. No taxonomy index to keep in step.
 *
 * <p>Counting every match costs a pass over every match, which for a common word in a large corpus is most of a
 * search's time. So a first pass counts up to {@link #FIRST_COUNT_LIMIT} matches, and the total is estimated from
 * how far into the index the limit was reached. A result estimated below about {@link #EXACT_UP_TO} matches is then
 * counted exactly; a larger one is counted on the sparsest systematic sample of the index ({@link SampleWindows})
 * expected to hold at least {@link #SAMPLED_HITS} matches ({@link #SAMPLED_HITS_FOR_TOTAL} when only the total is
 * asked for), scaled up by its size, and reported as estimates.
 *
 * <p>The page of hits can be collected in the same pass as an exact count, which visits every match anyway, so
 * that a collector that could skip the ones that cannot enter the page gains nothing from a pass of its own. The
 * caller says what to collect, asked only once something matched: SearchIndex ranks the adjacent words' matches
 * first, in a pass of their own that skips, and has the count collect only what they leave of the page.
 */
final class FacetCounts {

    /**
     * The first pass counts up to this many matches, only to choose between counting all and sampling (a wrong
     * choice costs time, never a wrong total): with 5,000 it was 14% of the searches' time, with 1,000 the mix took
     * 7% less (SearchProbe, 10,000 documents).
     */
    static final int FIRST_COUNT_LIMIT = 1_000;
    /** With facets, the sample is chosen to hold about this many matches: a count of 1% of them is still ±20%. */
    static final int SAMPLED_HITS = 2_000;
    /**
     * Without facets, the sample is chosen to hold about this many matches: a total of 1,000 to 2,000 counted matches
     * is within a few percent, and the count costs half as much as on the facets' sample (the benchmark's mix 2.82
     * and 2.90 → 2.71 and 2.69 ms in process, SearchProbe, 10,000 documents, its estimates within 3% of the larger
     * sample's; over HTTP at 8 clients 502, 519 and 541 → 554, 609 and 565 searches/s, p99 33.8, 33.0 and 33.8 →
     * 31.9, 30.5 and 31.7 ms, StartupProbe, alternating). Only the facets' values need the larger sample: their rarer
     * values are counted on few matches.
     */
    static final int SAMPLED_HITS_FOR_TOTAL = 1_000;
    /**
     * A result estimated below this many matches is counted in full, whatever the sample's size would be. Exact
     * totals cost a pass over every match, for the msm disjunctions of a few common syllables a walk through postings
     * of hundreds of thousands of units, and for a quoted phrase a check of positions on each; a sample saves where
     * the query can skip from window to window. With the page collected apart (adjacent words first) and windows as
     * wide as SampleWindows makes them, exact counts below 4,000, 8,000 or 16,000 took the same over the mix in
     * process (3.4-3.65 ms, SearchProbe, 10,000 documents), but over HTTP the costliest searches set the tail: with
     * 8,000 rather than 16,000, 482, 544 and 545 against 460, 485 and 498 searches/s at 8 clients and p99 38.9, 30.8
     * and 32.5 against 40.1, 38.1 and 35.4 ms (StartupProbe, alternating); with 4,000 no better than 8,000. With
     * 32,000 and windows of 32 units the mix took 4.8 ms; with 32,000 and the page collected in the counting pass, as
     * before the adjacent words came first, 5.44 ms.
     */
    static final int EXACT_UP_TO = 8_000;
    /** Values listed per facet, most frequent first. */
    static final int VALUES_PER_FACET = 20;

    /** Facet name → keyword field (ordinals), in the order facets are listed; the year facet comes last. */
    private static final List<String> KEYWORD_FACETS = List.of(
            IndexFields.FACET_TYPE, IndexFields.FACET_DOCUMENT, IndexFields.FACET_AGENCY);
    private static final Map<String, String> FIELD_OF = Map.of(
            IndexFields.FACET_TYPE, IndexFields.TYPE,
            IndexFields.FACET_DOCUMENT, IndexFields.DOC_ID,
            IndexFields.FACET_AGENCY, IndexFields.AGENCY);
    private static final int FIRST_YEAR = 1900;
    private static final int YEAR_SLOTS = 300;

    /** Matches and counts (value → count, most frequent first); estimates when {@code exact} is false. */
    record Result(long total, boolean exact, Map<String, Map<String, Long>> facets) {
    }

    /** The counts, and the hits when they were collected in the counting pass ({@code null} when still to do). */
    record Counted<T>(Result counts, T hits) {
    }

    /** Index-wide ordinals of one reader; replaced when the searcher is refreshed. */
    private record GlobalOrdinals(IndexReader.CacheKey reader, OrdinalMap[] maps) {
    }

    private volatile GlobalOrdinals globalOrdinals;

    /**
     * Counts, and collects the page in the same pass when the count is exact and anything matched: {@code page}
     * is asked then, once, for what to collect (null: nothing, count only). Without {@code facets} only the total is
     * counted, and the result lists no facet: a caller that only pages through hits saves reading every counted
     * match's facet values (7% of the benchmark's searches, SearchProbe).
     */
    <T> Counted<T> count(IndexSearcher searcher, Query query,
            IOSupplier<? extends CollectorManager<?, ? extends T>> page, boolean facets) throws IOException {
        if (facets) {
            return count(searcher, query, page, ordinalMaps(searcher.getIndexReader()));
        }
        Counted<T> counted = count(searcher, query, page, null);
        Result total = counted.counts();
        return new Counted<>(new Result(total.total(), total.exact(), Map.of()), counted.hits());
    }

    /** As {@link #count(IndexSearcher, Query, IOSupplier, boolean)}; {@code maps} null counts the total only. */
    private <T> Counted<T> count(IndexSearcher searcher, Query query,
            IOSupplier<? extends CollectorManager<?, ? extends T>> page, OrdinalMap[] maps) throws IOException {
        // first only how many, up to the limit: that pass only chooses between counting all and a sample of what
        // size, and reading every match's facet values there was a third of the counting
        Counter first = searcher.search(query, new Manager(null, FIRST_COUNT_LIMIT));
        if (!first.stopped) {
            if (first.total == 0) {
                return new Counted<>(first.result(searcher, 1, true), null);
            }
            // counted to the end already: another pass only for facet values or hits
            CollectorManager<?, ? extends T> hits = page.get();
            return maps == null && hits == null
                    ? new Counted<>(first.result(searcher, 1, true), null)
                    : countAll(searcher, query, maps, hits);
        }
        int maxDoc = Math.max(1, searcher.getIndexReader().maxDoc());
        double covered = Math.max(1, first.stoppedAt) / (double) maxDoc;
        long estimate = Math.round(first.total / covered);
        int sampledHits = maps == null ? SAMPLED_HITS_FOR_TOTAL : SAMPLED_HITS;
        int rate = 1;
        while (estimate / (rate * 2L) >= sampledHits) {
            rate *= 2;
        }
        if (rate < EXACT_UP_TO / sampledHits) {
            // not much more than the limit: count it all
            return countAll(searcher, query, maps, page.get());
        }
        SampleWindows sample = new SampleWindows(rate);
        long sampledUnits = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            sampledUnits += sample.covered(leaf.reader().maxDoc());
        }
        Result estimated = countOnSample(searcher, query, sample, maps)
                .result(searcher, maxDoc / (double) Math.max(1, sampledUnits), false);
        return new Counted<>(estimated, null);
    }

    /** The matches of {@code query} in the sample's windows, segment after segment. */
    private static Counter countOnSample(IndexSearcher searcher, Query query, SampleWindows sample, OrdinalMap[] maps)
            throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        Counter counter = new Counter(maps, Long.MAX_VALUE);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            BulkScorer scorer = weight.bulkScorer(leaf);
            if (scorer == null) {
                continue;
            }
            LeafCollector collector = counter.getLeafCollector(leaf);
            sample.collect(scorer, collector, leaf.reader().getLiveDocs(), leaf.reader().maxDoc());
            collector.finish();
        }
        return counter;
    }

    private static <T> Counted<T> countAll(IndexSearcher searcher, Query query, OrdinalMap[] maps,
            CollectorManager<?, ? extends T> hits) throws IOException {
        Manager counting = new Manager(maps, Long.MAX_VALUE);
        if (hits == null) {
            return new Counted<>(searcher.search(query, counting).result(searcher, 1, true), null);
        }
        Object[] both = searcher.search(query, new MultiCollectorManager(hits, counting));
        @SuppressWarnings("unchecked")
        T collected = (T) both[0];
        return new Counted<>(((Counter) both[1]).result(searcher, 1, true), collected);
    }

    private OrdinalMap[] ordinalMaps(IndexReader reader) throws IOException {
        IndexReader.CacheKey key = reader.getReaderCacheHelper().getKey();
        GlobalOrdinals cached = globalOrdinals;
        if (cached != null && cached.reader() == key) {
            return cached.maps();
        }
        OrdinalMap[] maps = new OrdinalMap[KEYWORD_FACETS.size()];
        List<LeafReaderContext> leaves = reader.leaves();
        for (int f = 0; f < maps.length; f++) {
            SortedSetDocValues[] values = new SortedSetDocValues[leaves.size()];
            for (LeafReaderContext leaf : leaves) {
                values[leaf.ord] = DocValues.getSortedSet(leaf.reader(), FIELD_OF.get(KEYWORD_FACETS.get(f)));
            }
            maps[f] = OrdinalMap.build(key, values, PackedInts.DEFAULT);
        }
        globalOrdinals = new GlobalOrdinals(key, maps);
        return maps;
    }

    /**
     * One counter over all leaves: the searcher has no executor, so leaves are visited one after another. Without
     * ordinal maps it counts matches only.
     */
    private record Manager(OrdinalMap[] maps, long limit) implements CollectorManager<Counter, Counter> {

        @Override
        public Counter newCollector() {
            return new Counter(maps, limit);
        }

        @Override
        public Counter reduce(Collection<Counter> counters) {
            if (counters.size() != 1) {
                throw new IllegalStateException("facets are counted on one thread");
            }
            return counters.iterator().next();
        }
    }

    static final class Counter implements Collector {

        private final OrdinalMap[] maps;
        private final long limit;
        private long total;
        private boolean stopped;
        /** Index-wide doc id where counting stopped: how much of the index the counted matches came from. */
        private int stoppedAt;
        /** Per keyword facet, counts by index-wide ordinal. */
        private final long[][] globalCounts;
        private final long[] yearCounts = new long[YEAR_SLOTS];
        private final Map<Long, Long> otherYears = new java.util.HashMap<>();
        private final boolean countYears;

        Counter(OrdinalMap[] maps, long limit) {
            this.maps = maps == null ? new OrdinalMap[0] : maps;
            this.limit = limit;
            globalCounts = new long[this.maps.length][];
            for (int f = 0; f < this.maps.length; f++) {
                globalCounts[f] = new long[(int) this.maps[f].getValueCount()];
            }
            countYears = maps != null;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            if (stopped) {
                throw new CollectionTerminatedException();
            }
            SortedSetDocValues[] values = new SortedSetDocValues[maps.length];
            int[][] ordinalCounts = new int[maps.length][];
            for (int f = 0; f < maps.length; f++) {
                values[f] = DocValues.getSortedSet(context.reader(), FIELD_OF.get(KEYWORD_FACETS.get(f)));
                ordinalCounts[f] = new int[(int) values[f].getValueCount()];
            }
            SortedNumericDocValues years = countYears
                    ? DocValues.getSortedNumeric(context.reader(), IndexFields.YEAR) : null;
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) throws IOException {
                    if (total == limit) {
                        stopped = true;
                        stoppedAt = context.docBase + doc;
                        throw new CollectionTerminatedException();
                    }
                    total++;
                    for (int f = 0; f < values.length; f++) {
                        if (values[f].advanceExact(doc)) {
                            for (int i = 0; i < values[f].docValueCount(); i++) {
                                ordinalCounts[f][(int) values[f].nextOrd()]++;
                            }
                        }
                    }
                    if (years != null && years.advanceExact(doc)) {
                        long year = years.nextValue();
                        if (year >= FIRST_YEAR && year < FIRST_YEAR + YEAR_SLOTS) {
                            yearCounts[(int) (year - FIRST_YEAR)]++;
                        } else {
                            otherYears.merge(year, 1L, Long::sum);
                        }
                    }
                }

                @Override
                public void finish() {
                    for (int f = 0; f < maps.length; f++) {
                        LongValues toGlobal = maps[f].getGlobalOrds(context.ord);
                        int[] counts = ordinalCounts[f];
                        for (int ord = 0; ord < counts.length; ord++) {
                            if (counts[ord] > 0) {
                                globalCounts[f][(int) toGlobal.get(ord)] += counts[ord];
                            }
                        }
                    }
                }
            };
        }

        /** The counts, each multiplied by {@code scale}: 1 for an exact count, index size / sample size otherwise. */
        Result result(IndexSearcher searcher, double scale, boolean exact) throws IOException {
            Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            for (int f = 0; f < KEYWORD_FACETS.size(); f++) {
                Map<String, Long> top = new LinkedHashMap<>();
                if (f >= maps.length) {
                    // a count without facet values: nothing matched
                    facets.put(KEYWORD_FACETS.get(f), top);
                    continue;
                }
                for (int global : topOrdinals(globalCounts[f])) {
                    LeafReaderContext leaf = leaves.get(maps[f].getFirstSegmentNumber(global));
                    String value = DocValues.getSortedSet(leaf.reader(), FIELD_OF.get(KEYWORD_FACETS.get(f)))
                            .lookupOrd(maps[f].getFirstSegmentOrd(global)).utf8ToString();
                    top.put(value, Math.round(globalCounts[f][global] * scale));
                }
                facets.put(KEYWORD_FACETS.get(f), top);
            }
            Map<String, Long> years = new java.util.HashMap<>();
            for (int slot = 0; slot < YEAR_SLOTS; slot++) {
                if (yearCounts[slot] > 0) {
                    years.put(Integer.toString(FIRST_YEAR + slot), yearCounts[slot]);
                }
            }
            otherYears.forEach((year, count) -> years.merge(Long.toString(year), count, Long::sum));
            facets.put(IndexFields.FACET_YEAR, mostFrequent(years, scale));
            return new Result(Math.round(total * scale), exact, facets);
        }

        private static Map<String, Long> mostFrequent(Map<String, Long> counts, double scale) {
            List<Map.Entry<String, Long>> entries = new ArrayList<>(counts.entrySet());
            entries.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
            Map<String, Long> top = new LinkedHashMap<>();
            entries.stream().limit(VALUES_PER_FACET).forEach(e -> top.put(e.getKey(), Math.round(e.getValue() * scale)));
            return top;
        }
    }

    /** Index-wide ordinals of the {@link #VALUES_PER_FACET} highest counts, highest first (ties: lower ordinal). */
    static int[] topOrdinals(long[] counts) {
        PriorityQueue<Integer> top = new PriorityQueue<>(
                (a, b) -> counts[a] != counts[b] ? Long.compare(counts[a], counts[b]) : Integer.compare(b, a));
        for (int ord = 0; ord < counts.length; ord++) {
            if (counts[ord] == 0) {
                continue;
            }
            if (top.size() < VALUES_PER_FACET) {
                top.add(ord);
            } else if (counts[ord] > counts[top.peek()]) {
                top.poll();
                top.add(ord);
            }
        }
        int[] ordered = new int[top.size()];
        for (int i = ordered.length - 1; i >= 0; i--) {
            ordered[i] = top.poll();
        }
        return ordered;
    }
}
