package org.vanban.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

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
    @CsvSource({"1000, 4", "1000, 64", "31, 8", "4096, 16", "4097, 16", "5000, 2048"})
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
                int stride = SampleWindows.WIDTH * rate;
                for (int doc = 0; doc < maxDoc; doc++) {
                    assertEquals(doc % stride < SampleWindows.WIDTH, sampled.contains(doc), "unit " + doc);
                }
                assertEquals(sampled.size(), sample.covered(maxDoc));
                assertEquals(sampled.size(), searcher.count(sample));
                assertTrue(Math.abs(sampled.size() * (double) rate - maxDoc) <= stride, "about 1 in " + rate);
            }
        }
    }
}
