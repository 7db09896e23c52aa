package org.vanban.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.vanban.ingest.IngestPipeline;

/** The committed seed texts run through the pure pipeline, as the ingest service would store them. */
final class SeedCorpus {

    static final Path CORPUS = Path.of("corpus");

    private SeedCorpus() {
    }

    static List<IndexedDocument> documents() {
        IngestPipeline pipeline = new IngestPipeline();
        List<IndexedDocument> documents = new ArrayList<>();
        try (Stream<Path> files = Files.list(CORPUS)) {
            List<Path> sorted = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            long id = 1;
            for (Path file : sorted) {
                String name = file.getFileName().toString();
                documents.add(new IndexedDocument(id++,
                        pipeline.process(name, "sha-" + name, Files.readString(file), List.of())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return documents;
    }

    static SearchIndex openIndex(Path dir) throws IOException {
        SearchIndex index = new SearchIndex();
        index.open(dir);
        index.rebuild(documents(), 1);
        return index;
    }
}
