package org.vanban.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * {@code bench.rounds} (3).
 */
public final class IndexProbe {

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("bench.root", ".")).toAbsolutePath().normalize();
        int docs = Integer.getInteger("bench.docs", 1000);
        List<Path> files = SyntheticCorpus.generate(root.resolve("corpus"), root.resolve("target/bench/corpus-1000"),
                1000).subList(0, docs);
        TextExtractor extractor = new TextExtractor();
        IngestPipeline pipeline = new IngestPipeline();
        List<Document> parsed = new ArrayList<>();
        long bytes = 0;
        for (Path file : files) {
            byte[] content = Files.readAllBytes(file);
            bytes += content.length;
            String name = file.getFileName().toString();
            parsed.add(pipeline.process(name, name, extractor.extract(content, name).text(), List.of()));
        }
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
}
