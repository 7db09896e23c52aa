package org.vanban.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LRUQueryCache;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOSupplier;

import org.vanban.index.SimpleQueryBuilder.Spelling;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one Lucene index holder: an IndexWriter and a SearcherManager over the index directory. Every write
 * replaces by document id, commits with the database's index generation in the commit data, then
 * refreshes. The database is the source of truth; {@link #generation()} lets start-up detect an index that
 * disagrees with it and rebuild.
 *
 * <p>Thread safe: writes are serialized (each pairs its documents with its generation in one commit);
 * searches run concurrently with writes, each on a searcher acquired from the manager and released after, at most
 * {@link #limitConcurrentSearches a few} at once.
 * Works without CDI: {@code new SearchIndex()}, then {@link #open(Path)}.
 */
@ApplicationScoped
public class SearchIndex {

    static final String GENERATION_KEY = "generation";
    /** Indexing buffer; the heap is bounded (src/main/jvm/vanban.jvm-options), so it stays modest. */
    static final double RAM_BUFFER_MB = 32;
    /**
     * The merge policy of {@link #mergeToOneSegment}: every segment in one merge, in index order. The writer's
     * TieredMergePolicy merged in rounds of segments it picked by size, which left the documents in an order that
     * changed with the segments' sizes, and so from one build to the next (which of a corpus's near-identical
     * passages come first, and so what a search costs, moved with it). In order, the documents stay in the order
     * they were stored; one merge of the 10,000 documents took 11.1 s against 12.5 and 13.2 s in rounds.
     */
    private static final MergePolicy ALL_AT_ONCE_IN_ORDER = allAtOnceInOrder();

    private static MergePolicy allAtOnceInOrder() {
        LogByteSizeMergePolicy inOrder = new LogByteSizeMergePolicy();
        inOrder.setMergeFactor(100_000);
        inOrder.setNoCFSRatio(0.0);
        return inOrder;
    }

    static final int FILTER_CACHE_ENTRIES = 256;
    /** A cached filter takes at most a bit per unit: 220 KB over the 1.8 million units of 10,000 documents. */
    static final long FILTER_CACHE_BYTES = 16L << 20;
    static final int CACHED_SEGMENT_DOCS = 10_000;
    private static final Set<String> HIT_FIELDS = Set.of(IndexFields.DOC_ID, IndexFields.KIND,
            IndexFields.CLAUSE_PATH, IndexFields.TEXT, IndexFields.TITLE, IndexFields.SOURCE_NAME,
            IndexFields.NUMBER);
    private static final Sort NEWEST_FIRST;

    static {
        SortField date = new SortField(IndexFields.DATE, SortField.Type.LONG, true);
        date.setMissingValue(Long.MIN_VALUE);
        NEWEST_FIRST = new Sort(date, SortField.FIELD_SCORE, new SortField(IndexFields.ORDINAL, SortField.Type.LONG));
    }

    private final Analyzer analyzer = VietnameseAnalyzers.perField();
    private final LuceneDocuments luceneDocuments = new LuceneDocuments();
    private final SimpleQueryBuilder queryBuilder = new SimpleQueryBuilder();
    private final FacetCounts facetCounts = new FacetCounts();
    private final SnippetHighlighter highlighter = new SnippetHighlighter(analyzer);
    private final Object writeLock = new Object();
    /**
     * Searches running at once; the others wait their turn, first come first served. A search is CPU work: beyond
     * the cores, concurrent searches only share them, each taking as many times longer as there are searches per
     * core, so the slowest query of a mix set the tail. Queued instead, a search waits for the ones ahead and then
     * runs at full speed (StartupProbe, 10,000 documents, 2 cores: p99 at 8 clients 148-168 ms → 103-107 ms, at 32
     * clients 595-674 ms → 330-344 ms, throughput unchanged). The price: with cheap searches and 32 clients, up to a
     * quarter of the throughput (1,000 documents −14%, the seeds −25% with 3, 4 or 8 slots alike), the time a freed
     * slot waits for the next thread to wake; at 8 clients none. As many slots as cores: a third slot on 2 cores let
     * three searches share them, each taking half as long again, and once the JIT had compiled the searches (the
     * bench's warm-up) it kept no core busier (StartupProbe, 10,000 documents, alternating: 8 clients p99 25.1 and
     * 22.5 ms with 2 slots against 26.5 and 26.6 with 3, at 607 and 654 against 666 and 644 searches/s; 32 clients p99
     * 64 and 65 against 79 and 73 ms). Measured on a server just started, a third slot had looked 10% faster.
     */
    private volatile SearchTurns searchTurns = new SearchTurns(defaultConcurrentSearches(), MAX_SEARCH_WAIT);
    /**
     * The longest a search waits for its turn before it is refused ({@link SearchBusyException}): at 32 clients on 2
     * cores the wait was under half a second at p99, so this is reached only by an overload a client should back off
     * from, rather than wait on without an answer.
     */
    public static final Duration MAX_SEARCH_WAIT = Duration.ofSeconds(10);

    /** The slots searches take turns on, and how long one waits for its turn: replaced together. */
    private record SearchTurns(Semaphore slots, Duration maxWait) {

        SearchTurns(int searches, Duration maxWait) {
            this(new Semaphore(searches, true), maxWait);
        }
    }

    /**
     * The filters' bit sets ({@link SearchFilters#CACHE_FILTERS}), per segment of at least {@link #CACHED_SEGMENT_DOCS}
     * units (smaller ones are read as fast as a cache entry); bounded in entries and in memory, shared by the
     * searchers of successive refreshes, which keep most segments.
     */
    private final LRUQueryCache filterCache = new LRUQueryCache(FILTER_CACHE_ENTRIES, FILTER_CACHE_BYTES,
            leaf -> leaf.reader().maxDoc() >= CACHED_SEGMENT_DOCS, Float.POSITIVE_INFINITY);

    private volatile Directory directory;
    private volatile IndexWriter writer;
    private volatile SearcherManager searchers;
    /** The writer's own merge policy, put back after a bulk load ({@link #suspendMerges}). */
    private volatile MergePolicy mergePolicy;
    /** The writer's merge threads: one, as Lucene picks for 2 cores, but every core for the merge after a bulk load. */
    private ConcurrentMergeScheduler mergeScheduler;
    private volatile long generation = -1;
    /** The highest generation written but not committed yet, or -1. Guarded by writeLock. */
    private long pendingGeneration = -1;
    /**
     * A write failed since the last rebuild: later commits must not claim the database's generation, or
     * start-up would not see that the index misses a document. Guarded by writeLock.
     */
    private boolean missedWrite;

    /** As many as the processors: see {@link #searchTurns}. */
    public static int defaultConcurrentSearches() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * At most {@code searches} searches run at once; later ones wait, first come first served, at most
     * {@link #MAX_SEARCH_WAIT}.
     */
    public void limitConcurrentSearches(int searches) {
        limitConcurrentSearches(searches, MAX_SEARCH_WAIT);
    }

    void limitConcurrentSearches(int searches, Duration maxWait) {
        if (searches < 1) {
            throw new IllegalArgumentException("at least one search must be able to run, not " + searches);
        }
        searchTurns = new SearchTurns(searches, maxWait);
    }

    /** The slots searches take turns on; for tests. */
    Semaphore searchSlots() {
        return searchTurns.slots();
    }

    /** Opens (creating if needed) the index in {@code directory}. */
    public void open(Path directory) throws IOException {
        synchronized (writeLock) {
            close();
            this.directory = FSDirectory.open(directory);
            openWriter();
        }
    }

    private void openWriter() throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                // fewer, larger flushed segments in a bulk load: less merging
                .setRAMBufferSizeMB(RAM_BUFFER_MB);
        // compound files would copy every flushed segment once more; the index has few fields, so few files
        config.setUseCompoundFile(false);
        config.getMergePolicy().setNoCFSRatio(0.0);
        mergePolicy = config.getMergePolicy();
        mergeScheduler = new ConcurrentMergeScheduler();
        config.setMergeScheduler(mergeScheduler);
        writer = new IndexWriter(directory, config);
        searchers = new SearcherManager(writer, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
                IndexSearcher searcher = new IndexSearcher(reader);
                searcher.setQueryCache(filterCache);
                searcher.setQueryCachingPolicy(SearchFilters.CACHE_FILTERS);
                return searcher;
            }
        });
        generation = readGeneration(writer);
    }

    private static long readGeneration(IndexWriter writer) {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data == null) {
            return -1;
        }
        for (Map.Entry<String, String> entry : data) {
            if (GENERATION_KEY.equals(entry.getKey())) {
                try {
                    return Long.parseLong(entry.getValue());
                } catch (NumberFormatException e) {
                    return -1;
                }
            }
        }
        return -1;
    }

    /** The generation stored with the last commit, or -1 when the index is new or unreadable. */
    public long generation() {
        return generation;
    }

    /** Replaces every Lucene document of {@code doc.id()} by the new ones; commits and refreshes. */
    public void replace(IndexedDocument doc, long generation) throws IOException {
        replace(doc, generation, true);
    }

    /**
     * Replaces every Lucene document of {@code doc.id()}; with {@code commitNow} false the change waits for the
     * next {@link #commit}, as in a bulk load: a commit and a refresh per document cost a small segment each,
     * and merging them back was a fifth of the indexing time. Uncommitted changes lost in a crash are repaired
     * at start-up, which rebuilds an index whose generation is behind the database's.
     */
    public void replace(IndexedDocument doc, long generation, boolean commitNow) throws IOException {
        var units = luceneDocuments.build(doc);
        synchronized (writeLock) {
            IndexWriter w = requireOpen();
            try {
                w.updateDocuments(new Term(IndexFields.DOC_ID, Long.toString(doc.id())), units);
            } catch (IOException | RuntimeException e) {
                missedWrite = true;
                throw e;
            }
            if (!commitNow) {
                pendingGeneration = Math.max(pendingGeneration, generation);
                return;
            }
            commit(w, generation);
        }
        searchers.maybeRefreshBlocking();
    }

    /** Commits and refreshes what {@link #replace(IndexedDocument, long, boolean)} left pending, if anything. */
    public void commit() throws IOException {
        synchronized (writeLock) {
            if (pendingGeneration < 0) {
                return;
            }
            commit(requireOpen(), pendingGeneration);
        }
        searchers.maybeRefreshBlocking();
    }

    /**
     * Merges the index into one segment, commits and refreshes: after a bulk load. A search visits every segment,
     * looking each of its terms up in each; over the 12 segments a 10,000-document load leaves, the benchmark's
     * searches took 12% longer than over one (SearchProbe), and a corpus loaded once and then read for months
     * should be read at its fastest. Over HTTP (the bench, same hour): 282 instead of 273 searches/s at 8 clients,
     * 303 instead of 275 at 32, and 392 instead of 473 MB resident after the search load. Merging rewrites the whole
     * index (11 s for those 10,000 documents), so it is done once after a load, never after a write, and no merge
     * runs during the load ({@link #suspendMerges}): the load then took as long as before (142 against 141 s).
     */
    public void mergeToOneSegment() throws IOException {
        synchronized (writeLock) {
            IndexWriter w = requireOpen();
            mergeAll(w);
            commit(w, generation);
        }
        searchers.maybeRefreshBlocking();
    }

    /**
     * One segment of everything, in one merge of every segment in index order ({@link #ALL_AT_ONCE_IN_ORDER}). The
     * merge is then the only work left, and with a thread per core Lucene merges postings, stored fields, doc values
     * and norms side by side instead of one after another (2,500 documents: the merge 4.3-4.6 s instead of 4.7-6.1).
     */
    private void mergeAll(IndexWriter w) throws IOException {
        w.getConfig().setMergePolicy(ALL_AT_ONCE_IN_ORDER);
        int cores = Runtime.getRuntime().availableProcessors();
        mergeScheduler.setMaxMergesAndThreads(cores + 5, cores);
        try {
            w.forceMerge(1);
        } finally {
            w.getConfig().setMergePolicy(mergePolicy);
            mergeScheduler.setDefaultMaxMergesAndThreads(false);
        }
    }

    /**
     * No segments are merged until {@link #resumeMerges}: during a bulk load that ends in
     * {@link #mergeToOneSegment}, merging the flushed segments along the way was work that last merge redid.
     */
    public void suspendMerges() {
        synchronized (writeLock) {
            requireOpen().getConfig().setMergePolicy(NoMergePolicy.INSTANCE);
        }
    }

    /** Segments are merged again as the writer's policy decides; a writer closed meanwhile has nothing to resume. */
    public void resumeMerges() {
        synchronized (writeLock) {
            IndexWriter w = writer;
            if (w != null && w.isOpen()) {
                w.getConfig().setMergePolicy(mergePolicy);
            }
        }
    }

    /** How many segments searches visit; for tests. */
    int segmentCount() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().leaves().size();
        } finally {
            searchers.release(searcher);
        }
    }

    /** Removes every Lucene document of the document; commits and refreshes. */
    public void delete(long documentId, long generation) throws IOException {
        synchronized (writeLock) {
            IndexWriter w = requireOpen();
            try {
                w.deleteDocuments(new Term(IndexFields.DOC_ID, Long.toString(documentId)));
            } catch (IOException | RuntimeException e) {
                missedWrite = true;
                throw e;
            }
            commit(w, generation);
        }
        searchers.maybeRefreshBlocking();
    }

    /**
     * Drops everything and indexes {@code docs} into one segment; commits once at the end and refreshes. Searches
     * see the old index until the new one is committed; if indexing fails, the old index stays as it was.
     */
    public void rebuild(Iterable<IndexedDocument> docs, long generation) throws IOException {
        synchronized (writeLock) {
            IndexWriter w = requireOpen();
            try {
                w.deleteAll();
                for (IndexedDocument doc : docs) {
                    w.addDocuments(luceneDocuments.build(doc));
                }
                // a rebuild is a bulk load: one segment, as mergeToOneSegment explains
                mergeAll(w);
                this.generation = -1; // a rebuild reflects exactly the database's generation, even a lower one
                missedWrite = false;
                commit(w, generation);
            } catch (IOException | RuntimeException e) {
                discardUncommitted();
                throw e;
            }
        }
        searchers.maybeRefreshBlocking();
    }

    private void discardUncommitted() throws IOException {
        SearcherManager stale = searchers;
        writer.rollback();
        stale.close();
        openWriter();
    }

    private void commit(IndexWriter w, long newGeneration) throws IOException {
        // concurrent writers may reach the index out of database order; the index reflects the highest one
        long committed = missedWrite ? -1 : Math.max(generation, newGeneration);
        w.setLiveCommitData(Map.of(GENERATION_KEY, Long.toString(committed)).entrySet());
        w.commit();
        generation = committed;
        pendingGeneration = -1;
    }

    private IndexWriter requireOpen() {
        IndexWriter w = writer;
        if (w == null || !w.isOpen()) {
            throw new IllegalStateException("the search index is not open; call open(directory) first");
        }
        return w;
    }

    /**
     * Runs a search. Throws {@link InvalidQueryException} for a request the caller must change; any other
     * failure is an I/O failure of the index, thrown as {@link UncheckedIOException}. Words typed with
     * diacritics match their spelling; when that finds nothing, the search is run again ignoring diacritics. Waits
     * while {@link #limitConcurrentSearches as many searches as allowed} are running, and throws
     * {@link SearchBusyException} when the wait is longer than {@link #MAX_SEARCH_WAIT}.
     */
    public SearchResponse search(SearchRequest request) {
        SearchFilters.validate(request);
        Query filter = SearchFilters.filter(request);
        SearcherManager manager = searchers;
        if (manager == null) {
            throw new IllegalStateException("the search index is not open; call open(directory) first");
        }
        SearchTurns turns = searchTurns;
        awaitTurn(turns);
        try {
            IndexSearcher searcher = manager.acquire();
            try {
                SearchResponse response = search(searcher, request, filter, Spelling.AS_TYPED);
                if (response.total() == 0 && SimpleQueryBuilder.spellingMatters(request.query())) {
                    response = search(searcher, request, filter, Spelling.ANY);
                }
                return response;
            } finally {
                manager.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search failed reading the index", e);
        } finally {
            turns.slots().release();
        }
    }

    private static void awaitTurn(SearchTurns turns) {
        Duration wait = turns.maxWait();
        try {
            if (turns.slots().tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SearchBusyException("The search was interrupted while waiting its turn; the service is stopping.");
        }
        throw new SearchBusyException("Too many searches are waiting: this one waited " + wait.toSeconds()
                + " s for its turn. Retry in a moment.");
    }

    private SearchResponse search(IndexSearcher searcher, SearchRequest request, Query filter, Spelling spelling)
            throws IOException {
        Query userQuery = userQuery(request, spelling);
        Query query = filtered(userQuery, filter);
        int window = (request.page() + 1) * request.size();
        boolean byDate = SearchFilters.byDate(request);
        Query adjacent = byDate ? null : adjacentQuery(request, spelling);
        CollectorManager<?, ? extends TopDocs> top = byDate
                ? new TopFieldCollectorManager(NEWEST_FIRST, window, window)
                : new TopScoreDocCollectorManager(window, window);
        // the total and the facets are counted within a budget (FacetCounts). An exact count visits every match, so
        // it collects what the page still needs in the same pass: the page itself, or beside fewer adjacent matches
        // than the page holds (AdjacentMatches), enough of the other matches to fill it. Beside an estimate, the rest
        // of the page is collected apart, by a collector that need not count and so skips hits that cannot enter the
        // page as soon as it has a page full. A query matching nothing (and then tried again ignoring diacritics)
        // costs one counting pass. A spelled phrase is the exception: scored, it walks its positions twice, counted
        // only once (SpelledPhraseQuery), so its count does not collect and its page is collected apart, skipping:
        // "nhà ở xã hội", 8,000 matches counted exactly over 10,000 documents, 4.21 → 3.03 ms a search in process,
        // where words and numbers took 5-10% longer collected apart.
        AdjacentMatches adjacentMatches = adjacent == null ? null
                : new AdjacentMatches(searcher, filtered(adjacent, filter), window);
        boolean pageApart = SpelledPhraseQuery.scoredIn(userQuery);
        IOSupplier<CollectorManager<?, ? extends TopDocs>> pageInCount = () -> pageApart ? null
                : adjacentMatches == null ? top : adjacentMatches.othersToCollect();
        FacetCounts.Counted<TopDocs> counted = facetCounts.count(searcher, query, pageInCount, request.facets());
        FacetCounts.Result counts = counted.counts();
        if (counts.exact() && counts.total() == 0) {
            return new SearchResponse(List.of(), 0, true, spelling == Spelling.ANY, counts.facets());
        }
        TopDocs topDocs = adjacentMatches != null ? adjacentMatches.page(query, counted.hits())
                : counted.hits() != null ? counted.hits() : searcher.search(query, top);

        int from = Math.min(request.page() * request.size(), topDocs.scoreDocs.length);
        ScoreDoc[] pageDocs = Arrays.copyOfRange(topDocs.scoreDocs, from, topDocs.scoreDocs.length);
        StoredFields stored = searcher.storedFields();
        SnippetHighlighter.QueryTerms terms = SnippetHighlighter.QueryTerms.of(userQuery);
        List<SearchHit> hits = new ArrayList<>(pageDocs.length);
        for (ScoreDoc hit : pageDocs) {
            org.apache.lucene.document.Document unit = stored.document(hit.doc, HIT_FIELDS);
            String text = unit.get(IndexFields.TEXT);
            hits.add(new SearchHit(Long.parseLong(unit.get(IndexFields.DOC_ID)), unit.get(IndexFields.TITLE),
                    unit.get(IndexFields.SOURCE_NAME), unit.get(IndexFields.NUMBER), unit.get(IndexFields.KIND),
                    unit.get(IndexFields.CLAUSE_PATH), text, highlighter.snippet(text == null ? "" : text, terms),
                    score(hit)));
        }
        // a small result is counted exactly by both; the top-hits collector may have seen hits the first,
        // budgeted facet pass estimated
        long total = counts.exact() ? counts.total() : Math.max(counts.total(), topDocs.totalHits.value());
        return new SearchResponse(hits, total, counts.exact(), spelling == Spelling.ANY, counts.facets());
    }

    /**
     * The top {@code window} hits, those with every typed word and adjacent words next to each other first
     * ({@link SimpleQueryBuilder#buildAdjacent}), then the others, each part by score. As one conjunction, words and
     * pairs let the collector skip whatever cannot enter the page; with optional pairs every match was scored, and
     * collecting the page cost four times as much (SearchProbe's queries, 10,000 documents: 4.0 ms over the mix,
     * 1.5 ms with the pairs required beside a may-miss-one disjunction of the words, 0.9 ms with every word required
     * too). The adjacent matches are collected by the first to ask, at most once; whether they fill the page decides
     * what the counting pass collects.
     */
    private static final class AdjacentMatches {

        private final IndexSearcher searcher;
        /** The adjacent query, filtered as the search is. */
        private final Query adjacent;
        private final int window;
        private TopDocs hits;

        AdjacentMatches(IndexSearcher searcher, Query adjacent, int window) {
            this.searcher = searcher;
            this.adjacent = adjacent;
            this.window = window;
        }

        private TopDocs hits() throws IOException {
            if (hits == null) {
                hits = searcher.search(adjacent, new TopScoreDocCollectorManager(window, window));
            }
            return hits;
        }

        private boolean fillThePage() throws IOException {
            return hits().scoreDocs.length >= window;
        }

        /**
         * What an exact count of the query should collect beside counting: nothing when the adjacent matches fill
         * the page, else enough of the query's best hits that, less the adjacent ones, they fill it.
         */
        CollectorManager<?, TopDocs> othersToCollect() throws IOException {
            if (fillThePage()) {
                return null;
            }
            int enough = window + hits().scoreDocs.length;
            return new TopScoreDocCollectorManager(enough, enough);
        }

        /**
         * The page: the adjacent matches, then when they do not fill it (and so are all of them) the others, taken
         * from {@code collected}, what {@link #othersToCollect} had the exact count collect, or when the count was an
         * estimate, searched for. A search of their own scored every match of the may-miss-one disjunction that the
         * count had just walked: {@code sân bay Cát Bi}, 2,000 matches of which none has the four words together,
         * 3.75 → 2.3 ms (SearchProbe, 10,000 documents).
         */
        TopDocs page(Query query, TopDocs collected) throws IOException {
            if (fillThePage()) {
                return hits();
            }
            ScoreDoc[] first = hits().scoreDocs;
            int found = first.length;
            ScoreDoc[] others;
            if (collected != null) {
                Set<Integer> adjacentDocs = new HashSet<>();
                for (ScoreDoc hit : first) {
                    adjacentDocs.add(hit.doc);
                }
                others = Arrays.stream(collected.scoreDocs).filter(hit -> !adjacentDocs.contains(hit.doc))
                        .limit(window - found).toArray(ScoreDoc[]::new);
            } else {
                Query rest = new BooleanQuery.Builder().add(query, Occur.MUST).add(adjacent, Occur.MUST_NOT).build();
                others = searcher.search(rest, new TopScoreDocCollectorManager(window - found, window - found))
                        .scoreDocs;
            }
            ScoreDoc[] both = Arrays.copyOf(first, found + others.length);
            System.arraycopy(others, 0, both, found, others.length);
            return new TopDocs(new TotalHits(both.length, TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO), both);
        }
    }

    private static Query filtered(Query query, Query filter) {
        return filter == null ? query
                : new BooleanQuery.Builder().add(query, Occur.MUST).add(filter, Occur.FILTER).build();
    }

    /** {@link SimpleQueryBuilder#buildAdjacent} on each text field asked for, or null when there is none. */
    private Query adjacentQuery(SearchRequest request, Spelling spelling) {
        return onEachTextField(request, field -> queryBuilder.buildAdjacent(request.query(), field, spelling));
    }

    /** The user's query on the text field of each kind asked for: passages by default. */
    private Query userQuery(SearchRequest request, Spelling spelling) {
        return onEachTextField(request, field -> queryBuilder.build(request.query(), field, spelling));
    }

    /**
     * {@code perField} on the text field of each kind the request asks for, any of them matching; null when it is
     * null on one (the same query text gives the same parts on every field). On tasks and targets, also through
     * the clauses whose text they are ({@link ClauseTextQuery}).
     */
    private static Query onEachTextField(SearchRequest request, Function<String, Query> perField) {
        // the passages' query is also the facts' query through their clauses: built once when both are asked for
        Map<String, Query> built = new HashMap<>(2);
        Function<String, Query> once = field -> built.computeIfAbsent(field, perField);
        List<Query> perKind = new ArrayList<>(2);
        for (String field : SearchFilters.textFields(request)) {
            Query query = once.apply(field);
            if (query == null) {
                return null;
            }
            perKind.add(IndexFields.FACT_BODY.equals(field)
                    ? ClauseTextQuery.facts(query, once.apply(IndexFields.BODY)) : query);
        }
        if (perKind.size() == 1) {
            return perKind.get(0);
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        perKind.forEach(query -> any.add(query, Occur.SHOULD));
        return any.build();
    }

    /** Sorted by date, the score is one of the sort values rather than the hit's score. */
    private static float score(ScoreDoc hit) {
        if (hit instanceof FieldDoc fieldDoc && fieldDoc.fields != null) {
            for (Object value : fieldDoc.fields) {
                if (value instanceof Float f) {
                    return f;
                }
            }
        }
        return Float.isNaN(hit.score) ? 0f : hit.score;
    }

    /** Closes searchers, writer and directory, in that order. Idempotent; also run when the container stops. */
    @PreDestroy
    public void close() throws IOException {
        synchronized (writeLock) {
            try {
                if (searchers != null) {
                    searchers.close();
                }
                if (writer != null && writer.isOpen()) {
                    writer.close();
                }
                if (directory != null) {
                    directory.close();
                }
            } finally {
                searchers = null;
                writer = null;
                directory = null;
            }
        }
    }
}
