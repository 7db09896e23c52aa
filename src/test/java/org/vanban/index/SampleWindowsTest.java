package org.vanban.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SampleWindowsTest {

    @ParameterizedTest(name = "{0} units at 1/{1}")
    @CsvSource({"1000, 4", "1000, 64", "31, 8", "4096, 16", "4097, 16", "5000, 2048", "300000, 4", "300001, 2"})
    void theWindowsHoldOneUnitInRateAndCoveredCountsThem(int maxDoc, int rate) throws IOException {
        SampleWindows sample = new SampleWindows(rate);
        List<Integer> sampled = collected(maxDoc, 1, sample);
        int width = sample.width(maxDoc);
        int stride = width * rate;
        Set<Integer> inSample = new HashSet<>(sampled);
        for (int doc = 0; doc < maxDoc; doc++) {
            assertEquals(doc % stride < width, inSample.contains(doc), "unit " + doc);
        }
        assertEquals(sampled.size(), sample.covered(maxDoc));
        assertTrue(Math.abs(sampled.size() * (double) rate - maxDoc) <= stride, "about 1 in " + rate);
    }

    @ParameterizedTest(name = "{0} units, every {1}th matching, at 1/{2}")
    @CsvSource({"100000, 7, 4", "100000, 3000, 4", "100000, 50000, 2", "300001, 997, 16", "5000, 1, 2048"})
    void onlyTheMatchesInsideTheWindowsAreCollectedInOrder(int maxDoc, int every, int rate) throws IOException {
        SampleWindows sample = new SampleWindows(rate);
        List<Integer> sampled = collected(maxDoc, every, sample);
        int stride = sample.width(maxDoc) * rate;
        List<Integer> expected = new ArrayList<>();
        for (int doc = 0; doc < maxDoc; doc += every) {
            if (doc % stride < sample.width(maxDoc)) {
                expected.add(doc);
            }
        }
        assertEquals(expected, sampled);
    }

    /** {@code maxDoc} units, every {@code every}th with a term: that term's matches collected on the sample. */
    private static List<Integer> collected(int maxDoc, int every, SampleWindows sample) throws IOException {
        try (var directory = new ByteBuffersDirectory();
                var writer = new IndexWriter(directory, new IndexWriterConfig())) {
            for (int i = 0; i < maxDoc; i++) {
                Document unit = new Document();
                if (i % every == 0) {
                    unit.add(new StringField("f", "match", Field.Store.NO));
                }
                writer.addDocument(unit);
            }
            writer.forceMerge(1);
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                LeafReaderContext leaf = reader.leaves().get(0);
                Weight weight = searcher.createWeight(new TermQuery(new Term("f", "match")),
                        ScoreMode.COMPLETE_NO_SCORES, 1f);
                List<Integer> sampled = new ArrayList<>();
                BulkScorer scorer = weight.bulkScorer(leaf);
                if (scorer != null) {
                    sample.collect(scorer, new LeafCollector() {
                        @Override
                        public void setScorer(Scorable scorer) {
                        }

                        @Override
                        public void collect(int doc) {
                            sampled.add(doc);
                        }
                    }, leaf.reader().getLiveDocs(), leaf.reader().maxDoc());
                }
                return sampled;
            }
        }
    }

    @ParameterizedTest(name = "{0} units at 1/{1}: windows of {2}")
    @CsvSource({"1000, 4, 32", "1760000, 4, 1024", "1760000, 64, 64", "1760000, 1024, 32", "100000000, 2, 2048"})
    void windowsAreAsWideAsASegmentAllowsWithEnoughOfThem(int maxDoc, int rate, int width) {
        SampleWindows sample = new SampleWindows(rate);
        assertEquals(width, sample.width(maxDoc));
        assertTrue(maxDoc < (long) SampleWindows.MIN_WIDTH * rate * SampleWindows.MIN_WINDOWS
                || maxDoc / ((long) width * rate) >= SampleWindows.MIN_WINDOWS, "enough windows");
    }
}
