package org.vanban.extract;

import java.util.regex.Pattern;

import org.vanban.parse.RegexGate;

/**
 * Every regular expression used to find citations of other documents. Each is compiled once; matching is
 * linear in the text. Examples are real strings from Vietnamese administrative texts.
 */
final class ReferencePatterns {

    private ReferencePatterns() {
    }

    /** The document types a citation may name, longest first so that the longer name wins. */
    static final String[] TYPES = {
        "Chương trình hành động", "Thông báo kết luận", "Thông tư liên tịch", "Nghị quyết liên tịch",
        "Nghị quyết", "Nghị định", "Quyết định", "Kết luận", "Thông báo", "Kế hoạch", "Chương trình",
        "Báo cáo", "Công văn", "Thông tư", "Chỉ thị", "Pháp lệnh", "Hướng dẫn", "Quy định", "Tờ trình",
        "Đề án", "Công điện", "Luật"
    };

    /**
     * One segment of a number's symbol: an upper-case code of two or more characters, possibly with the one
     * lower-case letter the official abbreviations carry ("CTr", "TTg", "QyĐ"). Not followed by a letter, so
     * that a capitalised word ("Hà", "Trong") never passes for a code.
     */
    private static final String SYMBOL_SEGMENT =
            "[A-ZĐ](?:[A-ZĐ0-9]|[a-zđ](?=[A-ZĐ0-9]|[^\\p{L}]|$)){1,11}(?![\\p{L}])";

    /**
     * A document number with its symbol, spaces around the separators tolerated. Groups: 1 the number, 2 the
     * year when the symbol carries one, 3 the symbol.
     * <ul>
     * <li>"45-NQ/TW", "76-CTR/TU", "76-CTr/TU", "110-TB/VPTW", "1705-TB/TU"</li>
     * <li>"108/NQ-CP", "108/NQ- CP", "7/NQ-CP", "261/KH-UBND", "846 /UBND-TH", "1232/NQ-UBTVQH15"</li>
     * <li>"35/2021/QH15", "89/2017/NĐ-CP", "12/2020/TT-BTC", "02/CT-TTg"</li>
     * </ul>
     * Dates ("24/01/2019"), periods ("2021 - 2025") and ratios ("55/67 xã") do not match.
     */
    static final Pattern DOCUMENT_NUMBER = Pattern.compile(
            "(?<![\\p{L}\\d/.,-])(\\d{1,5}[a-z]?)(?:\\s?/\\s?((?:19|20)\\d{2}))?\\s?[-/]\\s?("
                    + SYMBOL_SEGMENT + "(?:\\s?[-/]\\s?" + SYMBOL_SEGMENT + ")*)");

    /**
     * Where a {@link #DOCUMENT_NUMBER} can start: at a digit. Digits are rare in prose, so trying the pattern only
     * there (see {@link RegexGate#find}) skips the lookbehind at every other position.
     */
    static final RegexGate.StartTest DOCUMENT_NUMBER_START = RegexGate.numberStart("/.,-");

    /**
     * "số" and a bare number without a symbol: with a type word right before it ({@link #TYPE_BEFORE}), a
     * partial reference. "Quyết định số 994 của Thủ tướng", "Công văn số 1234 ngày 5/6/2020". Anchored on
     * "số" rather than on the type words so that the scan stays cheap. Group 1 the number.
     */
    static final Pattern PARTIAL_NUMBER = Pattern.compile(
            "(?iu)(?<![\\p{L}])số\\s*:?\\s*(\\d{1,5})(?![\\d.,]*\\d)(?!\\s?[-/]\\s?[\\p{L}\\d])");

    /** Where a {@link #PARTIAL_NUMBER} can start: at the "s" of "số", in either case, after no letter. */
    static final RegexGate.StartTest PARTIAL_NUMBER_START = (text, at) -> RegexGate.foldsTo(text, at, 's')
            && RegexGate.foldsTo(text, at + 1, 'ố') && !RegexGate.letterBefore(text, at);

    /** {@link #PARTIAL_NUMBER} opens with this word. */
    static final RegexGate.Openings PARTIAL_NUMBER_WORDS = RegexGate.openings("số");

