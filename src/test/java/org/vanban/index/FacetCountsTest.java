package org.vanban.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vanban.domain.Clause;
import org.vanban.domain.Document;
import org.vanban.domain.DocumentHeader;

/**
 * Totals and facets: exact for a small result (the page collected in the same pass), estimated on a sample for a
 * large one.
 */
class FacetCountsTest {

    static final int DOCUMENTS = 4;
    static final int CLAUSES_PER_DOCUMENT = 12_000;

    @TempDir
    static Path dir;

    static SearchIndex index;

    @BeforeAll
    static void indexManyClauses() throws IOException {
        index = new SearchIndex();
        index.open(dir);
        for (int d = 1; d <= DOCUMENTS; d++) {
            List<Clause> clauses = new ArrayList<>();
            for (int c = 0; c < CLAUSES_PER_DOCUMENT; c++) {
                // every clause has "giao thông"; one in 2 "đường bộ", one in 10 "bến xe", one in 100 "cảng biển"
                String text = "Phát triển giao thông khu vực " + c + (c % 2 == 0 ? ", đường bộ" : "")
                        + (c % 10 == 0 ? ", bến xe" : "") + (c % 100 == 0 ? ", cảng biển" : "");
                clauses.add(SearchIndexTest.clause(Integer.toString(c), text));
            }
            DocumentHeader header = new DocumentHeader(null, d % 2 == 0 ? "Kế hoạch" : "Nghị quyết", null, null,
                    null, null, "Văn bản " + d, null, null, null);
            index.replace(new IndexedDocument(d, new Document("d" + d + ".txt", "sha" + d, header, "", clauses,
                    List.of(), List.of(), List.of(), List.of())), d, false);
        }
        index.commit();
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    @Test
    void aSmallResultIsCountedExactly() {
        SearchResponse response = index.search(SearchRequest.of("cảng biển", 0, 10));
        assertTrue(response.exact());
        assertEquals(DOCUMENTS * CLAUSES_PER_DOCUMENT / 100, response.total());
        long perType = DOCUMENTS / 2 * CLAUSES_PER_DOCUMENT / 100;
        assertEquals(Map.of("Kế hoạch", perType, "Nghị quyết", perType), response.facets().get("type"));
    }

    /** Past the first count's limit, a result of fewer than about 8,000 is counted in full: exactly. */
    @Test
    void aResultOfSomeThousandsIsStillCountedExactly() {
        SearchResponse response = index.search(SearchRequest.of("bến xe", 0, 10));
        assertTrue(response.exact());
        long all = DOCUMENTS * CLAUSES_PER_DOCUMENT / 10;
        assertEquals(all, response.total());
        assertEquals(Map.of("Kế hoạch", all / 2, "Nghị quyết", all / 2), response.facets().get("type"));
    }

    @Test
    void nothingFoundStillListsEveryFacetEmpty() {
        SearchResponse response = index.search(SearchRequest.of("kim cương", 0, 10));
        assertTrue(response.exact());
        assertEquals(0, response.total());
        assertEquals(List.of("type", "document", "agency", "year"), List.copyOf(response.facets().keySet()));
        response.facets().values().forEach(values -> assertTrue(values.isEmpty(), values.toString()));
    }

    @Test
    void tensOfThousandsAreEstimated() {
        long all = DOCUMENTS * CLAUSES_PER_DOCUMENT / 2;
        for (boolean facets : List.of(true, false)) {
            SearchResponse response = index.search(new SearchRequest("đường bộ", List.of(), List.of(), List.of(),
                    List.of(), null, null, List.of(), "relevance", 0, 10, facets));
            assertFalse(response.exact());
            assertTrue(Math.abs(response.total() - all) < all * 0.15,
                    "facets " + facets + ": estimate " + response.total() + " of " + all);
        }
    }

    @Test
    void aLargeResultIsEstimatedOnASampleAndSaysSo() {
        SearchResponse response = index.search(SearchRequest.of("giao thông", 0, 10));
        long all = DOCUMENTS * CLAUSES_PER_DOCUMENT;
        assertFalse(response.exact());
        assertEquals(10, response.hits().size());
        assertTrue(Math.abs(response.total() - all) < all * 0.15, "estimate " + response.total() + " of " + all);
        Map<String, Long> types = response.facets().get("type");
        for (String type : List.of("Kế hoạch", "Nghị quyết")) {
            long estimate = types.get(type);
            assertTrue(Math.abs(estimate - all / 2) < all * 0.15, type + " " + estimate);
        }
        assertEquals(DOCUMENTS, response.facets().get("document").size());
    }

    @Test
    void withoutFacetsOnlyTheTotalIsCountedAndTheHitsAreTheSame() {
        for (String query : List.of("cảng biển", "giao thông", "kim cương")) {
            SearchResponse withFacets = index.search(SearchRequest.of(query, 0, 10));
            SearchResponse without = index.search(new SearchRequest(query, List.of(), List.of(), List.of(),
                    List.of(), null, null, List.of(), "relevance", 0, 10, false));
            assertEquals(Map.of(), without.facets(), query);
            assertEquals(withFacets.exact(), without.exact(), query);
            if (withFacets.exact()) {
                assertEquals(withFacets.total(), without.total(), query);
            } else {
                // estimated on a sample half the facets' size
                assertTrue(Math.abs(without.total() - withFacets.total()) < withFacets.total() * 0.15,
                        query + ": " + without.total() + " against " + withFacets.total());
            }
            assertEquals(withFacets.hits(), without.hits(), query);
        }
    }

    @Test
    void aFilterThatNarrowsTheResultBringsExactCountsBack() {
        SearchResponse response = index.search(new SearchRequest("giao thông", List.of(3L), List.of(), List.of(),
                List.of(), null, null, List.of("clause"), "relevance", 0, 10));
        assertTrue(response.exact(), "past the first count's limit: counted in full");
        assertEquals(CLAUSES_PER_DOCUMENT, response.total());
        SearchResponse small = index.search(new SearchRequest("\"khu vực 17\"", List.of(3L), List.of(), List.of(),
                List.of(), null, null, List.of("clause"), "relevance", 0, 10));
        assertTrue(small.exact());
        assertEquals(1, small.total());
    }

    @Test
    void anExactCountCollectsThePageInItsOwnPassTheSamePageAsAPassApart() throws IOException {
        try (var directory = FSDirectory.open(dir); var reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            FacetCounts facetCounts = new FacetCounts();
            Query small = new SimpleQueryBuilder().build("cảng biển");
            FacetCounts.Counted<TopDocs> counted = facetCounts.count(searcher, small,
                    () -> new TopScoreDocCollectorManager(10, 10), true);
            assertTrue(counted.counts().exact());
            assertNotNull(counted.hits(), "collected while counting");
            TopDocs apart = searcher.search(small, new TopScoreDocCollectorManager(10, 10));
            assertEquals(docsAndScores(apart), docsAndScores(counted.hits()));

            Query large = new SimpleQueryBuilder().build("giao thông");
            FacetCounts.Counted<TopDocs> sampled = facetCounts.count(searcher, large,
                    () -> new TopScoreDocCollectorManager(10, 10), true);
            assertFalse(sampled.counts().exact());
            assertNull(sampled.hits(), "beside a sample the page is collected apart, where hits can be skipped");

            List<String> asked = new ArrayList<>();
            Query nothing = new SimpleQueryBuilder().build("zzzkhôngcó");
            FacetCounts.Counted<TopDocs> none = facetCounts.count(searcher, nothing, () -> {
                asked.add("page");
                return new TopScoreDocCollectorManager(10, 10);
            }, false);
            assertEquals(0, none.counts().total());
            assertEquals(List.of(), asked, "a query matching nothing costs one counting pass, and no page");
        }
    }

    private static List<String> docsAndScores(TopDocs top) {
        return Arrays.stream(top.scoreDocs).map(hit -> hit.doc + ":" + hit.score).toList();
    }
}
