package org.vanban.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseAnalyzersTest {

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
    })
    void exactKeepsDiacriticsAndUnifiesTonePlacement(String text, String expected) {
        assertEquals(List.of(expected.split(" ")),
                SimpleQueryBuilder.terms(VietnameseAnalyzers.exact(), IndexFields.TEXT_EXACT, text));
    }

    @ParameterizedTest(name = "folded: {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Đồ Sơn                       | do son",
            "\u00D0ồ Sơn                  | do son",
            "giao thông vận tải           | giao thong van tai",
            "GIAO THÔNG VẬN TẢI           | giao thong van tai",
            "Nông thôn mới kiểu mẫu       | nong thon moi kieu mau",
            "cảng Lạch Huyện              | cang lach huyen",
    })
    void foldedDropsDiacriticsAndReadsDAsD(String text, String expected) {
        assertEquals(List.of(expected.split(" ")),
                SimpleQueryBuilder.terms(VietnameseAnalyzers.folded(), IndexFields.TEXT_FOLDED, text));
    }

    @ParameterizedTest(name = "decomposed input {0} is composed first")
    @CsvSource({"Ho\u0300a", "Hoa\u0300"})
    void decomposedInputIsComposed(String text) {
        assertEquals(List.of("hòa"), SimpleQueryBuilder.terms(VietnameseAnalyzers.exact(), IndexFields.TEXT_EXACT, text));
    }

    @ParameterizedTest(name = "shingles: {0}")
    @CsvSource(delimiter = '|', value = {
            "giao thông vận tải | giao thong,thong van,van tai",
            "Sở Y tế            | so y,y te",
    })
    void shinglesArePairsOfFoldedSyllables(String text, String expected) {
        assertEquals(List.of(expected.split(",")),
                SimpleQueryBuilder.terms(VietnameseAnalyzers.shingles(), IndexFields.TEXT_SHINGLES, text));
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
