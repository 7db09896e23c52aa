package org.vanban.ingest;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.vanban.store.StoredSource;

/**
 * Ingests every file of a folder, idempotently (by content hash). Files that cannot be read are counted by
 * reason and logged, never fatal for the others. A file whose name, size and last-modified time are those a
 * stored document was made from is taken as known without being read: a restart over a large unchanged
 * corpus then costs one directory listing, not a read and a hash of every byte. A file that differs in size or
 * time is read and hashed, and the hash decides as before.
 */
@ApplicationScoped
public class CorpusLoader {

    private static final Logger LOG = Logger.getLogger(CorpusLoader.class);
    /** Documents stored between two index commits of a bulk load (each commit also makes them searchable). */
    static final int COMMIT_EVERY = 500;

    @Inject
    IngestService ingest;

    /** Files of the pass under way, and how many of them are done; both 0 between passes. */
    private volatile int passFiles;
    private volatile int passDone;

    /**
     * How far the pass under way is, as "N of M files", or null between passes. Cheap to ask at any time, unlike
     * counting the stored documents while a bulk load writes them.
     */
    public String progress() {
        int files = passFiles;
        return files == 0 ? null : passDone + " of " + files + " files";
    }

    /**
     * What a pass over a folder did.
     *
     * @param unchanged files whose content is stored already
     * @param unread    of those, the files recognised by name, size and last-modified time, without reading
     */
    public record CorpusReport(int files, int created, int unchanged, int unread,
            Map<RejectionReason, Integer> rejected) {
    }

    /**
     * A corpus file as the directory listing shows it. The time is cut to microseconds, the precision both
     * H2 and PostgreSQL keep, so that a stored time compares equal to the file's.
     */
    private record FileStamp(String name, long sizeBytes, Instant modified) {

        static FileStamp of(Path file, BasicFileAttributes attributes) {
            return new FileStamp(file.getFileName().toString(), attributes.size(),
                    attributes.lastModifiedTime().toInstant().truncatedTo(ChronoUnit.MICROS));
        }
    }

    /** One file after the pure half: prepared, known already (prepared null, hash set), or refused. */
    private record Step(FileStamp file, String sha256, IngestService.Prepared prepared,
            RejectedInputException rejection) {
    }

    private Step prepare(Path path, FileStamp file, Set<String> knownHashes) throws IOException {
        byte[] content = Files.readAllBytes(path);
        String sha = IngestService.sha256(content);
        if (knownHashes.contains(sha)) {
            return new Step(file, sha, null, null);
        }
        try {
            return new Step(file, sha, ingest.prepare(content, file.name(), sha, file.modified()), null);
        } catch (RejectedInputException e) {
            return new Step(file, sha, null, e);
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
            return new CorpusReport(0, 0, 0, 0, Map.of());
        }
        Map<Path, FileStamp> files = new TreeMap<>();
        try (Stream<Path> listing = Files.list(folder)) {
            for (Path file : (Iterable<Path>) listing::iterator) {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                if (attributes.isRegularFile() && !file.getFileName().toString().startsWith(".")) {
                    files.put(file, FileStamp.of(file, attributes));
                }
            }
        }
        // one query for everything known: a restart then costs no transaction and no aggregate load per file
        Set<String> knownHashes = new HashSet<>();
        Set<FileStamp> knownFiles = new HashSet<>();
        int storedBefore = 0;
        for (StoredSource s : ingest.storedSources()) {
            storedBefore++;
            knownHashes.add(s.sha256());
            if (s.sourceModifiedAt() != null && s.sizeBytes() != null) {
                knownFiles.add(new FileStamp(s.sourceName(), s.sizeBytes(), s.sourceModifiedAt().toInstant()));
            }
        }
        int unread = 0;
        List<Path> toRead = new ArrayList<>();
        for (Map.Entry<Path, FileStamp> file : files.entrySet()) {
            if (knownFiles.contains(file.getValue())) {
                unread++;
            } else {
                toRead.add(file.getKey());
            }
        }
        int created = 0;
        int unchanged = unread;
        passDone = unread;
        passFiles = files.size();
        Map<RejectionReason, Integer> rejected = new EnumMap<>(RejectionReason.class);
        // known content under a file time the store does not have yet: remembered at the end of the pass
        List<IngestService.CorpusFile> knownButRestamped = new ArrayList<>();
        // the pure half (read, hash, extract, parse) runs ahead on the other cores while this thread stores and
        // indexes in file order; the window bounds how many parsed documents wait in memory
        int workers = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService preparers = Executors.newFixedThreadPool(workers,
                Thread.ofPlatform().name("vanban-corpus-", 0).daemon().factory());
        // as many files to read as documents stored: a bulk load, merged once at its end
        boolean bulkLoad = isBulkLoad(toRead.size(), storedBefore);
        if (bulkLoad) {
            ingest.beginBulkLoad();
        }
        try {
            Deque<Future<Step>> window = new ArrayDeque<>();
            int next = 0;
            while (next < toRead.size() || !window.isEmpty()) {
                while (next < toRead.size() && window.size() < 2 * workers) {
                    Path path = toRead.get(next++);
                    FileStamp file = files.get(path);
                    window.add(preparers.submit(() -> prepare(path, file, knownHashes)));
                }
                Step step = await(window.removeFirst());
                passDone++;
                FileStamp file = step.file();
                if (step.rejection() != null) {
                    rejected.merge(step.rejection().reason(), 1, Integer::sum);
                    LOG.warnf("Skipped %s (%s): %s", file.name(), step.rejection().reason(),
                            step.rejection().getMessage());
                } else if (step.prepared() == null) {
                    unchanged++;
                    knownButRestamped.add(new IngestService.CorpusFile(step.sha256(), file.name(),
                            file.sizeBytes(), file.modified()));
                } else {
                    IngestOutcome outcome = ingest.storeInBulk(step.prepared());
                    if (outcome.created()) {
                        created++;
                        if (created % COMMIT_EVERY == 0) {
                            ingest.finishBulk();
                        }
                        LOG.infof("Ingested %s as document %d: %s", file.name(), outcome.documentId(),
                                outcome.report());
                    } else {
                        unchanged++;
                    }
                }
            }
        } finally {
            preparers.shutdownNow();
            ingest.finishBulk();
            if (bulkLoad) {
                ingest.endBulkLoad(isBulkLoad(created, storedBefore));
            }
            passFiles = 0;
            passDone = 0;
        }
        ingest.recordSourceModified(knownButRestamped);
        return new CorpusReport(files.size(), created, unchanged, unread, rejected);
    }

    /**
     * A pass that at least doubles the store is a bulk load: the index merges nothing during it and everything into
     * one segment at its end (a rewrite of the whole index, worth it only when much of it is new). A first start
     * over a corpus, not a restart that finds a few new files.
     */
    static boolean isBulkLoad(int created, int storedBefore) {
        return created > 0 && created >= storedBefore;
    }
}
