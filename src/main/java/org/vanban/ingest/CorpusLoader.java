package org.vanban.ingest;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
    /** Documents stored between two index commits of a bulk load (each commit also makes them searchable). */
    static final int COMMIT_EVERY = 500;

    @Inject
    IngestService ingest;

    /** What a pass over a folder did. */
    public record CorpusReport(int files, int created, int unchanged, Map<RejectionReason, Integer> rejected) {
    }

    /** One file after the pure half: prepared, known already (both null), or refused. */
    private record Step(String name, IngestService.Prepared prepared, RejectedInputException rejection) {
    }

    private Step prepare(Path file, Set<String> known) throws IOException {
        String name = file.getFileName().toString();
        byte[] content = Files.readAllBytes(file);
        String sha = IngestService.sha256(content);
        if (known.contains(sha)) {
            return new Step(name, null, null);
        }
        try {
            return new Step(name, ingest.prepare(content, name, sha), null);
        } catch (RejectedInputException e) {
            return new Step(name, null, e);
        }
    }

    private static Step await(Future<Step> step) throws IOException {
        try {
            return step.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("corpus ingestion interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
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
        // the pure half (read, hash, extract, parse) runs ahead on the other cores while this thread stores and
        // indexes in file order; the window bounds how many parsed documents wait in memory
        int workers = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService preparers = Executors.newFixedThreadPool(workers,
                Thread.ofPlatform().name("vanban-corpus-", 0).daemon().factory());
        try {
            Deque<Future<Step>> window = new ArrayDeque<>();
            int next = 0;
            while (next < files.size() || !window.isEmpty()) {
                while (next < files.size() && window.size() < 2 * workers) {
                    Path file = files.get(next++);
                    window.add(preparers.submit(() -> prepare(file, known)));
                }
                Step step = await(window.removeFirst());
                if (step.rejection() != null) {
                    rejected.merge(step.rejection().reason(), 1, Integer::sum);
                    LOG.warnf("Skipped %s (%s): %s", step.name(), step.rejection().reason(),
                            step.rejection().getMessage());
                } else if (step.prepared() == null) {
                    unchanged++;
                } else {
                    IngestOutcome outcome = ingest.storeInBulk(step.prepared());
                    if (outcome.created()) {
                        created++;
                        if (created % COMMIT_EVERY == 0) {
                            ingest.finishBulk();
                        }
                        LOG.infof("Ingested %s as document %d: %s", step.name(), outcome.documentId(),
                                outcome.report());
                    } else {
                        unchanged++;
                    }
                }
            }
        } finally {
            preparers.shutdownNow();
            ingest.finishBulk();
        }
        return new CorpusReport(files.size(), created, unchanged, rejected);
    }
}
