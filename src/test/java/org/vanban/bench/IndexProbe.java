package org.vanban.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.vanban.domain.Document;
import org.vanban.index.IndexedDocument;
import org.vanban.index.SearchIndex;
import org.vanban.ingest.IngestPipeline;
import org.vanban.ingest.TextExtractor;

/**
 * The index write path alone, beside its floor: already-parsed documents written through {@link SearchIndex} in a
 * bulk load (one thread, one commit at the end) and the same files indexed by bare Lucene
 * ({@link LuceneBaseline}), alternating rounds in one JVM. Prints seconds, MB/s of input text and the ratio. Not a
 * test: a main, for profiling between full bench runs.
 *
 * <p>Properties: {@code bench.docs} (documents of the 1,000-document synthetic corpus, default 1000),
 * {@code bench.rounds} (3). With {@code bench.build=N} (1000 or 10000) it instead parses the N-document synthetic
 * corpus on every core and writes its index once to {@code target/bench/probe-N/index}, for {@link SearchProbe}.
 */
public final class IndexProbe {

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("bench.root", ".")).toAbsolutePath().normalize();
        Integer build = Integer.getInteger("bench.build");
        if (build != null) {
            buildIndex(root, build);
            return;
        }
        int docs = Integer.getInteger("bench.docs", 1000);
        ParsedCorpus corpus = ParsedCorpus.firstOf1000(root, docs);
        List<Path> files = corpus.files();
        List<Document> parsed = corpus.documents();
        long bytes = corpus.bytes();
        System.out.printf(Locale.ROOT, "%d documents, %.1f MB of input text%n", docs, bytes / 1e6);
        Path work = root.resolve("target/bench/index-probe");
        for (int round = 0; round < Integer.getInteger("bench.rounds", 3); round++) {
            BenchFiles.deleteTree(work);
            long t0 = System.nanoTime();
            SearchIndex index = new SearchIndex();
            index.open(work.resolve("vanban"));
            long id = 1;
            for (Document doc : parsed) {
                index.replace(new IndexedDocument(id, doc), id, false);
                id++;
            }
            index.commit();
            index.close();
            double vanban = (System.nanoTime() - t0) / 1e9;
            LuceneBaseline.Result lucene = LuceneBaseline.index(files, work.resolve("lucene"));
            System.out.printf(Locale.ROOT, "round %d: vanban index %.2f s (%.2f MB/s, %.0f MB), bare Lucene %.2f s "
                    + "(%.2f MB/s, %.0f MB): ratio %.3f%n", round, vanban, bytes / 1e6 / vanban,
                    BenchFiles.sizeOf(work.resolve("vanban")) / 1e6, lucene.seconds(), lucene.megabytesPerSecond(),
                    lucene.indexBytes() / 1e6, lucene.seconds() / vanban);
        }
    }

    /** Parses the synthetic corpus of {@code count} documents on every core and indexes it in file order. */
    private static void buildIndex(Path root, int count) throws Exception {
        List<Path> files = SyntheticCorpus.generate(root.resolve("corpus"), root.resolve("target/bench/corpus-" + count),
                count);
        Path indexDir = root.resolve("target/bench/probe-" + count + "/index");
        BenchFiles.deleteTree(indexDir);
        TextExtractor extractor = new TextExtractor();
        IngestPipeline pipeline = new IngestPipeline();
        int threads = Runtime.getRuntime().availableProcessors();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        var parsed = new java.util.ArrayDeque<java.util.concurrent.Future<Document>>();
        long t0 = System.nanoTime();
        SearchIndex index = new SearchIndex();
        index.open(indexDir);
        int next = 0;
        for (long id = 1; id <= files.size(); id++) {
            // a bounded window of documents parsed ahead: all of them would not fit in the heap
            while (next < files.size() && parsed.size() < 4 * threads) {
                Path file = files.get(next++);
                parsed.add(pool.submit(() -> ParsedCorpus.parse(file, extractor, pipeline)));
            }
            index.replace(new IndexedDocument(id, parsed.removeFirst().get()), id, false);
            if (id % 500 == 0) {
                index.commit();
            }
        }
        index.commit();
        index.close();
        pool.shutdown();
        System.out.printf(Locale.ROOT, "indexed %d documents into %s in %.1f s (%.0f MB)%n", files.size(), indexDir,
                (System.nanoTime() - t0) / 1e9, BenchFiles.sizeOf(indexDir) / 1e6);
    }
}
