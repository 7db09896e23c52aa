package org.vanban.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;

/**
 * The number of matching units and their facet counts, straight from doc values: per segment an array indexed
 * by ordinal, turned into values once per segment. No taxonomy and no per-reader state to rebuild when the
 * searcher is refreshed.
 *
 * <p>Counting every match costs a pass over every match, which for a common word in a large corpus is most of a
 * search's time. So matches are counted exactly up to {@link #EXACT_LIMIT}; beyond it the counting stops, the
 * total is estimated from how far into the index the limit was reached, and the counts are taken on the
 * smallest nested sample of the index ({@link IndexFields#SAMPLE}) expected to hold at least
 * {@link #SAMPLED_HITS} matches, scaled up by its rate, and reported as estimates.
 */
final class FacetCounts {

    /** Up to this many matches, total and facets are exact. */
    static final int EXACT_LIMIT = 5_000;
    /** The sample is chosen to hold about this many matches: a count of 1% of them is still ±20%. */
    static final int SAMPLED_HITS = 2_000;
    /** Values listed per facet, most frequent first. */
    static final int VALUES_PER_FACET = 20;
    /** Values taken from each segment before the counts are merged. */
    static final int VALUES_PER_LEAF = 4 * VALUES_PER_FACET;

    /** Facet name → keyword field (ordinals). */
    private static final Map<String, String> KEYWORD_FACETS = Map.of(
            IndexFields.FACET_TYPE, IndexFields.TYPE,
            IndexFields.FACET_DOCUMENT, IndexFields.DOC_ID,
            IndexFields.FACET_AGENCY, IndexFields.AGENCY);
    private static final List<String> FACET_ORDER = List.of(
            IndexFields.FACET_TYPE, IndexFields.FACET_DOCUMENT, IndexFields.FACET_AGENCY, IndexFields.FACET_YEAR);
    private static final int FIRST_YEAR = 1900;
    private static final int YEAR_SLOTS = 300;

    /** Matches and counts (value → count, most frequent first); estimates when {@code exact} is false. */
    record Result(long total, boolean exact, Map<String, Map<String, Long>> facets) {
    }

    private FacetCounts() {
    }

    static Result count(IndexSearcher searcher, Query query) throws IOException {
        Counter first = searcher.search(query, new Manager(EXACT_LIMIT));
        if (!first.stopped) {
            return first.result(1, true);
        }
        int maxDoc = Math.max(1, searcher.getIndexReader().maxDoc());
        double covered = Math.max(1, first.stoppedAt) / (double) maxDoc;
        long estimate = Math.round(first.total / covered);
        int rate = 1;
        for (int candidate : LuceneDocuments.SAMPLE_RATES) {
            if (estimate / candidate >= SAMPLED_HITS) {
                rate = candidate;
            }
        }
        if (rate == 1) {
            // not much more than the limit: count it all
            return searcher.search(query, new Manager(Long.MAX_VALUE)).result(1, true);
        }
        Query sampled = new BooleanQuery.Builder()
                .add(query, Occur.MUST)
                .add(new TermQuery(new Term(IndexFields.SAMPLE, Integer.toString(rate))), Occur.FILTER)
                .build();
        return searcher.search(sampled, new Manager(Long.MAX_VALUE)).result(rate, false);
    }

    /**
     * The ordinals with the highest counts in one segment, at most {@link #VALUES_PER_LEAF}: turning every
     * counted ordinal into a string cost more than counting once a result spans thousands of documents. A
     * document's units all sit in one segment, so its count is whole; a type, year or agency below the
     * segment's top {@link #VALUES_PER_LEAF} in every segment could be missed, far below the 20 listed.
     */
    static int[] topOrdinals(int[] counts) {
        java.util.PriorityQueue<Integer> top = new java.util.PriorityQueue<>(
                (a, b) -> counts[a] != counts[b] ? Integer.compare(counts[a], counts[b]) : Integer.compare(b, a));
        for (int ord = 0; ord < counts.length; ord++) {
            if (counts[ord] == 0) {
                continue;
            }
            if (top.size() < VALUES_PER_LEAF) {
                top.add(ord);
            } else if (counts[ord] > counts[top.peek()]) {
                top.poll();
                top.add(ord);
            }
        }
        return top.stream().mapToInt(Integer::intValue).toArray();
    }

    /** One counter over all leaves: the searcher has no executor, so leaves are visited one after another. */
    private record Manager(long limit) implements CollectorManager<Counter, Counter> {

        @Override
        public Counter newCollector() {
            return new Counter(limit);
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

        private final long limit;
        private long total;
        private boolean stopped;
        /** Index-wide doc id where counting stopped: how much of the index the counted matches came from. */
        private int stoppedAt;
        private final Map<String, Map<String, Long>> counts = new LinkedHashMap<>();

        Counter(long limit) {
            this.limit = limit;
            FACET_ORDER.forEach(name -> counts.put(name, new LinkedHashMap<>()));
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        Result result(int scale, boolean exact) {
            Map<String, Map<String, Long>> sorted = new LinkedHashMap<>();
            counts.forEach((facet, values) -> {
                List<Map.Entry<String, Long>> entries = new ArrayList<>(values.entrySet());
                entries.sort(Map.Entry.<String, Long>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()));
                Map<String, Long> top = new LinkedHashMap<>();
                entries.stream().limit(VALUES_PER_FACET).forEach(e -> top.put(e.getKey(), e.getValue() * scale));
                sorted.put(facet, top);
            });
            return new Result(total * scale, exact, sorted);
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            if (stopped) {
                throw new CollectionTerminatedException();
            }
            List<String> names = new ArrayList<>(KEYWORD_FACETS.keySet());
            SortedSetDocValues[] values = new SortedSetDocValues[names.size()];
            int[][] ordinalCounts = new int[names.size()][];
            for (int f = 0; f < names.size(); f++) {
                values[f] = DocValues.getSortedSet(context.reader(), KEYWORD_FACETS.get(names.get(f)));
                ordinalCounts[f] = new int[(int) values[f].getValueCount()];
            }
            SortedNumericDocValues years = DocValues.getSortedNumeric(context.reader(), IndexFields.YEAR);
            // years counted in a primitive array per leaf (no string or boxing per hit); rare outliers in a map
            long[] yearSlots = new long[YEAR_SLOTS];
            Map<Long, Long> otherYears = new java.util.HashMap<>();
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
                    if (years.advanceExact(doc)) {
                        long year = years.nextValue();
                        if (year >= FIRST_YEAR && year < FIRST_YEAR + YEAR_SLOTS) {
                            yearSlots[(int) (year - FIRST_YEAR)]++;
                        } else {
                            otherYears.merge(year, 1L, Long::sum);
                        }
                    }
                }

                @Override
                public void finish() throws IOException {
                    Map<String, Long> yearCounts = counts.get(IndexFields.FACET_YEAR);
                    for (int slot = 0; slot < YEAR_SLOTS; slot++) {
                        if (yearSlots[slot] > 0) {
                            yearCounts.merge(Long.toString(FIRST_YEAR + slot), yearSlots[slot], Long::sum);
                        }
                    }
                    otherYears.forEach((year, count) -> yearCounts.merge(Long.toString(year), count, Long::sum));
                    for (int f = 0; f < values.length; f++) {
                        Map<String, Long> facet = counts.get(names.get(f));
                        for (int ord : topOrdinals(ordinalCounts[f])) {
                            facet.merge(values[f].lookupOrd(ord).utf8ToString(), (long) ordinalCounts[f][ord],
                                    Long::sum);
                        }
                    }
                }
            };
        }
    }
}