    /**
     * The type word (and "số") right before a number, anchored at the end of the preceding text:
     * "Nghị quyết số ", "CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ ", "Nghị quyết ", "Các Báo cáo số ". Group 1 the type.
     */
    static final Pattern TYPE_BEFORE = Pattern.compile(
            "(?iu)(?:^|[^\\p{L}])(" + typeAlternation() + ")\\s*(?:số\\s*:?\\s*)?$");

    /**
     * Where a {@link #TYPE_BEFORE} can start: at the start, or at a character that is no letter, with a type's
     * first letter (in any case) at the start or right after that character.
     */
    static final RegexGate.StartTest TYPE_BEFORE_START = (text, at) -> at == 0 && opensType(text.charAt(0))
            || !Character.isLetter(text.charAt(at)) && at + 1 < text.length() && opensType(text.charAt(at + 1));

    private static boolean opensType(char c) {
        return TYPE_FIRST_LETTERS.indexOf(RegexGate.foldCase(c)) >= 0;
    }

    /** The first letters of {@link #TYPES}, folded. */
    private static final String TYPE_FIRST_LETTERS = typeFirstLetters();

    private static String typeFirstLetters() {
        StringBuilder letters = new StringBuilder();
        for (String type : TYPES) {
            char first = RegexGate.foldCase(type.charAt(0));
            if (letters.indexOf(String.valueOf(first)) < 0) {
                letters.append(first);
            }
        }
        return letters.toString();
    }

    /**
     * A law or code named before its number: "Luật Ngân sách nhà nước số ", "Bộ luật Lao động số ",
     * "Pháp lệnh Ưu đãi người có công với cách mạng số ". The name stays within one clause (no ";" or ".").
     * Group 1 the type word.
     */
    static final Pattern NAMED_LAW_BEFORE = Pattern.compile(
            "(?u)(?<![\\p{L}])(Luật|Bộ luật|Pháp lệnh)\\s+\\p{Lu}[\\p{L}\\s,-]{0,70}?\\s+số\\s*:?\\s*$");

    /** Where a {@link #NAMED_LAW_BEFORE} can start (it is case-sensitive): at "L", "B" or "P" after no letter. */
    static final RegexGate.StartTest NAMED_LAW_BEFORE_START = (text, at) -> {
        char c = text.charAt(at);
        return (c == 'L' || c == 'B' || c == 'P') && !RegexGate.letterBefore(text, at);
    };

    /**
     * A date right after a number: ", ngày 24/01/2019", " NGÀY 26/11/2019", " ngày 29 tháng 7 năm 2017",
     * ") ngày 10/1/2025". Groups: 1-3 day, month, year in the short form; 4-6 in the long form.
     */
    static final Pattern DATE_AFTER = Pattern.compile(
            "(?iu)^\\s*,?\\s*(?:ban hành\\s+)?ngày\\s+(?:(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})"
                    + "|(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4}))");

    /**
     * The issuer after a number (and its date): "của Bộ Chính trị khóa XIII về ...", "CỦA CHÍNH PHỦ, ...",
     * "của Ủy ban nhân dân thành phố thực hiện ...", "của Chủ tịch UBND tỉnh", or, right after a date, a body
     * named without "của":
     * "ngày 08/7/2019 Ban Thường vụ Thành ủy (sau đây ...)". Group 1 the issuer, up to a word that ends it.
     */
    static final Pattern ISSUER_AFTER = Pattern.compile(
            "(?u)^\\s*,?\\s*(?:(?i:của)\\s+)?((?:Ban|BAN|Bộ|BỘ|Chính phủ|CHÍNH PHỦ|Quốc hội|QUỐC HỘI|Ủy ban|Uỷ ban"
                    + "|ỦY BAN|UỶ BAN|UBND|HĐND|Hội đồng|HỘI ĐỒNG|Thủ tướng|THỦ TƯỚNG|Văn phòng|VĂN PHÒNG|Thành ủy"
                    + "|Thành uỷ|THÀNH ỦY|Tỉnh ủy|Tỉnh uỷ|TỈNH ỦY|Sở|SỞ|Tòa án|Viện|Kiểm toán|Đảng ủy|Đảng uỷ|Đại hội"
                    + "|Trung ương|TRUNG ƯƠNG|Chủ tịch|CHỦ TỊCH|Tổng cục|Cục|Ngân hàng Nhà nước)"
                    + "(?:[ \\t]+(?!(?i:về|khóa|khoá|quy định|thực hiện|triển khai|trong|nhằm|để|đã|với|theo|gắn"
                    + "|vừa|tại|nhiệm kỳ|lần thứ|và|ban hành|phê duyệt|hướng dẫn|sau đây|số|một số)(?![\\p{L}]))"
                    + "[\\p{L}\\d]+){0,8})");

