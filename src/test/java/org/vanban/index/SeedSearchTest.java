package org.vanban.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Spelling variants over the five seed documents: however the query is typed, the same passages come first. */
class SeedSearchTest {

    static final int TOP = 5;

    @TempDir
    static Path dir;

    static SearchIndex index;

    @BeforeAll
    static void indexSeeds() throws IOException {
        index = SeedCorpus.openIndex(dir);
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    static List<String> top(String q) {
        return index.search(SearchRequest.of(q, 0, TOP)).hits().stream()
                .map(h -> h.sourceName() + "#" + h.kind() + "#" + h.clausePath()).sorted().toList();
    }

    @ParameterizedTest(name = "{0} = {1} = {2}")
    @CsvSource(delimiter = '|', value = {
            "giao thông vận tải | GIAO THÔNG VẬN TẢI | Giao Thông Vận Tải",
            "Đồ Sơn             | ĐỒ SƠN             | đồ sơn",
            "hòa bình           | hoà bình           | HOÀ BÌNH",
            "thủy sản           | thuỷ sản           | THUỶ SẢN",
            "Ủy ban nhân dân    | Uỷ ban nhân dân    | ỦY BAN NHÂN DÂN",
    })
    void caseAndTonePlacementDoNotChangeTheTopHits(String a, String b, String c) {
        List<String> first = top(a);
        assertFalse(first.isEmpty(), a);
        assertEquals(first, top(b), b);
        assertEquals(first, top(c), c);
    }

    /**
     * Typed without diacritics, a query finds every spelling, so everything the spelled query finds and more; the
     * spelled query's best passages are among the unaccented one's best too (a passage that also has other
     * spellings of the words, "độ", "do", ranks a little higher without diacritics).
     */
    @ParameterizedTest(name = "{0} within {1}")
    @CsvSource(delimiter = '|', value = {
            "giao thông vận tải | giao thong van tai",
            "Đồ Sơn             | do son",
            "Ủy ban nhân dân    | uy ban nhan dan",
            "cảng Lạch Huyện    | cang lach huyen",
    })
    void withoutDiacriticsTheSpelledQuerysBestPassagesAreFoundToo(String spelled, String unaccented) {
        SearchResponse narrow = index.search(SearchRequest.of(spelled, 0, TOP));
        SearchResponse wide = index.search(SearchRequest.of(unaccented, 0, 4 * TOP));
        assertTrue(wide.total() >= narrow.total(), unaccented + " finds at least what " + spelled + " finds");
        List<String> wideTop = wide.hits().stream().map(h -> h.sourceName() + "#" + h.clausePath()).toList();
        narrow.hits().forEach(h -> assertTrue(wideTop.contains(h.sourceName() + "#" + h.clausePath()),
                h.clausePath() + " of " + spelled + " is in the first " + 4 * TOP + " of " + unaccented));
    }

    @ParameterizedTest(name = "nothing for {0}")
    @ValueSource(strings = {"kim cương sa mạc Sahara", "xyzzy", "\"Lạch Huyện Đồ Sơn\"", "99-NQ/TW"})
    void queriesThatMustFindNothing(String q) {
        SearchResponse response = index.search(SearchRequest.of(q, 0, 10));
        assertEquals(0, response.total(), q);
        assertTrue(response.hits().isEmpty());
    }

    @Test
    void documentNumberFindsTheDocumentsCitingIt() {
        SearchResponse response = index.search(SearchRequest.of("45-NQ/TW", 0, 100));
        assertEquals(4, response.facets().get("document").size(), "four of the five seeds cite 45-NQ/TW");
        assertTrue(response.hits().stream().allMatch(h -> h.text().toUpperCase().replace(" ", "").contains("45-NQ/TW")
                || h.text().contains("45-NQ/TW")));
    }

    @Test
    void everyHitHasASnippetWithMarks() {
        SearchResponse response = index.search(SearchRequest.of("cảng Lạch Huyện", 0, 10));
        assertTrue(response.total() > 0);
        response.hits().forEach(h -> assertTrue(h.snippet().contains("<mark>"), h.snippet()));
    }
}
