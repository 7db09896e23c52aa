package org.vanban.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

import org.jboss.logging.Logger;
import org.vanban.config.VanbanConfig;
import org.vanban.domain.Document;
import org.vanban.index.IndexedDocument;
import org.vanban.index.SearchIndex;
import org.vanban.store.DocumentEntity;
import org.vanban.store.DocumentInserts;
import org.vanban.store.DocumentMapper;
import org.vanban.store.DocumentRepository;
import org.vanban.store.IndexStateRepository;
import org.vanban.store.StoredSource;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Stores and indexes documents. One database transaction per document; the index is updated after the
 * commit, and the generation written with it lets start-up repair an index that missed a write.
 */
@ApplicationScoped
public class IngestService {

    private static final Logger LOG = Logger.getLogger(IngestService.class);

    @Inject
    DocumentRepository documents;

    @Inject
    IndexStateRepository indexState;

    @Inject
    DocumentInserts inserts;

    @Inject
    SearchIndex index;

    @Inject
    VanbanConfig config;

    /** Documents stored in bulk and waiting for the indexer: bounds the parsed documents held in memory. */
    static final int BULK_INDEX_QUEUE = 4;

    private final Semaphore bulkIndexSlots = new Semaphore(BULK_INDEX_QUEUE);
    private final ExecutorService indexer = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("vanban-indexer").daemon().factory());
    /**
     * What reading a file takes, built at the first file: Tika's set-up and the parse stages (the agency register,
     * word tries, folding tables: about a second in a cold JVM) are costly, and a restart over a known corpus
     * needs neither. Not a field initializer, which the client proxy ran too, before the service listened.
     */
    private record Readers(TextExtractor extractor, IngestPipeline pipeline) {
    }

    private volatile Readers readers;

    private Readers readers() {
        Readers r = readers;
        if (r == null) {
            synchronized (this) {
                r = readers;
                if (r == null) {
                    r = new Readers(new TextExtractor(config.maxExtractedChars(),
                            java.time.Duration.ofSeconds(config.parseTimeoutSeconds())), new IngestPipeline());
                    readers = r;
                }
            }
        }
        return r;
    }

    @PreDestroy
    void stopIndexer() {
        indexer.shutdown();
    }

    /** Stores new content, or returns the document that already has exactly these bytes. */
    public IngestOutcome ingest(byte[] content, String sourceName) throws RejectedInputException {
        String sha = sha256(content);
        Optional<IngestOutcome> existing = existingOutcome(sha);
        if (existing.isPresent()) {
            return existing.get();
        }
        return store(prepare(content, sourceName, sha));
    }

    /**
     * The pure half of an ingest: extract the text, parse, extract the facts. Touches neither the database
     * nor the index, so a bulk load can run it for the next files while {@link #store} writes this one.
     */
    public Prepared prepare(byte[] content, String sourceName, String sha256) throws RejectedInputException {
        return prepare(content, sourceName, sha256, null);
    }

    /** As {@link #prepare(byte[], String, String)} for a corpus file last modified at {@code sourceModified}. */
    public Prepared prepare(byte[] content, String sourceName, String sha256, Instant sourceModified)
            throws RejectedInputException {
        Readers r = readers();
        ExtractedText extracted = r.extractor().extract(content, sourceName);
        Document doc = r.pipeline().process(sourceName, sha256, extracted.text(), extracted.warnings());
        return new Prepared(sha256, extracted.mediaType(), content.length, sourceModified, doc);
    }

    /** The writing half: one transaction, then the index; answers with the stored twin if the hash exists. */
    public IngestOutcome store(Prepared prepared) {
        return store(prepared, false);
    }

    /**
     * As {@link #store(Prepared)} for a bulk load: the document is indexed on the indexer thread while this one
     * goes on with the next transaction, and committed to the index by {@link #finishBulk()}. Indexing was half
     * of the storing thread's time; on two cores, parsing, storing and indexing now each have a thread.
     */
    public IngestOutcome storeInBulk(Prepared prepared) {
        return store(prepared, true);
    }

    /** Waits for the bulk stores' index writes, then commits them: they become searchable. */
    public void finishBulk() {
        bulkIndexSlots.acquireUninterruptibly(BULK_INDEX_QUEUE);
        bulkIndexSlots.release(BULK_INDEX_QUEUE);
        try {
            index.commit();
        } catch (IOException e) {
            LOG.errorf(e, "Committing the index failed; the next start-up repairs it from the database");
        }
    }

    /**
     * A bulk load begins: the index merges no segments until {@link #endBulkLoad}, which merges them all at once.
     * Merged as they were flushed, then again into one, a 10,000-document load rewrote most of its index twice.
     */
    public void beginBulkLoad() {
        index.suspendMerges();
    }

    /**
     * The bulk load is over: merging resumes, and with {@code mergeAll} (the load stored much) the index is merged
     * into one segment ({@link SearchIndex#mergeToOneSegment}). A failure leaves the index as it was, correct and
     * only slower to search.
     */
    public void endBulkLoad(boolean mergeAll) {
        index.resumeMerges();
        if (!mergeAll) {
            return;
        }
        try {
            index.mergeToOneSegment();
        } catch (IOException e) {
            LOG.errorf(e, "Merging the index after a bulk load failed; searches read it as it is");
        }
    }

    private IngestOutcome store(Prepared prepared, boolean bulk) {
        Document doc = prepared.document();
        Stored stored;
        try {
            stored = QuarkusTransaction.requiringNew().call(() -> {
                DocumentEntity entity = new DocumentEntity();
                DocumentMapper.fill(entity, doc, prepared.mediaType(), prepared.sizeBytes(),
                        utc(prepared.sourceModified()), now());
                long id = inserts.insert(entity);
                return new Stored(id, indexState.next());
            });
        } catch (PersistenceException e) {
            // a concurrent upload of the same bytes won the unique constraint: answer with its document
            return existingOutcome(prepared.sha256()).orElseThrow(() -> e);
        }
        if (bulk) {
            bulkIndexSlots.acquireUninterruptibly();
            indexer.execute(() -> {
                try {
                    indexAfterCommit(stored, doc, false);
                } finally {
                    bulkIndexSlots.release();
                }
            });
        } else {
            indexAfterCommit(stored, doc, true);
        }
        return new IngestOutcome(stored.id(), true, report(doc));
    }

    /**
     * A parsed document waiting to be stored, with what the store records about its original bytes.
     *
     * @param sourceModified the corpus file's last-modified time; null for an upload
     */
    public record Prepared(String sha256, String mediaType, long sizeBytes, Instant sourceModified,
            Document document) {
    }

    /** Hash, source name, size and corpus file time of every stored document, in one query. */
    public List<StoredSource> storedSources() {
        return QuarkusTransaction.requiringNew().call(documents::allSources);
    }

    /**
     * Records the last-modified times of corpus files whose content was found stored already (data from before
     * the times were kept, or a file touched without being changed), in one transaction, so that the next pass
     * recognises them without reading them. Only a document stored under the same name and size is updated.
     */
    public void recordSourceModified(List<CorpusFile> files) {
        if (files.isEmpty()) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            for (CorpusFile f : files) {
                documents.recordSourceModified(f.sha256(), f.name(), f.sizeBytes(), utc(f.modified()));
            }
        });
    }

    /** A corpus file whose content is stored, as it is on disk now. */
    public record CorpusFile(String sha256, String name, long sizeBytes, Instant modified) {
    }

    /** Replaces a document's content, keeping its id. */
    public IngestOutcome replace(long id, byte[] content, String sourceName) throws RejectedInputException {
        String sha = sha256(content);
        Optional<Long> holder = QuarkusTransaction.requiringNew().call(() -> {
            if (documents.findById(id) == null) {
                throw new DocumentNotFoundException(id);
            }
            return documents.findBySha256(sha).map(d -> d.id);
        });
        if (holder.isPresent() && holder.get() != id) {
            throw new DocumentConflictException(holder.get(), "Document " + holder.get()
                    + " already has exactly this content; delete it first or replace that one.");
        }
        Readers r = readers();
        ExtractedText extracted = r.extractor().extract(content, sourceName);
        Document doc = r.pipeline().process(sourceName, sha, extracted.text(), extracted.warnings());
        Stored stored = QuarkusTransaction.requiringNew().call(() -> {
            DocumentEntity entity = documents.findById(id);
            if (entity == null) {
                throw new DocumentNotFoundException(id);
            }
            // new bytes from a caller, not the corpus file: a stale file time must not vouch for them
            DocumentMapper.fill(entity, doc, extracted.mediaType(), content.length, null, now());
            documents.flush();
            return new Stored(id, indexState.next());
        });
        indexAfterCommit(stored, doc, true);
        return new IngestOutcome(id, false, report(doc));
    }

    public void delete(long id) {
        long generation = QuarkusTransaction.requiringNew().call(() -> {
            DocumentEntity entity = documents.findById(id);
            if (entity == null) {
                throw new DocumentNotFoundException(id);
            }
            documents.delete(entity);
            return indexState.next();
        });
        try {
            index.delete(id, generation);
        } catch (IOException e) {
            LOG.errorf(e, "Document %d deleted from the database but not from the index; the next start-up "
                    + "repairs the index", id);
        }
    }

    /** Rebuilds the whole index from the database, the source of truth. Returns the number of documents. */
    public int rebuildIndex() {
        long generation = QuarkusTransaction.requiringNew().call(indexState::current);
        List<Long> ids = QuarkusTransaction.requiringNew().call(documents::allIds);
        Iterable<IndexedDocument> docs = () -> ids.stream().map(this::loadForIndex).iterator();
        try {
            index.rebuild(docs, generation);
        } catch (IOException e) {
            throw new UncheckedIOException("Rebuilding the index failed", e);
        }
        return ids.size();
    }

    /** True when the index does not reflect the database's last write. */
    public boolean indexIsBehind() {
        long dbGeneration = QuarkusTransaction.requiringNew().call(indexState::current);
        return index.generation() != dbGeneration;
    }

    public String sourceNameOf(long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            DocumentEntity e = documents.findById(id);
            if (e == null) {
                throw new DocumentNotFoundException(id);
            }
            return e.sourceName;
        });
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private IndexedDocument loadForIndex(long id) {
        return QuarkusTransaction.requiringNew().call(
                () -> new IndexedDocument(id, DocumentMapper.toDomain(documents.findById(id))));
    }

    private Optional<IngestOutcome> existingOutcome(String sha) {
        return QuarkusTransaction.requiringNew().call(() -> documents.findBySha256(sha)
                .map(e -> new IngestOutcome(e.id, false, new IngestReport(e.clauses.size(), e.tasks.size(),
                        e.targets.size(), e.references.size(), DocumentMapper.warnings(e)))));
    }

    private void indexAfterCommit(Stored stored, Document doc, boolean commitIndex) {
        try {
            index.replace(new IndexedDocument(stored.id(), doc), stored.generation(), commitIndex);
        } catch (IOException | RuntimeException e) {
            // the database has it; the generation mismatch makes the next start-up rebuild the index
            LOG.errorf(e, "Document %d stored but not indexed; the next start-up repairs the index", stored.id());
        }
    }

    private static IngestReport report(Document doc) {
        return new IngestReport(doc.clauses().size(), doc.tasks().size(), doc.targets().size(),
                doc.references().size(), doc.warnings());
    }

    private static OffsetDateTime utc(Instant t) {
        return t == null ? null : t.atOffset(ZoneOffset.UTC);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private record Stored(long id, long generation) {
    }
}
