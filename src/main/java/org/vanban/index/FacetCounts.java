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
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts the facet values of every matching unit while the query runs, straight from doc values: per
 * segment an array indexed by ordinal, turned into values once per segment. No taxonomy, no per-reader
 * state to build or cache, so nothing to redo when the searcher is refreshed. Also counts the matches.
 */
final class FacetCounts implements CollectorManager<FacetCounts.Counter, FacetCounts.Result> {

    /** Facet name → keyword field (ordinals). */
    private static final Map<String, String> KEYWORD_FACETS = Map.of(
            IndexFields.FACET_TYPE, IndexFields.TYPE,
            IndexFields.FACET_DOCUMENT, IndexFields.DOC_ID,
            IndexFields.FACET_AGENCY, IndexFields.AGENCY);
    private static final List<String> FACET_ORDER = List.of(
            IndexFields.FACET_TYPE, IndexFields.FACET_DOCUMENT, IndexFields.FACET_AGENCY, IndexFields.FACET_YEAR);

    /** All matches and the counts, value → count, most frequent first. */
    record Result(long total, Map<String, Map<String, Long>> facets) {
    }

    @Override
    public Counter newCollector() {
        return new Counter();
    }

    @Override
    public Result reduce(Collection<Counter> counters) {
        long total = 0;
        Map<String, Map<String, Long>> merged = new LinkedHashMap<>();
        FACET_ORDER.forEach(name -> merged.put(name, new LinkedHashMap<>()));
        for (Counter counter : counters) {
            total += counter.total;
            counter.counts.forEach((facet, values) -> values.forEach(
                    (value, count) -> merged.get(facet).merge(value, count, Long::sum)));
        }
        Map<String, Map<String, Long>> sorted = new LinkedHashMap<>();
        merged.forEach((facet, values) -> {
            List<Map.Entry<String, Long>> entries = new ArrayList<>(values.entrySet());
            entries.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
            Map<String, Long> ordered = new LinkedHashMap<>();
            entries.forEach(e -> ordered.put(e.getKey(), e.getValue()));
            sorted.put(facet, ordered);
        });
        return new Result(total, sorted);
    }

    private static final int FIRST_YEAR = 1900;
    private static final int YEAR_SLOTS = 300;

    static final class Counter implements Collector {

        private long total;
        private final Map<String, Map<String, Long>> counts = new LinkedHashMap<>();

        Counter() {
            FACET_ORDER.forEach(name -> counts.put(name, new LinkedHashMap<>()));
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            List<String> names = new ArrayList<>(KEYWORD_FACETS.keySet());
            SortedSetDocValues[] values = new SortedSetDocValues[names.size()];
            int[][] ordinalCounts = new int[names.size()][];
            for (int f = 0; f < names.size(); f++) {
                values[f] = DocValues.getSortedSet(context.reader(), KEYWORD_FACETS.get(names.get(f)));
                ordinalCounts[f] = new int[(int) values[f].getValueCount()];
            }
            SortedNumericDocValues years = DocValues.getSortedNumeric(context.reader(), IndexFields.YEAR);
            Map<String, Long> yearCounts = counts.get(IndexFields.FACET_YEAR);
            // years counted in a primitive array per leaf (no string or boxing per hit); rare outliers in a map
            long[] yearSlots = new long[YEAR_SLOTS];
            Map<Long, Long> otherYears = new java.util.HashMap<>();
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) throws IOException {
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
                    for (int slot = 0; slot < YEAR_SLOTS; slot++) {
                        if (yearSlots[slot] > 0) {
                            yearCounts.merge(Long.toString(FIRST_YEAR + slot), yearSlots[slot], Long::sum);
                        }
                    }
                    otherYears.forEach((year, count) -> yearCounts.merge(Long.toString(year), count, Long::sum));
                    for (int f = 0; f < values.length; f++) {
                        Map<String, Long> facet = counts.get(names.get(f));
                        for (int ord = 0; ord < ordinalCounts[f].length; ord++) {
                            if (ordinalCounts[f][ord] > 0) {
                                facet.merge(values[f].lookupOrd(ord).utf8ToString(), (long) ordinalCounts[f][ord],
                                        Long::sum);
                            }
                        }
                    }
                }
            };
        }
    }
}
