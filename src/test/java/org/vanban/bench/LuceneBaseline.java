package org.vanban.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * The floor for ingest cost: bare Lucene with {@link StandardAnalyzer}, one Lucene document per paragraph
 * (non-blank line), the text stored, no parsing, no database, one commit at the end. Runs in the benchmark's
 * own JVM (the same JDK the service runs on) while the service is not running.
 */
final class LuceneBaseline {

    /** The field the paragraphs are indexed in. */
    static final String FIELD = "text";

    record Result(int files, long bytes, long paragraphs, double seconds, long indexBytes, long tokens) {

        double docsPerSecond() {
            return files / seconds;
        }

        double megabytesPerSecond() {
            return bytes / 1e6 / seconds;
        }
    }

    private LuceneBaseline() {
    }

    static Result index(List<Path> files, Path indexDir) throws IOException {
        BenchFiles.deleteTree(indexDir);
        long bytes = 0;
        long paragraphs = 0;
        long start = System.nanoTime();
        try (FSDirectory dir = FSDirectory.open(indexDir);
                IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer())
                        .setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
            for (Path file : files) {
                byte[] content = Files.readAllBytes(file);
                bytes += content.length;
                String name = file.getFileName().toString();
                int n = 0;
                for (String line : new String(content, StandardCharsets.UTF_8).split("\n")) {
                    if (line.isBlank()) {
                        continue;
                    }
                    Document doc = new Document();
                    doc.add(new StringField("id", name + "#" + n++, Field.Store.YES));
                    doc.add(new TextField(FIELD, line.strip(), Field.Store.YES));
                    writer.addDocument(doc);
                }
                paragraphs += n;
            }
            writer.commit();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(files.size(), bytes, paragraphs, seconds, BenchFiles.sizeOf(indexDir),
                BenchFiles.tokensIndexed(indexDir, FIELD));
    }
}
