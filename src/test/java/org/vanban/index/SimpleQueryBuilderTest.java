package org.vanban.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The simple syntax, read the way the builder reads it: alternatives separated by " || ", parts by " ". */
class SimpleQueryBuilderTest {

    final SimpleQueryBuilder builder = new SimpleQueryBuilder();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', value = {
            "cảng Lạch Huyện                 ; WORD:cảng WORD:Lạch WORD:Huyện",
            "`\"giao thông\" vận tải`        ; PHRASE:giao thông WORD:vận WORD:tải",
            "+chuyển -đổi                    ; +WORD:chuyển -WORD:đổi",
            "`-\"nông thôn\" mới`            ; -PHRASE:nông thôn WORD:mới",
            "cảng | sân bay                  ; WORD:cảng || WORD:sân WORD:bay",
            "logist* huyen~1 huyen~          ; PREFIX:logist FUZZY1:huyen FUZZY1:huyen",
            "huyen~2 huyen~0                 ; FUZZY2:huyen WORD:huyen",
            "45-NQ/TW 86/kh-ubnd             ; NUMBER:45-NQ/TW NUMBER:86/kh-ubnd",
            "`Lạch Huyện, (2030).`           ; WORD:Lạch WORD:Huyện WORD:2030",
            "`\"giao thông`                  ; PHRASE:giao thông",
            "`|| giao ||`                    ; WORD:giao",
            "`+ - giao`                      ; WORD:giao",
    })
    void readsTheSyntax(String query, String expected) {
        String read = builder.parse(query).stream()
                .map(alternative -> alternative.stream().map(SimpleQueryBuilderTest::describe)
                        .filter(s -> !s.isEmpty()).collect(Collectors.joining(" ")))
                .filter(s -> !s.isEmpty())
                .collect(Collectors.joining(" || "));
        assertEquals(expected, read);
    }

    private static String describe(SimpleQueryBuilder.Part part) {
        String operator = switch (part.operator()) {
            case MUST -> "+";
            case MUST_NOT -> "-";
            case DEFAULT -> "";
        };
        String shape = part.shape() == SimpleQueryBuilder.Shape.FUZZY ? "FUZZY" + part.edits() : part.shape().name();
        return part.text().isBlank() ? "" : operator + shape + ":" + part.text();
    }

    @ParameterizedTest(name = "{0} plain words: {1} must match")
    @CsvSource({"1,1", "2,2", "3,2", "4,3", "6,5", "8,6", "12,9"})
    void howManyWordsMustMatch(int words, int required) {
        assertEquals(required, SimpleQueryBuilder.minimumToMatch(words));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            // matched by the spelling as typed, weighed as the folded word
            "hòa                 ; body:hòa(as hoa)",
            "hoà                 ; body:hòa(as hoa)",
            "hoa                 ; body:hoa",
            "\"Đồ Sơn\"          ; body:\"đồ sơn\"",
    })
    void diacriticsNarrowToTheSpellingAsTyped(String query, String expected) {
        String built = builder.build(query).toString();
        assertEquals(true, built.contains(expected), built);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "hòa                 ; body:hoa",
            "\"Đồ Sơn\"          ; body:do son",
            "\"phát triển kinh tế\" ; body:\"phat trien trien kinh kinh te\"",
    })
    void ignoringDiacriticsSearchesEverySpelling(String query, String expected) {
        String built = builder.build(query, IndexFields.BODY, SimpleQueryBuilder.Spelling.ANY).toString();
        assertEquals(true, built.contains(expected), built);
        assertEquals(false, built.contains("#"), built);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {"giao thông ; body:giao thong", "Sở Y tế ; body:so y"})
    void adjacentWordsAlsoScoreAsAPair(String query, String shingle) {
        assertEquals(true, builder.build(query).toString().contains(shingle));
    }

    @Test
    void theAdjacentQueryRequiresEveryWordAndEveryPair() {
        assertEquals("+(+body:sở(as so) +body:y +body:tế(as te)) +(body:so y)^0.5 +(body:y te)^0.5",
                builder.buildAdjacent("Sở Y tế", IndexFields.BODY, SimpleQueryBuilder.Spelling.AS_TYPED).toString());
    }

    /** Its matches are ranked among themselves as the query ranks them: the same clauses, summed. */
    @Test
    void theAdjacentQueryScoresItsMatchesAsTheQueryDoes() throws IOException {
        try (PassageIndex passages = new PassageIndex(List.of("Sở Y tế chủ trì", "Sở Y tế và Sở Y tế",
                "giao cho Sở Y tế, y tế cơ sở", "tế, y, sở", "Sở Giao thông vận tải"))) {
            IndexSearcher searcher = passages.searcher;
            Query query = builder.build("Sở Y tế", IndexFields.BODY, SimpleQueryBuilder.Spelling.AS_TYPED);
            Query adjacent = builder.buildAdjacent("Sở Y tế", IndexFields.BODY, SimpleQueryBuilder.Spelling.AS_TYPED);
            Map<Integer, Float> all = new HashMap<>();
            for (ScoreDoc hit : searcher.search(query, 10).scoreDocs) {
                all.put(hit.doc, hit.score);
            }
            ScoreDoc[] first = searcher.search(adjacent, 10).scoreDocs;
            assertEquals(3, first.length);
            for (ScoreDoc hit : first) {
                assertEquals(all.get(hit.doc), hit.score, 1e-6f, "unit " + hit.doc);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"giao", "\"giao thông\"", "45-NQ/TW", "giao thông | cảng biển", "giao* thông"})
    void withoutAdjacentWordsThereIsNoAdjacentQuery(String query) {
        assertNull(builder.buildAdjacent(query, IndexFields.BODY, SimpleQueryBuilder.Spelling.AS_TYPED), query);
    }

}
