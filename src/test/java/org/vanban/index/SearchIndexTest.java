package org.vanban.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vanban.domain.AgencyRef;
import org.vanban.domain.Clause;
import org.vanban.domain.ClauseKind;
import org.vanban.domain.Deadline;
import org.vanban.domain.Document;
import org.vanban.domain.DocumentHeader;
import org.vanban.domain.Target;
import org.vanban.domain.Task;

/** Exact hit counts over a tiny corpus, in the manner of Lucene's TestDemo. */
class SearchIndexTest {

    @TempDir
    Path dir;

    /** Read-only tests share one index; tests that write open their own. */
    @TempDir
    static Path sharedDir;

    static SearchIndex shared;

    SearchIndex index;

    @BeforeAll
    static void openShared() throws IOException {
        shared = openTinyCorpus(sharedDir);
    }

    @AfterAll
    static void closeShared() throws IOException {
        shared.close();
    }

    @BeforeEach
    void useShared() {
        index = shared;
    }

    static SearchIndex openTinyCorpus(Path dir) throws IOException {
        SearchIndex index = new SearchIndex();
        index.open(dir);
        index.replace(planOf2020(), 1);
        index.replace(resolutionOf2024(), 2);
        return index;
    }

    /** For a test that writes: its own index over the same corpus. */
    private void writable() throws IOException {
        index = openTinyCorpus(dir);
    }

    @AfterEach
    void closeWritable() throws IOException {
        if (index != shared) {
            index.close();
        }
    }

    /** A bulk load ends in one segment, searched as before. */
    @Test
    void aBulkLoadIsMergedIntoOneSegment() throws IOException {
        index = new SearchIndex();
        index.open(dir);
        index.replace(planOf2020(), 1, false);
        index.commit();
        index.replace(resolutionOf2024(), 2, false);
        index.commit();
        assertEquals(2, index.segmentCount());
        List<String> before = index.search(SearchRequest.of("giao thông", 0, 10)).hits().stream()
                .map(SearchHit::text).toList();
        index.mergeToOneSegment();
        assertEquals(1, index.segmentCount());
        assertEquals(2, index.generation(), "merging changes nothing the database's generation says");
        assertEquals(before, index.search(SearchRequest.of("giao thông", 0, 10)).hits().stream()
                .map(SearchHit::text).toList());
    }

    /** During a bulk load nothing is merged (the load ends in one merge of everything); afterwards as before. */
    @Test
    void mergesWaitForTheEndOfABulkLoad() throws IOException {
        index = new SearchIndex();
        index.open(dir);
        index.suspendMerges();
        for (int generation = 1; generation <= 12; generation++) {
            IndexedDocument plan = planOf2020();
            index.replace(new IndexedDocument(generation, plan.document()), generation, false);
            index.commit();
        }
        assertEquals(12, index.segmentCount(), "a flushed segment a commit, none merged");
        index.resumeMerges();
        index.mergeToOneSegment();
        assertEquals(1, index.segmentCount());
        assertEquals(12, index.search(SearchRequest.of("\"cảng Lạch Huyện\"", 0, 20)).total());

        // one merge in index order: the documents stay in the order they were stored
        index.close();
        List<String> order = new ArrayList<>();
        try (var reader = DirectoryReader.open(FSDirectory.open(dir))) {
            var stored = reader.storedFields();
            for (int unit = 0; unit < reader.maxDoc(); unit++) {
                var fields = stored.document(unit);
                if (IndexFields.KIND_DOCUMENT.equals(fields.get(IndexFields.KIND))) {
                    order.add(fields.get(IndexFields.DOC_ID));
                }
            }
        }
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"), order);
    }

