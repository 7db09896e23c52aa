package org.vanban.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.vanban.domain.Document;
import org.vanban.ingest.IngestPipeline;
import org.vanban.ingest.RejectedInputException;
import org.vanban.ingest.TextExtractor;

/**
 * The first documents of the 1,000-document synthetic corpus through the pure stages, in memory: the input of the
 * benchmarks that time one write path alone (the store, the index).
 *
 * @param files     the files read
 * @param documents their parsed documents, in file order
 * @param bytes     input bytes
 */
record ParsedCorpus(List<Path> files, List<Document> documents, long bytes) {

    static ParsedCorpus firstOf1000(Path root, int count) throws IOException, RejectedInputException {
        List<Path> files = SyntheticCorpus.generate(root.resolve("corpus"), root.resolve("target/bench/corpus-1000"),
                1000).subList(0, count);
        TextExtractor extractor = new TextExtractor();
        IngestPipeline pipeline = new IngestPipeline();
        List<Document> documents = new ArrayList<>();
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
            documents.add(parse(file, extractor, pipeline));
        }
        return new ParsedCorpus(files, documents, bytes);
    }

    /** One file through extraction and the pure stages, named by its file name. */
    static Document parse(Path file, TextExtractor extractor, IngestPipeline pipeline)
            throws IOException, RejectedInputException {
        String name = file.getFileName().toString();
        return pipeline.process(name, name, extractor.extract(Files.readAllBytes(file), name).text(), List.of());
    }
}
