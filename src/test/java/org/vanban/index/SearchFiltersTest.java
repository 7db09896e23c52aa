package org.vanban.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LRUQueryCache;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class SearchFiltersTest {

    static SearchRequest filtered(List<String> types, Integer yearFrom, List<String> agencies) {
        return new SearchRequest("giao thông", List.of(), types, List.of(), agencies, yearFrom, null, List.of(),
                "relevance", 0, 10);
    }

    @Test
    void theFiltersARequestAsksForAreCachedFromTheirFirstUse() throws Exception {
        for (SearchRequest request : List.of(filtered(List.of("Kế hoạch"), null, List.of()),
                filtered(List.of(), 2022, List.of()), filtered(List.of("Kế hoạch"), 2022, List.of("so-y-te")))) {
            assertTrue(SearchFilters.CACHE_FILTERS.shouldCache(SearchFilters.filter(request)), request.toString());
        }
    }

    /** As a searcher sees them: rewritten into the search's own clauses, each filter is cached, no text query. */
    @Test
    void aFilteredSearchCachesEachFilterAndNothingOfTheText() throws Exception {
        try (Directory directory = new ByteBuffersDirectory();
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(VietnameseAnalyzers.perField()))) {
            for (int i = 0; i < 100; i++) {
                Document unit = new Document();
                unit.add(new TextField(IndexFields.BODY, "giao thông " + i, Field.Store.NO));
                unit.add(new KeywordField(IndexFields.TYPE, i % 2 == 0 ? "Kế hoạch" : "Nghị quyết", Field.Store.NO));
                unit.add(new IntField(IndexFields.YEAR, 2000 + i % 30, Field.Store.NO));
                writer.addDocument(unit);
            }
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                LRUQueryCache cache = new LRUQueryCache(16, 1 << 20, leaf -> true, Float.POSITIVE_INFINITY);
                searcher.setQueryCache(cache);
                searcher.setQueryCachingPolicy(SearchFilters.CACHE_FILTERS);
                Query search = new BooleanQuery.Builder().add(new SimpleQueryBuilder().build("giao thông"), Occur.MUST)
                        .add(SearchFilters.filter(filtered(List.of("Kế hoạch"), 2022, List.of())), Occur.FILTER)
                        .build();
                assertEquals(12, searcher.count(search));
                assertEquals(12, searcher.count(search));
                assertEquals(2, cache.getCacheCount(), "the type and the year range, cached apart");
                assertTrue(cache.getHitCount() > 0, "the second search reads them from the cache");
            }
        }
    }

    @Test
    void queriesOnTheTextAreNeverCached() throws Exception {
        var words = new SimpleQueryBuilder().build("giao thông vận tải");
        assertFalse(SearchFilters.CACHE_FILTERS.shouldCache(words));
        var filteredWords = new BooleanQuery.Builder().add(words, Occur.MUST)
                .add(SearchFilters.filter(filtered(List.of("Kế hoạch"), null, List.of())), Occur.FILTER).build();
        assertFalse(SearchFilters.CACHE_FILTERS.shouldCache(filteredWords), "the whole search is not a filter");
        assertFalse(SearchFilters.CACHE_FILTERS.shouldCache(new SimpleQueryBuilder().build("\"Đồ Sơn\"")),
                "a spelled phrase filters, but on the text");
    }
}
