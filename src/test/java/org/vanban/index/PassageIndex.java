package org.vanban.index;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;

/** Texts as passages in memory, one unit each in {@link IndexFields#BODY}, analysed as the service does. For tests. */
final class PassageIndex implements AutoCloseable {

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    final IndexSearcher searcher;

    PassageIndex(List<String> texts) throws IOException {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(VietnameseAnalyzers.perField()))) {
            for (String text : texts) {
                Document unit = new Document();
                unit.add(new TextField(IndexFields.BODY, text, Field.Store.NO));
                writer.addDocument(unit);
            }
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