    /** Kế hoạch, 2020: two clauses, one task led by Sở Giao thông vận tải with Sở Y tế cooperating. */
    static IndexedDocument planOf2020() {
        DocumentHeader header = new DocumentHeader("86/KH-UBND", "Kế hoạch", "Ủy ban nhân dân thành phố Hải Phòng",
                "Hải Phòng", LocalDate.of(2020, 3, 19), null, "Kế hoạch thực hiện Nghị quyết số 45-NQ/TW", null,
                null, null);
        List<Clause> clauses = List.of(
                clause("1", "Phát triển hạ tầng giao thông vận tải, cảng Lạch Huyện và sân bay Cát Bi."),
                clause("2", "Xây dựng khu du lịch Đồ Sơn; bảo đảm hòa bình và an ninh thủy lợi."));
        Task task = new Task("1", "Phát triển hạ tầng giao thông vận tải, cảng Lạch Huyện",
                List.of(new AgencyRef("so-giao-thong-van-tai", "Sở Giao thông vận tải", "Sở GTVT")),
                List.of(new AgencyRef("so-y-te", "Sở Y tế", "Sở Y tế")), false, null, Deadline.none());
        return new IndexedDocument(10, new Document("86-kh-ubnd.txt", "sha-a", header, "", clauses, List.of(task),
                List.of(), List.of(), List.of()));
    }

    /** Nghị quyết, 2024: two clauses, no tasks. Spelling "hoà", "thuỷ" (tone on the second vowel). */
    static IndexedDocument resolutionOf2024() {
        DocumentHeader header = new DocumentHeader(null, "Nghị quyết", "Ban Chấp hành Đảng bộ thành phố", null,
                null, LocalDate.of(2023, 12, 1), "Nghị quyết về nhiệm vụ năm 2024", null, null, null);
        List<Clause> clauses = List.of(
                clause("I.1", "Giao thông thông minh và chuyển đổi số; thực hiện Nghị quyết số 45-NQ/TW."),
                clause("I.2", "Hoà bình, thuỷ sản và du lịch biển do Sơn Trà làm mẫu."));
        return new IndexedDocument(20, new Document("nq-2024.txt", "sha-b", header, "", clauses, List.of(),
                List.of(), List.of(), List.of()));
    }

    static Clause clause(String path, String text) {
        return new Clause(path, null, null, null, text, 0, text.length(), ClauseKind.NUMBERED, Map.of());
    }

    static SearchResponse search(SearchIndex index, String q) {
        return index.search(SearchRequest.of(q, 0, 100));
    }

    @ParameterizedTest(name = "\"{0}\" finds {1}")
    @CsvSource(delimiter = '|', value = {
            // passages only: clause 1 of document 10 (its task repeats it: kind=task finds that), clause I.1 of 20
            "giao thông vận tải       | 1",
            "giao thong van tai       | 1",
            "GIAO THÔNG VẬN TẢI       | 1",
            "giao thông               | 2",
            "\"giao thông vận tải\"   | 1",
            "cảng Lạch Huyện          | 1",
            // typed with diacritics: that spelling only; without: every spelling ("do Sơn Trà" in document 20)
            "Đồ Sơn                   | 1",
            "do son                   | 2",
            "ĐỒ SƠN                   | 1",
            "\"Đồ Sơn\"               | 1",
            "\"do son\"               | 2",
            "hòa bình                 | 2",
            "hoà bình                 | 2",
            "thủy                     | 2",
            "thuỷ                     | 2",
            "45-NQ/TW                 | 2",
            "45-nq/tw                 | 2",
            "86/KH-UBND               | 1",
            "giao -vận                | 1",
            "'Lạch | Cát'             | 1",
            "huy*                     | 1",
            "huyen~1                  | 1",
            "huyn~1                   | 1",
            "+chuyển đổi số           | 1",
            // an agency named only in a task's agency columns is found among tasks
            "Sở Y tế                  | 0",
            "tàu vũ trụ sao Hỏa       | 0",
            "xyzzy                    | 0",
    })
    void exactHitCounts(String q, long expected) {
        assertEquals(expected, search(index, q).total(), q);
    }

