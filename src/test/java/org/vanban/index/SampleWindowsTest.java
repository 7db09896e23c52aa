package org.vanban.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SampleWindowsTest {

    @ParameterizedTest(name = "{0} units at 1/{1}")
    @CsvSource({"1000, 4", "1000, 64", "31, 8", "4096, 16", "4097, 16", "5000, 2048", "300000, 4", "300001, 2"})
    void theWindowsHoldOneUnitInRateAndCoveredCountsThem(int maxDoc, int rate) throws IOException {
        try (var directory = new ByteBuffersDirectory();
                var writer = new IndexWriter(directory, new IndexWriterConfig())) {
            for (int i = 0; i < maxDoc; i++) {
                writer.addDocument(new Document());
            }
            writer.forceMerge(1);
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                SampleWindows sample = new SampleWindows(rate);
                IndexSearcher searcher = new IndexSearcher(reader);
                LeafReaderContext leaf = reader.leaves().get(0);
                DocIdSetIterator docs = searcher.createWeight(sample, ScoreMode.COMPLETE_NO_SCORES, 1f)
                        .scorer(leaf).iterator();
                List<Integer> sampled = new ArrayList<>();
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    sampled.add(doc);
                }
                int width = sample.width(maxDoc);
                int stride = width * rate;
                Set<Integer> inSample = new HashSet<>(sampled);
                for (int doc = 0; doc < maxDoc; doc++) {
                    assertEquals(doc % stride < width, inSample.contains(doc), "unit " + doc);
                }
                assertEquals(sampled.size(), sample.covered(maxDoc));
                assertEquals(sampled.size(), searcher.count(sample));
                assertTrue(Math.abs(sampled.size() * (double) rate - maxDoc) <= stride, "about 1 in " + rate);
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
