package org.vanban.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shortcuts of {@link VietnameseText} (a check before composing, tone marks moved word by word, folding by a
 * table) give what normalizing the whole text gives, on Vietnamese and on the characters that could tell them
 * apart: combining marks, letters that compose with a following letter, the capital sigma, look-alike đ. Folding
 * is checked against {@link VietnameseText#foldSlowly}, its definition over the whole text.
 */
class VietnameseTextTest {

    /** Characters that stress normalization and case, mixed with Vietnamese. */
    private static final String ALPHABET = "aeiouyqAEIOUYQ đĐÐðoaoeuyOAUYàáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉỲÝặẶôơưăâê"
            + "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031B\u0345\u0344"
            + "ΣσςİıǅΆ\u1100\u1161\u11A8\u0B47\u0B3E\u212B\u0958\u00A0\t\n,.-1 –“”\u2126\u2000\u20DD"
            + "\uAC00\u0BC6\u0BBE\u0D46\u0D3E\u1025\u102E\u3099\u304B\uD835\uDC00\u00F0";

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "hoà bình", "Hòa Bình", "thuỷ lợi", "Uỷ ban", "quý", "người muốn", "khoẻ",
        "oậ", "không", "Ủy ban nhân dân tỉnh Thanh Hoá", "  hoà  ", "ΟΣ ΑΣ", "ĐÐð", "o\u0301a", "hoa\u0300"})
    void agreeWithWholeTextNormalization(String text) {
        assertSame(text);
    }

    @Test
    void agreeOnEveryCharacterBeforeU3000InContext() {
        for (char c = 0; c < 0x3000; c++) {
            for (String around : new String[] {"%s", "o%s", "%sa", "Σ%s", "%sΣ", "a\u0301%s", "%s\u0301", "\u1100%s"}) {
                assertSame(around.replace("%s", String.valueOf(c)));
            }
        }
    }

    @Test
    void agreeOnRandomMixtures() {
        Random random = new Random(20261122L);
        for (int n = 0; n < 200_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            assertSame(text.toString());
        }
    }

    private static void assertSame(String text) {
        String where = "U+" + text.chars().mapToObj(Integer::toHexString).toList();
        assertEquals(nfcWhole(text), VietnameseText.nfc(text), where);
        assertEquals(VietnameseText.foldSlowly(text), VietnameseText.fold(text), where);
        assertEquals(unifyWhole(text), VietnameseText.unifyTonePlacement(text), where);
    }

    // ---- the definitions, as they were written before the shortcuts

    private static String nfcWhole(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).replace('\u00D0', '\u0110').replace('\u00F0', '\u0111');
    }

    private static final java.util.Set<Character> TONED_SECOND = tonedSecond();

    private static java.util.Set<Character> tonedSecond() {
        java.util.Set<Character> letters = new java.util.HashSet<>();
        for (char c = 0x80; c < 0xFFFF; c++) {
            String nfd = Character.isSurrogate(c) ? "" : Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            if (nfd.length() >= 2 && "aAeEyY".indexOf(nfd.charAt(0)) >= 0
                    && "\u0300\u0301\u0303\u0309\u0323".indexOf(nfd.charAt(1)) >= 0) {
                letters.add(c);
            }
        }
        return letters;
    }

    private static String unifyWhole(String s) {
        String composed = nfcWhole(s);
        boolean mayMove = false;
        for (int i = 0; i + 1 < composed.length(); i++) {
            mayMove |= "oOuU".indexOf(composed.charAt(i)) >= 0 && TONED_SECOND.contains(composed.charAt(i + 1));
        }
        if (!mayMove) {
            return composed;
        }
        String nfd = Normalizer.normalize(composed, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(nfd.length());
        int i = 0;
        while (i < nfd.length()) {
            char c = nfd.charAt(i);
            if (i + 2 < nfd.length() && "oOuU".indexOf(c) >= 0 && nucleusSecond(c, nfd.charAt(i + 1))
                    && "\u0300\u0301\u0303\u0309\u0323".indexOf(nfd.charAt(i + 2)) >= 0
                    && (i + 3 >= nfd.length() || !Character.isLetter(nfd.charAt(i + 3)))
                    && !(i > 0 && (nfd.charAt(i - 1) == 'q' || nfd.charAt(i - 1) == 'Q'))) {
                out.append(c).append(nfd.charAt(i + 2)).append(nfd.charAt(i + 1));
                i += 3;
                continue;
            }
            out.append(c);
            i++;
        }
        return Normalizer.normalize(out.toString(), Normalizer.Form.NFC);
    }

    private static boolean nucleusSecond(char first, char c) {
        char f = Character.toLowerCase(first);
        char l = Character.toLowerCase(c);
        return (f == 'o' && (l == 'a' || l == 'e')) || (f == 'u' && l == 'y');
    }
}