    /** The issuer is only read when "của" introduces it or a date precedes it: "của" itself. */
    static final Pattern OF = Pattern.compile("(?iu)^\\s*,?\\s*của\\s");

    /**
     * A verb by which the citing document carries out the cited one: "thực hiện", "triển khai", "cụ thể hóa",
     * "cụ thể hoá", "cụ thể những nội dung", "quán triệt".
     */
    static final Pattern IMPLEMENT_VERB = Pattern.compile(
            "(?iu)(?<![\\p{L}])(thực hiện|triển khai|cụ thể ho[áa]|cụ thể|quán triệt)(?![\\p{L}])");

    /** {@link #IMPLEMENT_VERB} opens with one of these words. */
    static final RegexGate.Openings IMPLEMENT_VERB_WORDS = RegexGate.openings("thực", "triển", "cụ", "quán");

    /**
     * "về" right before the verb: the cited document is what another document is about, not what this one
     * carries out. "... của Bộ Chính trị về tiếp tục thực hiện", "về thực hiện", "về việc triển khai".
     */
    static final Pattern NESTED_VERB_LEAD = Pattern.compile(
            "(?iu)(?<![\\p{L}])về\\s+(?:việc\\s+)?(?:tiếp tục\\s+)?(?:đẩy mạnh\\s+)?$");

    /** {@link #NESTED_VERB_LEAD} opens with this word. */
    static final RegexGate.Openings NESTED_VERB_LEAD_WORDS = RegexGate.openings("về");

    /**
     * The end of the text between two numbers when the second is coordinated with the first:
     * ", Nghị quyết số ", " và Thông báo số ", "; Chương trình hành động ", ", CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ ".
     */
    static final Pattern COORDINATED_GAP = Pattern.compile(
            "(?iu)(?:[,;]|(?<![\\p{L}])(?:và|cùng))\\s*(?:(?:" + typeAlternation() + ")\\s*(?:số\\s*:?\\s*)?)?$");

    /** Where a {@link #COORDINATED_GAP} can start: at "," or ";", or at a "v" or "c" in any case. */
    static final RegexGate.StartTest COORDINATED_GAP_START = (text, at) -> {
        char c = text.charAt(at);
        if (c == ',' || c == ';') {
            return true;
        }
        char folded = RegexGate.foldCase(c);
        return folded == 'v' || folded == 'c';
    };

    /**
     * A coordinator and a further number without a type word of its own, after a number: " và 465-BC/TU" in
     * "các Báo cáo số 464-BC/TU và 465-BC/TU, ngày 01/12/2023", ", 36-NQ/TW" in "các Nghị quyết số 45-NQ/TW,
     * 36-NQ/TW ngày ...". The date and issuer after the last number are those of all of them. Not " và Nghị
     * quyết số 23-NQ/TW ngày ..." (a type word of its own: the date is that document's only).
     */
    static final Pattern SHARED_METADATA_GAP = Pattern.compile(
            "\\s*(?:,|;|(?<![\\p{L}])(?:và|cùng))\\s*(?:số\\s*)?\\d{1,5}[a-z]?(?:\\s?/\\s?(?:19|20)\\d{2})?\\s?[-/]\\s?"
                    + SYMBOL_SEGMENT + "(?:\\s?[-/]\\s?" + SYMBOL_SEGMENT + ")*");

