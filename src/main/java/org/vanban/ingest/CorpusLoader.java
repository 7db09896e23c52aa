package org.vanban.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

/**
 * Ingests every file of a folder, idempotently (by content hash). Files that cannot be read are counted by
 * reason and logged, never fatal for the others.
 */
@ApplicationScoped
public class CorpusLoader {

    private static final Logger LOG = Logger.getLogger(CorpusLoader.class);

    @Inject
    IngestService ingest;

    /** What a pass over a folder did. */
    public record CorpusReport(int files, int created, int unchanged, Map<RejectionReason, Integer> rejected) {
    }

    public CorpusReport load(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            LOG.warnf("Corpus folder %s does not exist; nothing to ingest", folder.toAbsolutePath());
            return new CorpusReport(0, 0, 0, Map.of());
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
        int created = 0;
        int unchanged = 0;
        Map<RejectionReason, Integer> rejected = new EnumMap<>(RejectionReason.class);
        // one query for every known hash: a restart over a large unchanged corpus then costs a hash per file,
        // not a transaction and an aggregate load per file
        Set<String> known = ingest.storedHashes();
        for (Path file : files) {
            String name = file.getFileName().toString();
            try {
                byte[] content = Files.readAllBytes(file);
                if (known.contains(IngestService.sha256(content))) {
                    unchanged++;
                    continue;
                }
                IngestOutcome outcome = ingest.ingest(content, name);
                if (outcome.created()) {
                    created++;
                    LOG.infof("Ingested %s as document %d: %s", name, outcome.documentId(), outcome.report());
                } else {
                    unchanged++;
                }
            } catch (RejectedInputException e) {
                rejected.merge(e.reason(), 1, Integer::sum);
                LOG.warnf("Skipped %s (%s): %s", name, e.reason(), e.getMessage());
            }
        }
        return new CorpusReport(files.size(), created, unchanged, rejected);
    }
}
