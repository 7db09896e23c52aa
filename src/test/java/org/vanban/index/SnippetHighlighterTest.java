package org.vanban.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.vanban.index.SnippetHighlighter.QueryTerms;

class SnippetHighlighterTest {

    final SnippetHighlighter highlighter = new SnippetHighlighter(VietnameseAnalyzers.perField());
    final SimpleQueryBuilder builder = new SimpleQueryBuilder();

    String snippet(String query, String text) {
        return highlighter.snippet(text, QueryTerms.of(builder.build(query)));
    }

    @Test
    void everySpellingTheQueryMatchesIsMarkedAndAdjacentMarksMerge() {
        assertEquals("Phát triển <mark>giao thông vận tải</mark> và <mark>Giao Thông</mark> đô thị",
                snippet("giao thong van tai", "Phát triển giao thông vận tải và Giao Thông đô thị"));
        assertEquals("du lịch <mark>Đồ Sơn</mark>", snippet("Đồ Sơn", "du lịch Đồ Sơn"));
    }

    @Test
    void excludedWordsAreNotMarked() {
        assertEquals("<mark>giao</mark> vận", snippet("giao -vận", "giao vận"));
    }

    @Test
    void aQuotedPhraseMarksItsWordsTogetherNotEachAlone() {
        assertEquals("<mark>cải cách hành chính</mark>, xây dựng chính quyền",
                snippet("\"cải cách hành chính\"", "cải cách hành chính, xây dựng chính quyền"));
        assertEquals("nhà <mark>Nhà ở xã hội</mark>", snippet("\"nhà ở xã hội\"", "nhà Nhà ở xã hội"));
    }

    @Test
    void prefixAndFuzzyTermsAreMarked() {
        assertEquals("cảng Lạch <mark>Huyện</mark>", snippet("huy*", "cảng Lạch Huyện"));
        assertEquals("cảng Lạch <mark>Huyện</mark>", snippet("huyn~1", "cảng Lạch Huyện"));
    }

    @Test
    void htmlInTheTextIsEscaped() {
        assertEquals("&lt;script&gt;<mark>cảng</mark>&lt;&#x2F;script&gt; &amp;",
                snippet("cảng", "<script>cảng</script> &"));
    }

    @Test
    void aLongTextIsCutAroundItsMarks() {
        String text = "mở đầu ".repeat(100) + "phát triển cảng Lạch Huyện " + "kết thúc ".repeat(100);
        String snippet = snippet("cảng Lạch Huyện", text);
        assertTrue(snippet.startsWith("… "), snippet);
        assertTrue(snippet.endsWith(" …"), snippet);
        assertTrue(snippet.contains("<mark>cảng Lạch Huyện</mark>"), snippet);
        assertTrue(snippet.length() < SnippetHighlighter.WINDOW + 60, snippet);
        String unmarked = snippet("xyzzy", text);
        assertFalse(unmarked.contains("<mark>"));
        assertTrue(unmarked.startsWith("mở đầu"), unmarked);
    }

    /** A table row: a stray syllable early, the agency the query names in a later cell. */
    @Test
    void theWindowShowsThePhraseRatherThanAStraySyllable() {
        String row = "Mở rộng cảng hàng không; cải tạo hệ thống đường thủy nội địa; " + "nâng cấp quốc lộ, ".repeat(12)
                + "hoàn thành tuyến cao tốc | Bộ Giao thông vận tải | Sở Giao thông vận tải và các sở liên quan | Quý IV";
        String snippet = snippet("giao thong van tai", row);
        assertTrue(snippet.contains("Bộ <mark>Giao thông vận tải</mark> | Sở <mark>Giao thông vận tải</mark>"), snippet);
        assertFalse(snippet.contains("<mark>thống</mark>"), snippet);
    }
}