    @Test
    void aWordTypedWithDiacriticsMatchesThatSpelling() {
        // "Đồ Sơn" is in document 10; document 20 only has "do Sơn" (folded equal)
        SearchResponse response = search(index, "Đồ Sơn");
        assertEquals(List.of(10L), response.hits().stream().map(SearchHit::documentId).toList());
        assertTrue(response.exact());
        assertFalse(response.diacriticsIgnored());
    }

    @Test
    void whenTheSpellingAsTypedFindsNothingDiacriticsAreIgnored() {
        SearchResponse response = search(index, "độ sơn");
        assertEquals(2, response.total());
        assertTrue(response.diacriticsIgnored());
    }

    @Test
    void tasksAndTargetsAreSearchedWhenAskedFor() {
        SearchResponse tasks = index.search(new SearchRequest("Sở Y tế", List.of(), List.of(), List.of(),
                List.of(), null, null, List.of("task"), "relevance", 0, 10));
        assertEquals(1, tasks.total());
        assertEquals("task", tasks.hits().get(0).kind());
        SearchResponse both = index.search(new SearchRequest("cảng Lạch Huyện", List.of(), List.of(), List.of(),
                List.of(), null, null, List.of("clause", "task"), "relevance", 0, 10));
        assertEquals(2, both.total());
        both.hits().forEach(h -> assertTrue(h.snippet().contains("<mark>"), h.snippet()));
    }

    /**
     * Tasks and targets whose text is their clause's are found through the clause (ClauseTextQuery): by its words and
     * its score, with their snippets, through the filters, a task also by its agencies' names; a replaced document's
     * facts go with it.
     */
    @Test
    void factsWhoseTextIsTheirClausesAreFoundThroughTheClause() throws IOException {
        writable();
        String text = "Nâng cấp hệ thống cấp nước sạch khu công nghiệp Tràng Duệ theo Nghị quyết 45-NQ/TW.";
        List<Clause> clauses = List.of(clause("1", "Mục tiêu chung."), clause("2", text));
        Task task = new Task("2", text, List.of(new AgencyRef("so-xay-dung", "Sở Xây dựng", "Sở Xây dựng")),
                List.of(), false, null, Deadline.none());
        Target target = new Target("2", null, text, 2025, List.of(), null);
        DocumentHeader header = planOf2020().document().header();
        index.replace(new IndexedDocument(30, new Document("30.txt", "sha-30", header, "", clauses, List.of(task),
                List.of(target), List.of(), List.of())), 3);

        SearchResponse passages = search(index, "cấp nước sạch");
        assertEquals(List.of("clause"), passages.hits().stream().map(SearchHit::kind).toList());
        SearchResponse tasks = facts("cấp nước sạch", "task");
        assertEquals(1, tasks.total());
        SearchHit hit = tasks.hits().get(0);
        assertEquals(List.of("task", "2", text), List.of(hit.kind(), hit.clausePath(), hit.text()));
        assertEquals(passages.hits().get(0).score(), hit.score(), "the clause's score");
        assertTrue(hit.snippet().contains("<mark>cấp nước sạch</mark>"), hit.snippet());

        assertEquals(List.of("task", "target"), facts("\"cap nuoc sach\"", "task", "target").hits().stream()
                .map(SearchHit::kind).toList());
        assertEquals(List.of("clause", "task", "target"), facts("Tràng Duệ", "task", "target", "clause").hits()
                .stream().map(SearchHit::kind).toList());
        assertEquals(1, facts("Sở Xây dựng", "task").total(), "an agency's name");
        assertEquals(1, facts("45-NQ/TW", "target").total(), "a document number");
        assertEquals(1, filtered("nước sạch", List.of(30L), List.of(), List.of("so-xay-dung"), 2020, null,
                List.of("task", "target")));
        assertEquals(0, facts("Mục tiêu chung", "task", "target").total(), "another clause's words");

        index.replace(new IndexedDocument(30, new Document("30.txt", "sha-30b", header, "",
                List.of(clause("2", "Xây dựng cầu Rào 3.")), List.of(), List.of(), List.of(), List.of())), 4);
        assertEquals(0, facts("cấp nước sạch", "task", "target").total());
    }

