package org.vanban.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseAnalyzersTest {

    static List<String> exact(String text) {
        return VietnameseAnalyzers.syllables(text).stream().map(VietnameseAnalyzers.Syllable::exact).toList();
    }

    static List<String> folded(String text) {
        return VietnameseAnalyzers.syllables(text).stream().map(VietnameseAnalyzers.Syllable::folded).toList();
    }

    @ParameterizedTest(name = "exact: {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Hòa bình                     | hòa bình",
            "Hoà bình                     | hòa bình",
            "THUỶ lợi                     | thủy lợi",
            "Ủy ban nhân dân              | ủy ban nhân dân",
            "Uỷ ban                       | ủy ban",
            "\u00D0ồ Sơn                  | đồ sơn",
            "ĐỒ SƠN                       | đồ sơn",
            "Sở Y tế và các sở của TP      | sở y tế và các sở của tp",
            "quý IV                       | quý iv",
            "khoẻ mạnh, hoè, xoá          | khỏe mạnh hòe xóa",
    })
    void exactKeepsDiacriticsAndUnifiesTonePlacement(String text, String expected) {
        assertEquals(List.of(expected.split(" ")), exact(text));
    }

    @ParameterizedTest(name = "folded: {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Đồ Sơn                       | do son",
            "\u00D0ồ Sơn                  | do son",
            "giao thông vận tải           | giao thong van tai",
            "GIAO THÔNG VẬN TẢI           | giao thong van tai",
            "Nông thôn mới kiểu mẫu       | nong thon moi kieu mau",
            "cảng Lạch Huyện              | cang lach huyen",
            "Straße                       | strasse",
    })
    void foldedDropsDiacriticsAndReadsDAsD(String text, String expected) {
        assertEquals(List.of(expected.split(" ")), folded(text));
    }

    @ParameterizedTest(name = "decomposed input {0} is composed first")
    @CsvSource({"Ho\u0300a", "Hoa\u0300"})
    void decomposedInputIsComposed(String text) {
        assertEquals(List.of("hòa"), exact(text));
    }

    @Test
    void oneFieldStacksExactFoldedAndPairsOnTheSamePositions() {
        assertEquals(List.of("exact:sở", "folded:so", "pair:so y", "exact:y", "pair:y te", "exact:tế", "folded:te"),
                VietnameseAnalyzers.tokens("Sở Y tế"));
        assertEquals(List.of("exact:giao", "pair:giao thong", "exact:thông", "folded:thong"),
                VietnameseAnalyzers.tokens("giao thông"));
    }

    @Test
    void positionsAndOffsetsAreThoseOfTheText() throws IOException {
        String text = "Sở Giao thông";
        List<String> seen = new ArrayList<>();
        try (TokenStream stream = VietnameseAnalyzers.text().tokenStream(IndexFields.BODY, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                seen.add(term + "@" + position + ":" + text.substring(offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        }
        assertEquals(List.of("sở@0:Sở", "so@0:Sở", "so giao@0:Sở Giao", "giao@1:Giao", "giao thong@1:Giao thông",
                "thông@2:thông", "thong@2:thông"), seen);
    }

    /** The table is ICU's folding precomputed: on real text it must agree with ICU token for token. */
    @Test
    void foldingTableAgreesWithIcuOnTheSeeds() throws IOException {
        List<Path> seeds;
        try (var files = java.nio.file.Files.list(SeedCorpus.CORPUS)) {
            seeds = files.toList();
        }
        for (Path seed : seeds) {
            String text = java.nio.file.Files.readString(seed);
            for (VietnameseAnalyzers.Syllable syllable : VietnameseAnalyzers.syllables(text)) {
                assertEquals(ICUFoldingFilter.NORMALIZER.normalize(syllable.exact()), syllable.folded(),
                        syllable.exact());
            }
        }
    }

    @ParameterizedTest(name = "number {0} is indexed as {1}")
    @CsvSource(delimiter = '|', value = {
            "thực hiện Nghị quyết số 45-NQ/TW, ngày 24/01/2019 | 45-NQ/TW",
            "Kế hoạch 86/KH-UBND năm 2020                      | 86/KH-UBND",
            "Chương trình hành động số 76-CTr/TU ngày 08/7/2019 | 76-CTR/TU",
            "Nghị quyết số 108/NQ- CP của Chính phủ             | 108/NQ-CP",
            "Nghị định 15/2020/NĐ-CP                            | 15/2020/NĐ-CP",
    })
    void documentNumbersAreFoundAndNormalized(String text, String expected) {
        var matcher = IndexPatterns.DOCUMENT_NUMBER.matcher(text);
        org.junit.jupiter.api.Assertions.assertTrue(matcher.find(), text);
        assertEquals(expected, IndexPatterns.normalizeNumber(matcher.group()));
    }

    @ParameterizedTest(name = "not a number: {0}")
    @CsvSource({"ngày 30/9/2024", "giai đoạn 2021-2025", "năm 2020 - Kế hoạch"})
    void datesAndPeriodsAreNotNumbers(String text) {
        org.junit.jupiter.api.Assertions.assertFalse(IndexPatterns.DOCUMENT_NUMBER.matcher(text).find(), text);
    }
}