    /** An alias between a number and its repetition: "(sau đây gọi tắt là Nghị quyết số ", "(sau đây gọi là ". */
    static final Pattern ALIAS_GAP = Pattern.compile(
            "(?iu)\\(\\s*sau đây gọi(?: tắt)? là\\s*(?:(?:" + typeAlternation() + ")\\s*(?:số\\s*)?)?$");

    /** A purpose section, on folded text: "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích." */
    static final Pattern PURPOSE_HEADING = Pattern.compile("\\bmuc dich\\b");

    /** "Căn cứ" opening a sentence: the cited documents are its legal basis. "Căn cứ Luật Tổ chức ...". */
    static final Pattern BASIS_LEAD = Pattern.compile("(?iu)(?<![\\p{L}])căn cứ(?![\\p{L}])");

    /** {@link #BASIS_LEAD} opens with these words. */
    static final RegexGate.Openings BASIS_LEAD_WORDS = RegexGate.openings("căn cứ");

    /** A break between sentences: the scope of a governing verb never crosses it. ". ", ";", new line. */
    static final Pattern SENTENCE_BREAK = Pattern.compile("[.;!?](?:\\s|$)|\\n");

    /** Whether a {@link #SENTENCE_BREAK} can start at a character: one of ".;!?" or a new line. */
    static boolean maySentenceBreakAt(char c) {
        return c == '.' || c == ';' || c == '!' || c == '?' || c == '\n';
    }

    /**
     * "Số: 86/KH-UBND", "Số hiệu | 86/KH-UBND |": the document's own number in its header, not a citation.
     */
    static final Pattern OWN_NUMBER_LEAD = Pattern.compile("(?iu)(?:^|\\n|\\|)\\s*số(?: hiệu)?\\s*[:|]?\\s*$");

    /** Where an {@link #OWN_NUMBER_LEAD} can start: at the start, a new line or a "|". */
    static final RegexGate.StartTest OWN_NUMBER_LEAD_START = (text, at) -> at == 0 || text.charAt(at) == '\n'
            || text.charAt(at) == '|';

    // ---- document numbers as keys ----

    /** Any whitespace, no-break spaces included: "108/NQ- CP", "846 /UBND-TH". */
    static final Pattern ANY_WHITESPACE = Pattern.compile("[\\h\\s]+");

    /** A character of {@link #ANY_WHITESPACE}: {@code \\h} or {@code \\s} as {@code java.util.regex} defines them. */
    static boolean isAnyWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00A0'
                || c == '\u1680' || c == '\u180E' || c >= '\u2000' && c <= '\u200A' || c == '\u202F'
                || c == '\u205F' || c == '\u3000';
    }

    /** Dashes that stand for a hyphen in a number: "45–NQ/TW" (en dash), "45—NQ/TW", "45−NQ/TW". */
    static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212]");

    /** A character of {@link #DASHES}. */
    static boolean isDash(char c) {
        return c >= '\u2010' && c <= '\u2015' || c == '\u2212';
    }

    /** Splits "76-CTR/TU" into "76", "-", "CTR", "/", "TU", keeping the separators. */
    static final Pattern AROUND_SEPARATORS = Pattern.compile("(?<=[-/])|(?=[-/])");

    /** The separators of a number: "89/2017/NĐ-CP" splits into 89, 2017, NĐ, CP. */
    static final Pattern SEPARATOR = Pattern.compile("[-/]");

    /** The year part of a number: "2017" in "89/2017/NĐ-CP". */
    static final Pattern YEAR_SEGMENT = Pattern.compile("(?:19|20)\\d{2}");

    /** The National Assembly's code, with its term: "QH15" in "35/2021/QH15". */
    static final Pattern NATIONAL_ASSEMBLY_CODE = Pattern.compile("QH\\d*");

    /** Its Standing Committee's code: "UBTVQH15" in "1232/NQ-UBTVQH15". */
    static final Pattern STANDING_COMMITTEE_CODE = Pattern.compile("UBTVQH\\d*");

    private static String typeAlternation() {
        return String.join("|", TYPES).replace(" ", "\\s+");
    }
}
