package org.vanban.ingest;

import java.util.ArrayList;
import java.util.List;

import org.vanban.domain.Clause;
import org.vanban.domain.Document;
import org.vanban.domain.DocumentHeader;
import org.vanban.extract.ReferenceExtractor;
import org.vanban.extract.TargetExtractor;
import org.vanban.extract.TaskExtractor;
import org.vanban.parse.HeaderParser;
import org.vanban.parse.NormalizedText;
import org.vanban.parse.StructureParser;
import org.vanban.parse.TextNormalizer;

/**
 * The pure composition of the stages: extracted text → normalize → header + clause tree → extract →
 * {@link Document}. Knows nothing of storage, indexing or Quarkus; safe to call from any thread.
 */
public final class IngestPipeline {

    private final TextNormalizer normalizer = new TextNormalizer();
    private final HeaderParser headerParser = new HeaderParser();
    private final StructureParser structureParser = new StructureParser();
    private final TaskExtractor taskExtractor = new TaskExtractor();
    private final TargetExtractor targetExtractor = new TargetExtractor();
    private final ReferenceExtractor referenceExtractor = new ReferenceExtractor();

    /**
     * @param sourceName    the file name the text came from
     * @param sha256        hex SHA-256 of the original bytes
     * @param extractedText text as the extractor produced it
     * @param extraWarnings warnings from earlier stages (encoding conversion) to carry on the document
     */
    public Document process(String sourceName, String sha256, String extractedText, List<String> extraWarnings) {
        NormalizedText normalized = normalizer.normalize(extractedText);
        DocumentHeader header = headerParser.parse(normalized);
        List<Clause> clauses = structureParser.parse(normalized.text());
        List<String> warnings = new ArrayList<>(extraWarnings);
        warnings.addAll(normalized.warnings());
        return new Document(sourceName, sha256, header, normalized.text(), clauses,
                taskExtractor.extract(header, clauses),
                targetExtractor.extract(header, clauses),
                referenceExtractor.extract(header, clauses),
                warnings);
    }
}
