package org.vanban.ingest;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How Vietnamese a piece of text looks: the share of its accented words that are well-formed Vietnamese
 * syllables. The yardstick that decides whether a legacy-encoding conversion made text better or worse.
 */
final class VietnameseSyllables {

    /**
     * A syllable with its tone removed: optional initial consonant, a vowel nucleus, optional final.
     * Matches "nghiêng", "thuyên", "đươc", "quyêt", "gi", "ương"; not "vieot", "cafe", "nhan" with an "©".
     */
    private static final Pattern TONELESS_SYLLABLE = Pattern.compile(
            "(ngh|ng|gh|gi|ch|kh|nh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
                    + "(iêu|yêu|uyê|uya|uyu|oai|oay|oao|oeo|uây|uôi|ươi|ươu"
                    + "|ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|oo|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ưu|ươ|yê"
                    + "|a|ă|â|e|ê|i|o|ô|ơ|u|ư|y)"
                    + "(ch|ng|nh|[cmnpt])?");

    /** Words so frequent in administrative text that finding them is strong evidence of a right decoding. */
    private static final Set<String> COMMON_WORDS = Set.of(
            "của", "và", "các", "được", "thành", "phố", "nhân", "dân", "những", "một", "trong", "với", "về",
            "cho", "có", "là", "này", "để", "theo", "người", "năm", "việc", "thực", "hiện", "quyết", "nghị",
            "tỉnh", "huyện", "xã", "bộ", "sở", "ủy", "uỷ", "chủ", "trì", "phối", "hợp", "đồng", "quản", "lý");

    /** Result of scoring: accented words that are Vietnamese syllables, those that are not, common words. */
    record Score(int good, int bad, int common) {

        double ratio() {
            int total = good + bad;
            return total == 0 ? 0 : (double) good / total;
        }

        int margin() {
            return good - bad;
        }

        Score plus(Score other) {
            return new Score(good + other.good, bad + other.bad, common + other.common);
        }
    }

    static final Score ZERO = new Score(0, 0, 0);

    private VietnameseSyllables() {
    }

    /** Scores the words of {@code text}; a word is a run of letters or legacy code characters (U+00A1–U+00FF). */
    static Score score(CharSequence text) {
        int good = 0;
        int bad = 0;
        int common = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !isWordChar(text.charAt(i))) {
                i++;
            }
            int start = i;
            boolean accented = false;
            while (i < n && isWordChar(text.charAt(i))) {
                accented |= text.charAt(i) >= 0x80;
                i++;
            }
            if (start == i) {
                break;
            }
            String word = text.subSequence(start, i).toString().toLowerCase(Locale.ROOT);
            if (accented) {
                if (isSyllable(word)) {
                    good++;
                } else {
                    bad++;
                }
            }
            if (COMMON_WORDS.contains(word)) {
                common++;
            }
        }
        return new Score(good, bad, common);
    }

    /** True for a well-formed lower-case Vietnamese syllable with at most one tone ("nghị", "quyết", "ương"). */
    static boolean isSyllable(String lowerCaseWord) {
        String nfd = Normalizer.normalize(lowerCaseWord, Normalizer.Form.NFD);
        StringBuilder toneless = new StringBuilder(nfd.length());
        char tone = 0;
        for (int k = 0; k < nfd.length(); k++) {
            char c = nfd.charAt(k);
            if (isTone(c)) {
                if (tone != 0) {
                    return false;
                }
                tone = c;
            } else {
                toneless.append(c);
            }
        }
        String base = Normalizer.normalize(toneless, Normalizer.Form.NFC);
        var matcher = TONELESS_SYLLABLE.matcher(base);
        if (!matcher.matches()) {
            return false;
        }
        String finalConsonant = matcher.group(3);
        boolean checked = finalConsonant != null
                && (finalConsonant.equals("c") || finalConsonant.equals("ch")
                || finalConsonant.equals("p") || finalConsonant.equals("t"));
        // a syllable closed by c, ch, p or t carries only the acute or the dot below
        return !checked || tone == '\u0301' || tone == '\u0323';
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || (c >= 0xA1 && c <= 0xFF) || (c >= 0x300 && c <= 0x36F);
    }

    private static boolean isTone(char c) {
        return c == '\u0300' || c == '\u0301' || c == '\u0303' || c == '\u0309' || c == '\u0323';
    }
}
