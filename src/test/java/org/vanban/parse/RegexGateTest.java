package org.vanban.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The gates and the start-position scan give what the plain regular expressions give, never less. */
class RegexGateTest {

    private static final Pattern NUMBER_AFTER_NO_LETTER = Pattern.compile("(?<![\\p{L}\\d])(\\d{1,5})-([A-Z]{2,})");
    private static final Pattern SO_NUMBER = Pattern.compile("(?iu)(?<![\\p{L}])số\\s*(\\d+)");

    @ParameterizedTest
    @ValueSource(strings = {
        "Nghị quyết số 45-NQ/TW ngày 24/01/2019 và 36-NQ/TW; x45-NQ không",
        "45-NQ ở đầu, SỐ 12 và Số: 7, ſố 9 (long s), số8",
        "",
        "không có gì",
        "1-AB1-AB 22-CD"
    })
    void scanFindsWhatFindFinds(String text) {
        assertEquals(all(NUMBER_AFTER_NO_LETTER.matcher(text)), scanned(NUMBER_AFTER_NO_LETTER.matcher(text), text,
                'd'));
        assertEquals(all(SO_NUMBER.matcher(text)), scanned(SO_NUMBER.matcher(text), text, 's'));
    }

    /** Whatever a case-insensitive literal letter matches folds to that letter: the gate never says no wrongly. */
    @Test
    void everyCharacterARegexLetterMatchesFoldsToIt() {
        String letters = "abcdefghijklmnopqrstuvwxyzđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợ"
                + "ùúủũụưừứửữựỳýỷỹỵ";
        for (char letter : letters.toCharArray()) {
            Matcher literal = Pattern.compile(Pattern.quote(String.valueOf(letter)),
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher("");
            for (int i = 0; i < 0x10000; i++) {
                char c = (char) i;
                if (literal.reset(String.valueOf(c)).matches()) {
                    assertEquals(letter, RegexGate.foldCase(c), "U+" + Integer.toHexString(i));
                }
            }
        }
        assertEquals("chịu trách nhiệm", RegexGate.foldCase("CHỊU Trách NHIỆM"));
    }

    @Test
    void gateWordsMustBeFolded() {
        assertThrows(IllegalArgumentException.class, () -> RegexGate.words("Giao"));
        assertEquals(List.of("giao", "đề"), RegexGate.words("giao", "đề"));
        assertTrue(RegexGate.containsAny(RegexGate.foldCase("ĐỀ NGHỊ các sở"), RegexGate.words("đề")));
        assertFalse(RegexGate.containsAny(RegexGate.foldCase("giải pháp"), RegexGate.words("giao", "đề")));
    }

    @Test
    void digitRuns() {
        assertEquals(0, RegexGate.longestDigitRun("không"));
        assertEquals(4, RegexGate.longestDigitRun("ngày 30/6/2025"));
        assertEquals(4, RegexGate.longestDigitRun("năm ٢٠٢٥")); // Arabic-Indic digits are \d under UNICODE_CHARACTER_CLASS
        assertTrue(RegexGate.hasAsciiDigit("số 5"));
        assertFalse(RegexGate.hasAsciiDigit("số ٥"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "a  b", " a b ", "a\tb", "a \t b\n", "\n\na", "a\u00A0 b", "a b c", "  "})
    void collapseWhitespaceIsTheRegexReplacement(String text) {
        assertEquals(Patterns.WHITESPACE.matcher(text).replaceAll(" ").strip(), VietnameseText.collapseWhitespace(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"hoà bình", "Hòa Bình", "thuỷ lợi", "Uỷ ban", "quý", "người muốn", "khoẻ", "oậ", "không"})
    void tonePlacementSkipsOnlyWhatCannotChange(String text) {
        String nfd = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD);
        assertEquals(VietnameseText.unifyTonePlacement(text), VietnameseText.unifyTonePlacement(nfd));
    }

    private static final Pattern CLOSING = Pattern.compile("(?:chịu\\s+trách|hoàn\\s+thành)\\s+(\\S+)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

    @ParameterizedTest
    @ValueSource(strings = {
        "Sở Tư pháp CHỊU TRÁCH nhiệm; hoàn thành trước; Hoàn  Thành xong, chịu trách",
        "chịu trách chịu trách chịu trách a",
        "",
        "không có gì",
        "HOÀN THÀNH",
        "hoà\u0300n chịu",
        "Chịu trách ChỊu trách chịu"
    })
    void searchingTheOpeningWordsFindsWhatFindFinds(String text) {
        RegexGate.Openings words = RegexGate.openings("chịu", "hoàn");
        List<String> found = new ArrayList<>();
        Matcher m = CLOSING.matcher(text);
        int from = 0;
        while (RegexGate.findAtWords(m, text, from, words, null)) {
            found.add(m.start() + ":" + m.group());
            from = Math.max(m.end(), m.start() + 1);
        }
        assertEquals(all(CLOSING.matcher(text)), found);
    }

    /** The scans with their own loops (a number's start, first and second characters) find what find finds. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Ủy ban nhân dân tỉnh Quảng Ninh, huyện Đông Anh, quận Ba Đình, Thành phố Hải Phòng, thị xã Sơn Tây",
        "tỉnhQuảng, 2tỉnh Nam, xtỉnh Nam, Tỉnh Nam Định, thị xã, Thị xã Từ Sơn",
        "Nghị quyết số 45-NQ/TW, a45-NQ/TW, 45/45-NQ/TW, 7/NQ-CP; 2021 - 2025",
        ""
    })
    void ownLoopsFindWhatFindFinds(String text) {
        for (var gate : java.util.Map.of(Patterns.LOCALITY, Patterns.LOCALITY_START,
                NUMBER_AFTER_NO_LETTER, RegexGate.numberStart("")).entrySet()) {
            List<String> found = new ArrayList<>();
            Matcher m = gate.getKey().matcher(text);
            int from = 0;
            while (RegexGate.find(m, text, from, gate.getValue())) {
                found.add(m.start() + ":" + m.group());
                from = Math.max(m.end(), m.start() + 1);
            }
            assertEquals(all(gate.getKey().matcher(text)), found, gate.getKey().pattern());
        }
    }

    private static List<String> all(Matcher m) {
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.start() + ":" + m.group());
        }
        return found;
    }

    private static List<String> scanned(Matcher m, String text, char kind) {
        List<String> found = new ArrayList<>();
        int from = 0;
        while (RegexGate.find(m, text, from, kind == 'd' ? c -> c >= '0' && c <= '9'
                : c -> RegexGate.foldCase((char) c) == 's')) {
            found.add(m.start() + ":" + m.group());
            from = Math.max(m.end(), m.start() + 1);
        }
        return found;
    }
}
