package org.vanban.ingest;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How Vietnamese a piece of text looks: the share of its accented words that are well-formed Vietnamese
 * syllables. The yardstick that decides whether a legacy-encoding conversion made text better or worse.
 */
final class VietnameseSyllables {

    /**
     * Syllables so frequent in administrative text that finding them is strong evidence of a right decoding; they
     * settle lines where the legacy bytes happen to read as Vietnamese-looking nonsense too ("Sè" / "Số").
     */
    private static final Set<String> COMMON_WORDS = Set.of(
            "của", "và", "các", "được", "thành", "phố", "nhân", "dân", "những", "một", "trong", "với", "về",
            "có", "là", "này", "để", "người", "năm", "việc", "thực", "hiện", "quyết", "nghị", "tỉnh", "huyện",
            "xã", "bộ", "sở", "ủy", "uỷ", "chủ", "trì", "phối", "hợp", "đồng", "quản", "lý", "số", "ngày",
            "tháng", "điều", "khoản", "kế", "hoạch", "phát", "triển", "tế", "hội", "đến", "tại", "trên", "từ",
            "đã", "sẽ", "không", "cần", "cơ", "đơn", "vị", "tổ", "chức", "cán", "công", "tác", "chính", "trị",
            "đảng", "nhà", "nước", "chương", "trình", "hành", "động", "nhiệm", "vụ", "giải", "pháp", "mục",
            "tiêu", "chỉ", "đầu", "tư", "xây", "dựng", "đẩy", "mạnh", "nâng", "chất", "lượng", "hiệu", "quả",
            "tăng", "cường", "kiểm", "giám", "sát", "báo", "cáo", "thông", "văn", "bản", "luật", "ương", "địa",
            "phương", "tổng", "hạn", "khai", "hướng", "dẫn", "trách", "liên", "sản", "xuất", "hoạt", "vực",
            "biển", "cảng", "thủ", "tướng", "phủ", "vận", "tải", "tài", "nguyên", "môi", "trường", "giáo",
            "dục", "hóa", "hoá", "khoa", "học", "kỹ", "thuật", "bảo", "đảm", "quốc", "phòng", "sự", "tiếp",
            "tục", "đô", "thị", "đất", "đai", "lực", "nghiệp", "doanh", "vốn", "ngân", "sách", "tiến", "độ",
            "hải", "hà", "nội", "việt", "lãnh", "đạo", "ngành", "cấp", "ở", "đề", "án", "dự");

    /** Nuclei that end the syllable themselves: "mưa", "người", "yêu" take no final consonant ("nguôin" is no word). */
    private static final Set<String> OPEN_NUCLEI = Set.of(
            "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "iu", "oi", "ôi", "ơi", "ui", "ưi", "ưu", "ia", "ua", "ưa",
            "iêu", "yêu", "oai", "oay", "oao", "oeo", "uây", "uôi", "ươi", "ươu", "uyu");

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

    /** Verdicts by word: a text reuses a few thousand syllables, so most words are decided once. */
    private static final Map<String, Boolean> VERDICTS = new ConcurrentHashMap<>();
    /** Garbage has endless distinct "words"; past this many the cache stops growing. */
    private static final int MAX_CACHED_VERDICTS = 100_000;

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
                if (isCachedSyllable(word)) {
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

    private static boolean isCachedSyllable(String lowerCaseWord) {
        Boolean verdict = VERDICTS.get(lowerCaseWord);
        if (verdict == null) {
            verdict = isSyllable(lowerCaseWord);
            if (VERDICTS.size() < MAX_CACHED_VERDICTS) {
                VERDICTS.put(lowerCaseWord, verdict);
            }
        }
        return verdict;
    }

    /** True for a well-formed lower-case Vietnamese syllable with at most one tone ("nghị", "quyết", "ương"). */
    static boolean isSyllable(String lowerCaseWord) {
        String nfd = Normalizer.normalize(lowerCaseWord, Normalizer.Form.NFD);
        StringBuilder toneless = new StringBuilder(nfd.length());
        char tone = 0;
        char lastBase = 0;
        for (int k = 0; k < nfd.length(); k++) {
            char c = nfd.charAt(k);
            if (isTone(c)) {
                // one tone, and on a vowel: "ñ" is n with a tilde, not a Vietnamese letter
                if (tone != 0 || "aeiouy".indexOf(lastBase) < 0) {
                    return false;
                }
                tone = c;
            } else {
                if (Character.getType(c) != Character.NON_SPACING_MARK) {
                    lastBase = c;
                }
                toneless.append(c);
            }
        }
        String base = Normalizer.normalize(toneless, Normalizer.Form.NFC);
        var matcher = IngestPatterns.TONELESS_SYLLABLE.matcher(base);
        if (!matcher.matches()) {
            return false;
        }
        String finalConsonant = matcher.group(3);
        if (finalConsonant != null && OPEN_NUCLEI.contains(matcher.group(2))) {
            return false;
        }
        boolean checked = finalConsonant != null
                && (finalConsonant.equals("c") || finalConsonant.equals("ch")
                || finalConsonant.equals("p") || finalConsonant.equals("t"));
        // a syllable closed by c, ch, p or t carries only the acute or the dot below
        return !checked || tone == '\u0301' || tone == '\u0323';
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || (c >= 0xA1 && c <= 0xFF) || (c >= 0x300 && c <= 0x36F)
                || LegacyVietnameseEncoding.isSymbolFontCode(c);
    }

    private static boolean isTone(char c) {
        return c == '\u0300' || c == '\u0301' || c == '\u0303' || c == '\u0309' || c == '\u0323';
    }
}