    private SearchResponse facts(String q, String... kinds) {
        return index.search(new SearchRequest(q, List.of(), List.of(), List.of(), List.of(), null, null,
                List.of(kinds), "relevance", 0, 10));
    }

    @Test
    void searchesBeyondTheLimitWaitTheirTurnAndEachGivesItsSlotBack() throws Exception {
        writable();
        index.limitConcurrentSearches(1);
        // a query with no word fails inside the slot
        assertThrows(InvalidQueryException.class, () -> search(index, "?!"));
        // a slot kept by the failure would leave this one none: refused after a wait
        List<String> expected = texts(search(index, "do son"));
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                answers.add(clients.submit(() -> texts(search(index, "do son"))));
            }
            for (Future<List<String>> answer : answers) {
                assertEquals(expected, answer.get(30, TimeUnit.SECONDS));
            }
        } finally {
            clients.shutdownNow();
        }
        assertEquals(1, index.searchSlots().availablePermits());
    }

    @Test
    void aSearchThatWaitsTooLongForItsTurnIsRefusedAndTheNextOneRuns() throws Exception {
        writable();
        index.limitConcurrentSearches(1, Duration.ofMillis(50));
        index.searchSlots().acquire(); // a search that does not end
        SearchBusyException busy = assertThrows(SearchBusyException.class, () -> search(index, "do son"));
        assertTrue(busy.getMessage().contains("Retry"), busy.getMessage());
        index.searchSlots().release();
        assertEquals(2, search(index, "do son").total());
    }

    @Test
    void atLeastOneSearchMustBeAllowedToRun() {
        assertThrows(IllegalArgumentException.class, () -> new SearchIndex().limitConcurrentSearches(0));
        assertEquals(Runtime.getRuntime().availableProcessors(), SearchIndex.defaultConcurrentSearches());
    }

    @Test
    void foldedQueryMatchesBothSpellingsEqually() {
        List<SearchHit> hits = search(index, "do son").hits();
        assertEquals(2, hits.size());
    }

    @Test
    void tonePlacementVariantsReturnTheSameHits() {
        assertEquals(texts(search(index, "hòa bình")), texts(search(index, "hoà bình")));
        assertEquals(texts(search(index, "thủy")), texts(search(index, "thuỷ")));
        assertEquals(texts(search(index, "Đồ Sơn")), texts(search(index, "ĐỒ SƠN")));
    }

    @Test
    void snippetsMarkTheMatchedSyllables() {
        SearchHit hit = search(index, "cảng Lạch Huyện").hits().get(0);
        // adjacent matched syllables (matched as pairs too) are marked as one
        assertTrue(hit.snippet().contains("<mark>cảng Lạch Huyện</mark>"), hit.snippet());
        SearchHit folded = search(index, "do son").hits().get(0);
        assertTrue(folded.snippet().toLowerCase().contains("<mark>"), folded.snippet());
    }

    @Test
    void hitsCarryDocumentClauseAndLink() {
        SearchHit hit = index.search(new SearchRequest("Lạch Huyện", List.of(), List.of(), List.of(), List.of(),
                null, null, List.of("clause"), "relevance", 0, 10)).hits().get(0);
        assertEquals(10, hit.documentId());
        assertEquals("86-kh-ubnd.txt", hit.sourceName());
        assertEquals("86/KH-UBND", hit.number());
        assertEquals("clause", hit.kind());
        assertEquals("1", hit.clausePath());
        assertEquals("/api/documents/10/clauses/1", hit.link());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "III.2.d.3 | /api/documents/7/clauses/III.2.d.3",
            "PL1.4     | /api/documents/7/clauses/PL1.4",
            "Điều 1.a  | /api/documents/7/clauses/%C4%90i%E1%BB%81u%201.a",
    })
    void deepLinksEncodeTheClausePath(String path, String link) {
        assertEquals(link, new SearchHit(7, "t", "s", null, "clause", path, "x", "x", 1f).link());
        assertEquals("/api/documents/7", new SearchHit(7, "t", "s", null, "document", null, "x", "x", 1f).link());
    }

    @Test
    void filtersNarrowAndFacetsCountAllMatches() {
        SearchResponse all = search(index, "giao thông");
        assertEquals(Map.of("Kế hoạch", 1L, "Nghị quyết", 1L), all.facets().get("type"));
        assertEquals(Map.of("10", 1L, "20", 1L), all.facets().get("document"));
        // clause 1 carries the agencies of the task read from it
        assertEquals(Map.of("so-giao-thong-van-tai", 1L, "so-y-te", 1L), all.facets().get("agency"));
        assertEquals(Map.of("2020", 1L, "2023", 1L), all.facets().get("year"));

        assertEquals(1, filtered("giao thông", List.of(), List.of("Nghị quyết"), List.of(), null, null, List.of()));
        assertEquals(1, filtered("giao thông", List.of(), List.of(), List.of("so-y-te"), null, null, List.of()));
        assertEquals(1, filtered("giao thông", List.of(), List.of(), List.of(), 2021, null, List.of()));
        assertEquals(1, filtered("giao thông", List.of(), List.of(), List.of(), null, 2020, List.of()));
        assertEquals(1, filtered("giao thông", List.of(), List.of(), List.of(), null, null, List.of("task")));
        assertEquals(1, filtered("giao thông", List.of(10L), List.of(), List.of(), null, null, List.of()));
        assertEquals(0, filtered("giao thông", List.of(), List.of("Công văn"), List.of(), null, null, List.of()));
        assertEquals(1, index.search(new SearchRequest("giao thông", List.of(), List.of(),
                List.of("Ủy ban nhân dân thành phố Hải Phòng"), List.of(), null, null, List.of(), "relevance", 0, 10))
                .total());
    }

    private long filtered(String q, List<Long> docs, List<String> types, List<String> agencies, Integer from,
            Integer to, List<String> kinds) {
        return index.search(new SearchRequest(q, docs, types, List.of(), agencies, from, to, kinds, "relevance", 0,
                10)).total();
    }

    @Test
    void sortByDateShowsNewestDocumentFirst() {
        SearchResponse byDate = index.search(new SearchRequest("giao thông", List.of(), List.of(), List.of(),
                List.of(), null, null, List.of(), "date", 0, 10));
        assertEquals(20, byDate.hits().get(0).documentId());
        assertTrue(byDate.hits().get(0).score() > 0, "hits sorted by date keep their relevance score");
    }

    @Test
    void pagingSlicesTheRanking() {
        List<String> all = texts(index.search(SearchRequest.of("giao thông", 0, 3)));
        assertEquals(all.subList(1, 2), texts(index.search(SearchRequest.of("giao thông", 1, 1))));
        assertEquals(List.of(), texts(index.search(SearchRequest.of("giao thông", 5, 1))));
    }

    /**
     * Passages where the typed words stand together come before those where they are scattered (here shorter, and
     * with every word twice), and the pages slice that one order: the adjacent passages of a page that they do not
     * fill are followed by the best of the others.
     */
    @Test
    void adjacentWordsRankFirstAndPagesSliceThatOrder() throws IOException {
        writable();
        List<Clause> clauses = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            clauses.add(clause("A" + i, "Giao cho Sở Y tế chủ trì thực hiện nhiệm vụ đào tạo nhân lực năm " + i));
            clauses.add(clause("S" + i, "Tế, y, sở " + i + "; tế, y, sở."));
        }
        index.replace(new IndexedDocument(30, new Document("so-y-te.txt", "sha-c", DocumentHeader.empty(), "", clauses,
                List.of(), List.of(), List.of(), List.of())), 3);

        SearchRequest all = new SearchRequest("Sở Y tế", List.of(30L), List.of(), List.of(), List.of(), null, null,
                List.of(), "relevance", 0, 10);
        List<String> ranked = index.search(all).hits().stream().map(SearchHit::clausePath).toList();
        assertEquals(Set.of("A0", "A1", "A2"), Set.copyOf(ranked.subList(0, 3)), ranked.toString());
        assertEquals(Set.of("S0", "S1", "S2"), Set.copyOf(ranked.subList(3, 6)), ranked.toString());
        List<String> paged = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            SearchRequest slice = new SearchRequest("Sở Y tế", List.of(30L), List.of(), List.of(), List.of(), null,
                    null, List.of(), "relevance", page, 2);
            index.search(slice).hits().forEach(hit -> paged.add(hit.clausePath()));
        }
        assertEquals(ranked, paged);
    }

    @Test
    void fewerAdjacentMatchesThanThePageAreFollowedByTheOthersByScore() throws IOException {
        writable();
        List<Clause> clauses = new ArrayList<>();
        clauses.add(clause("A", "Giao cho Sở Y tế chủ trì"));
        for (int i = 0; i < 8; i++) {
            // the three words, never next to each other, repeated more or less often
            clauses.add(clause("S" + i, "tế, y, sở " + i + "; " + "y tá, sở ngành; ".repeat(i % 3) + "tế."));
        }
        index.replace(new IndexedDocument(30, new Document("so-y-te.txt", "sha-c", DocumentHeader.empty(), "", clauses,
                List.of(), List.of(), List.of(), List.of())), 3);

        for (String query : List.of("Sở Y tế", "y te so")) {
            SearchResponse all = index.search(new SearchRequest(query, List.of(30L), List.of(), List.of(), List.of(),
                    null, null, List.of(), "relevance", 0, 10));
            // unaccented, the document's file name matches too
            assertEquals(query.equals("Sở Y tế") ? 9 : 10, all.total(), query);
            assertTrue(all.exact(), query);
            List<SearchHit> hits = all.hits();
            assertEquals(all.total(), hits.size(), query);
            if (query.equals("Sở Y tế")) {
                assertEquals("A", hits.get(0).clausePath(), query + ": the adjacent words first");
            }
            for (int i = query.equals("Sở Y tế") ? 2 : 1; i < hits.size(); i++) {
                assertTrue(hits.get(i - 1).score() >= hits.get(i).score(), query + ": the others by score " + hits);
            }
            List<String> paged = new ArrayList<>();
            for (int page = 0; page < 6; page++) {
                index.search(new SearchRequest(query, List.of(30L), List.of(), List.of(), List.of(), null, null,
                        List.of(), "relevance", page, 2)).hits().forEach(hit -> paged.add(hit.clausePath()));
            }
            assertEquals(hits.stream().map(SearchHit::clausePath).toList(), paged, query);
        }
    }

    @Test
    void replaceByIdLeavesNoStaleUnits() throws IOException {
        writable();
        index.replace(resolutionOf2024(), 3);
        index.replace(resolutionOf2024(), 4);
        assertEquals(2, search(index, "45-NQ/TW").total());
        index.delete(20, 5);
        assertEquals(1, search(index, "45-NQ/TW").total());
        assertEquals(5, index.generation());
    }

    @Test
    void afterAFailedWriteCommitsNoLongerClaimTheDatabasesGeneration() throws IOException {
        writable();
        Task immense = new Task("1", "Phát triển cảng", List.of(new AgencyRef("x".repeat(40_000), "X", "X")),
                List.of(), false, null, Deadline.none());
        IndexedDocument broken = new IndexedDocument(30, new Document("broken.txt", "sha-c", null, "",
                List.of(clause("1", "Phát triển cảng")), List.of(immense), List.of(), List.of(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> index.replace(broken, 3));
        index.replace(resolutionOf2024(), 4);
        assertEquals(-1, index.generation(), "start-up must see that the index missed a write and rebuild it");
        index.rebuild(List.of(planOf2020(), resolutionOf2024()), 4);
        assertEquals(4, index.generation());
    }

    @Test
    void generationSurvivesReopenAndRebuildReplacesEverything() throws IOException {
        writable();
        index.close();
        index = new SearchIndex();
        assertEquals(-1, new SearchIndex().generation());
        index.open(dir);
        assertEquals(2, index.generation());
        assertEquals(2, search(index, "45-NQ/TW").total());
        index.rebuild(List.of(resolutionOf2024()), 7);
        assertEquals(7, index.generation());
        assertEquals(1, search(index, "45-NQ/TW").total());
    }

    @ParameterizedTest(name = "{0} -> 400 on {1}")
    @CsvSource(delimiter = '|', value = {
            "''            | q    | 0  | 10",
            "'   '         | q    | 0  | 10",
            "'!!! ...'     | q    | 0  | 10",
            "giao          | size | 0  | 0",
            "giao          | size | 0  | 101",
            "giao          | page | -1 | 10",
            "giao          | page | 200| 100",
    })
    void badRequestsSayWhatToChange(String q, String parameter, int page, int size) {
        InvalidQueryException e = assertThrows(InvalidQueryException.class,
                () -> index.search(SearchRequest.of(q, page, size)));
        assertEquals(parameter, e.parameter());
        assertTrue(e.getMessage().length() > 10, e.getMessage());
    }

    @Test
    void unknownKindSortAndOverlongOrOversizedQueriesAre400() {
        assertEquals("kind", assertThrows(InvalidQueryException.class, () -> index.search(new SearchRequest("giao",
                List.of(), List.of(), List.of(), List.of(), null, null, List.of("law"), "relevance", 0, 10)))
                .parameter());
        assertEquals("sort", assertThrows(InvalidQueryException.class, () -> index.search(new SearchRequest("giao",
                List.of(), List.of(), List.of(), List.of(), null, null, List.of(), "popularity", 0, 10)))
                .parameter());
        assertEquals("yearFrom", assertThrows(InvalidQueryException.class, () -> index.search(new SearchRequest(
                "giao", List.of(), List.of(), List.of(), List.of(), 2030, 2020, List.of(), "relevance", 0, 10)))
                .parameter());
        assertEquals("q", assertThrows(InvalidQueryException.class,
                () -> search(index, "giao ".repeat(201))).parameter());
        assertEquals("q", assertThrows(InvalidQueryException.class,
                () -> search(index, "giao ".repeat(40))).parameter());
    }

    @ParameterizedTest(name = "never crashes on {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "`\"giao thông`", "`giao\"`", "`+`", "`-`", "`|`", "`||giao||`", "`*`", "`~`", "`giao~9`",
            "`(giao AND`", "`[2030]`", "`-giao`", "`a*`", "`\\\\`", "`giao:thông`", "`45-`", "`/NQ-CP`",
    })
    void oddInputNeverCrashes(String q) {
        try {
            search(index, q);
        } catch (InvalidQueryException e) {
            assertEquals("q", e.parameter());
        }
    }

    @Test
    void concurrentReplaceAndSearch() throws Exception {
        writable();
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < 4; t++) {
            int n = t;
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    for (int i = 0; i < 10; i++) {
                        if (n == 0) {
                            index.replace(resolutionOf2024(), 100 + i);
                        } else {
                            long total = search(index, "45-NQ/TW").total();
                            assertEquals(2, total);
                        }
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertEquals(List.of(), failures);
    }

    private static List<String> texts(SearchResponse response) {
        return response.hits().stream().map(h -> h.documentId() + ":" + h.kind() + ":" + h.clausePath()).toList();
    }
}
