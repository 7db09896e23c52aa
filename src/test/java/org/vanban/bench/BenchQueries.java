package org.vanban.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The fixed query mix both systems answer: words with and without diacritics and document numbers (from the
 * relevance set when it is there), quoted phrases, queries filtered by document type or year, and faceted
 * ones (vanban counts facets on every search; the PostgreSQL peer counts them only for these).
 */
final class BenchQueries {

    /** One search. {@code type} and {@code yearFrom} are filters, null when absent. */
    record BenchQuery(String category, String text, String type, Integer yearFrom, boolean facets) {
    }

    /** Used when the relevance set is not in the repository: real queries a reader of these texts types. */
    private static final List<String> FALLBACK_WORDS = List.of("cảng Lạch Huyện", "nong thon moi kieu mau",
            "chuyển đổi số", "45-NQ/TW", "Sở Y tế", "logistics 2030", "du lịch Đồ Sơn", "cang nam do son",
            "sân bay Cát Bi", "khu thương mại tự do", "nhà ở xã hội", "biến đổi khí hậu", "cải cách hành chính",
            "duong sat toc do cao");

    static final int WORD_QUERIES = 12;

    private BenchQueries() {
    }

    /**
     * @param relevanceSet the relevance query file (may not exist)
     * @param type         a document type present in the corpus, for the filtered queries; null if unknown
     * @param year         a year present in the corpus, for the filtered queries; null if unknown
     */
    static List<BenchQuery> mix(Path relevanceSet, String type, Integer year) throws IOException {
        List<String> words = new ArrayList<>();
        String source = "built-in";
        if (Files.exists(relevanceSet)) {
            for (JsonNode q : new ObjectMapper().readTree(relevanceSet.toFile()).path("queries")) {
                words.add(q.path("query").asText());
            }
            source = relevanceSet.getFileName().toString();
        }
        if (words.size() < WORD_QUERIES) {
            words = new ArrayList<>(FALLBACK_WORDS);
            source = "built-in";
        }
        List<BenchQuery> mix = new ArrayList<>();
        for (String w : words.subList(0, WORD_QUERIES)) {
            mix.add(new BenchQuery(category(w) + " (" + source + ")", w, null, null, false));
        }
        mix.add(new BenchQuery("phrase", "\"nhà ở xã hội\"", null, null, false));
        mix.add(new BenchQuery("phrase", "\"cải cách hành chính\"", null, null, false));
        mix.add(new BenchQuery("phrase", "\"phát triển kinh tế\"", null, null, false));
        mix.add(new BenchQuery("filtered", "giao thông", type, null, false));
        mix.add(new BenchQuery("filtered", "du lich", null, year, false));
        mix.add(new BenchQuery("filtered", "doanh nghiệp", type, year, false));
        mix.add(new BenchQuery("faceted", "đầu tư", null, null, true));
        mix.add(new BenchQuery("faceted", "y te", null, null, true));
        return mix;
    }

    private static String category(String query) {
        if (query.matches(".*\\d+[-/]\\p{Lu}.*")) {
            return "document number";
        }
        return hasDiacritics(query) ? "words" : "no diacritics";
    }

    static boolean hasDiacritics(String s) {
        return s.codePoints().anyMatch(c -> c > 0x7f && Character.isLetter(c));
    }
}
