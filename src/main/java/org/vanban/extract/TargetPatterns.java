package org.vanban.extract;

import java.util.List;
import java.util.regex.Pattern;

import org.vanban.parse.RegexGate;

/**
 * Every regular expression used to find targets (chỉ tiêu), their values and the outline they sit in. Each is
 * compiled once; matching is linear in the text. Examples are real strings from resolutions and plans.
 */
final class TargetPatterns {

    private TargetPatterns() {
    }

    // ---- outline (only used when the clause list carries no parent links) ----

    /** Markdown debris around a label or heading: "## **2.2. Các chỉ tiêu xã hội**", "#### ***2.1. ...***". */
    static final Pattern MARKDOWN_DEBRIS = Pattern.compile("^[#>\\s]+|[*_]{2,}");

    /** "Chương II", "PHẦN I": the outermost division. */
    static final Pattern LABEL_PART = Pattern.compile("^(?:Chương|CHƯƠNG|Phần|PHẦN)\\s+[IVXLC\\d]+\\b\\.?");
    /** "I.", "II.", "IV. NHIỆM VỤ": a roman section. */
    static final Pattern LABEL_ROMAN = Pattern.compile("^[IVXLC]+\\.(?=\\s)");
    /** "Điều 1.", "Điều 12": an article. */
    static final Pattern LABEL_ARTICLE = Pattern.compile("^Điều\\s+\\d+\\.?");
    /** "2.1.", "2.3", "1.2.3.": a dotted number; its depth is the number of dots between digits. */
    static final Pattern LABEL_DOTTED = Pattern.compile("^\\d{1,2}(?:\\.\\d{1,2})+\\.?(?=\\s)");
    /** "1.", "12.": a numbered item. */
    static final Pattern LABEL_NUMBER = Pattern.compile("^\\d{1,2}\\.(?=\\s)");
    /** "a)", "đ)", "b.": a lettered item. */
    static final Pattern LABEL_LETTER = Pattern.compile("^[a-zđ][).](?=\\s)");
    /** "(1)", "(12)", "3)": a parenthesised number. */
    static final Pattern LABEL_PAREN = Pattern.compile("^(?:\\(\\d{1,3}\\)|\\d{1,3}\\))(?=\\s)");
    /** "- ", "+ ", "• ", "* ": a bullet. */
    static final Pattern LABEL_BULLET = Pattern.compile("^[-+•*–](?=\\s)");

    // ---- headings ----

    /**
     * A heading that announces targets: "II. MỘT SỐ CHỈ TIÊU CHỦ YẾU", "2.1. Các chỉ tiêu kinh tế",
     * "1. Chỉ tiêu chủ yếu bình quân/năm và đến năm 2025", "2. Mục tiêu cụ thể". Matched on folded text.
     */
    static final Pattern TARGETS_HEADING = Pattern.compile("\\bchi tieu\\b|\\bmuc tieu cu the\\b");

    /** The phrases {@link #TARGETS_HEADING} looks for: a heading without any is no match. */
    static final List<String> TARGETS_HEADING_WORDS = List.of("chi tieu", "muc tieu cu the");

    /**
     * A heading that announces something else, and wins over "chỉ tiêu" when both appear: "2.4. Các đột phá
     * chiến lược", "III. NHIỆM VỤ, GIẢI PHÁP", "I. MỤC ĐÍCH, YÊU CẦU", "2.1. Quan điểm". Folded text.
     */
    static final Pattern OTHER_HEADING = Pattern.compile(
            "\\b(?:dot pha|nhiem vu|giai phap|quan diem|muc dich|yeu cau|to chuc thuc hien|phan cong"
                    + "|ket qua|danh gia|tinh hinh|phuong huong|muc tieu tong quat|chu de)\\b");

    /** The phrases {@link #OTHER_HEADING} looks for: a heading without any is no match. */
    static final List<String> OTHER_HEADING_WORDS = List.of("dot pha", "nhiem vu", "giai phap", "quan diem",
            "muc dich", "yeu cau", "to chuc thuc hien", "phan cong", "ket qua", "danh gia", "tinh hinh",
            "phuong huong", "muc tieu tong quat", "chu de");

    // ---- values ----

    /** A number as printed: "14.740", "6,4", "106.761,592", "02", "2,0". */
    private static final String NUMBER = "\\d+(?:[.,]\\d+)*";

    /** Magnitude words before a base unit: "nghìn tỷ đồng", "triệu tấn", "tỷ USD". */
    private static final String MAGNITUDE = "(?:nghìn tỷ|ngàn tỷ|triệu tỷ|nghìn|ngàn|triệu|tỷ|vạn)";

    /** A unit that opens with a magnitude: "triệu lượt khách", "tỷ đồng", "nghìn tỷ đồng". */
    static final Pattern MAGNITUDE_START = Pattern.compile("(?iu)^" + MAGNITUDE + "(?![\\p{L}])");

    /** Base units as written. "lượt" keeps what is counted when the text says it: "lượt khách". */
    private static final String BASE_UNIT = "(?:%|USD|đồng|tấn|TEU|lượt(?:\\s+(?:khách|người lao động|người))?"
            + "|ha|km2|km|m2|m3|MW|kWh|người|căn|hộ|doanh nghiệp|giường|bác sĩ|lao động|học sinh|sinh viên"
            + "|đảng viên|tổ chức đảng|xã|huyện|trường|cơ sở|sản phẩm|dự án|khu|cụm|lần)";

    /** A rate after a unit: "/người" in "USD/người", "/năm" in "13%/năm", "/ha", "/km2", "/người/năm" in "triệu đồng/người/năm". */
    private static final String PER = "(?:\\s?/\\s?(?:người|năm|ha|km2|tháng|hộ|ngày|dân)){0,2}";

    /** A unit: "triệu tấn", "tỷ USD", "USD/người", "%", "%/năm", "nghìn tỷ đồng", "triệu lượt", "căn". */
    private static final String UNIT = "(?:" + MAGNITUDE + "\\s+)?" + BASE_UNIT + PER + "(?![\\p{L}\\d])"
            + "|" + MAGNITUDE + "(?![\\p{L}\\d])";

    /**
     * A value: a number, its unit, optionally a range to a second number and unit. Groups: 1 number, 2 unit,
     * 3 upper number, 4 upper unit.
     * <ul>
     * <li>"350 triệu tấn", "6,4%", "14.740 USD", "11.247 USD/người", "106.761,592 tỷ đồng"</li>
     * <li>"180 - 190 nghìn tỷ đồng", "62%-63%", "2,0 đến 2,5 tỷ USD", "15,5 - 16,5%/năm",
     * "2.000 người - 3.000 người/km2"</li>
     * </ul>
     */
    static final Pattern VALUE = Pattern.compile(
            "(?<![\\p{L}\\d.,/])(" + NUMBER + ")\\s*(" + UNIT + ")?"
                    + "(?:\\s*(?:-|–|đến|tới)\\s*(" + NUMBER + ")\\s*(" + UNIT + ")?)?"
                    + "(?![\\d/])");

    /** Where a {@link #VALUE} can start: at a digit after no letter, digit, ".", "," or "/". */
    static final RegexGate.StartTest VALUE_START = RegexGate.numberStart(".,/");

    /**
     * What the words right before a value say about it, anchored at the end of the preceding text:
     * "đạt khoảng " gives "khoảng", "đạt trên " gives "trên", "tối thiểu là " gives "tối thiểu",
     * "đạt bình quân " gives "đạt", "từ " gives "từ".
     */
    static final Pattern COMPARATOR_BEFORE = Pattern.compile(
            "(?iu)(?<![\\p{L}])(tối thiểu|ít nhất|không dưới|không quá|tối đa|khoảng|trên|hơn|dưới|từ|đạt)"
                    + "(?:\\s+(?:là|mức|bình quân|tỷ lệ))?\\s*$");

    /**
     * Where a {@link #COMPARATOR_BEFORE} can start: at the first letter of one of its words ("tối", "ít", "không",
     * "khoảng", "trên", "hơn", "dưới", "từ", "đạt"), in any case, after no letter.
     */
    static final RegexGate.StartTest COMPARATOR_BEFORE_START = RegexGate.startingWith(
            RegexGate.foldingVariants("tíkhdđ"), (text, at) -> !RegexGate.letterBefore(text, at));

    /** "trở lên" within a few words after a value: "75 tỷ USD trở lên", "3% tổng số đảng viên trở lên". */
    static final Pattern AT_LEAST_AFTER = Pattern.compile("(?iu)^[^\\d.;,:()]{0,40}?(?<![\\p{L}])trở lên(?![\\p{L}])");

    /** {@link #AT_LEAST_AFTER} holds these words. */
    static final RegexGate.Openings AT_LEAST_WORDS = RegexGate.openings("trở lên");

    /**
     * Words before "1 ha", "1 người" that make it the measure a value is counted per, not a value: "trên 1 ha đất
     * trồng trọt đạt 250 triệu đồng", "mỗi 1 km2". Not "đạt trên 1 triệu lượt khách" (a magnitude is a value).
     */
    static final Pattern PER_UNIT_LEAD = Pattern.compile("(?iu)(?<![\\p{L}])(?<!đạt )(?:trên|mỗi|cho)\\s*$");

    /** Words before a number that make it a year or a period, not a value: "năm 2030", "giai đoạn 2021". */
    static final Pattern YEAR_LEAD = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:năm|giai đoạn|nhiệm kỳ|thời kỳ|so sánh|khóa|khoá|lần thứ|tháng|quý|ngày)\\s*$");

    /**
     * Where a {@link #YEAR_LEAD} can start: at the first letter of one of its words ("năm", "giai", "nhiệm",
     * "thời", "so", "khóa", "lần", "tháng", "quý", "ngày"), in any case, after no letter.
     */
    static final RegexGate.StartTest YEAR_LEAD_START = RegexGate.startingWith(
            RegexGate.foldingVariants("ngtsklq"), (text, at) -> !RegexGate.letterBefore(text, at));

    // ---- years ----

    /** A period: "giai đoạn 2021 - 2025", "2026-2030", "05 năm 2025 - 2030". Groups: 1 first, 2 last year. */
    static final Pattern PERIOD = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})\\s*[-–]\\s*((?:19|20)\\d{2})(?!\\d)");

    /** Where a {@link #PERIOD} can start: at a "1" or "2" after no ASCII digit. */
    static final RegexGate.StartTest PERIOD_START = RegexGate.startingWith("12", (text, at) -> {
        char before = at == 0 ? ' ' : text.charAt(at - 1);
        return before < '0' || before > '9';
    });

    /**
     * A year named as such: "đến năm 2025", "năm 2030", "đến hết năm 2027", "vào năm 2030". Group 1 the
     * year. A year after "so với" or "từ" is a baseline, not a horizon, and {@link #BASELINE_LEAD} drops it.
     */
    static final Pattern YEAR = Pattern.compile("(?iu)(?<![\\p{L}])năm\\s+((?:19|20)\\d{2})(?!\\d)");

    /** {@link #YEAR} opens with this word. */
    static final RegexGate.Openings YEAR_WORDS = RegexGate.openings("năm");

    /** "so với năm 2023", "từ năm 2023": the year that follows is a baseline. */
    static final Pattern BASELINE_LEAD = Pattern.compile("(?iu)(?<![\\p{L}])(?:so với|từ|sau)\\s*$");

    // ---- indicator keys ----

    /** Parenthesised asides dropped from an indicator: "(GDP)", "(theo giá hiện hành)", "(giá so sánh 2010)". */
    static final Pattern PARENTHESES = Pattern.compile("\\([^()]*\\)");

    /** Where the measured thing ends: a clause break or "trong đó". "..., trong đó thu nội địa ...". */
    static final Pattern INDICATOR_BREAK = Pattern.compile("(?iu)[,;:.](?:\\s|$)|(?<![\\p{L}])trong đó(?![\\p{L}])");

    /** Where an {@link #INDICATOR_BREAK} can start: at one of ",;:." or at a "t" in any case. */
    static final RegexGate.StartTest INDICATOR_BREAK_START = RegexGate.startingWith(
            ",;:." + RegexGate.foldingVariants("t"), (text, at) -> true);

    /**
     * Phrases that do not name what is measured: "trên địa bàn", "đến hết năm", "giai đoạn 2021 - 2025",
     * "phấn đấu", "hằng năm", "của thành phố". Matched on lower-case text with diacritics.
     */
    static final Pattern INDICATOR_NOISE = Pattern.compile(
            "(?u)(?<![\\p{L}])(?:trên địa bàn(?: thành phố| tỉnh)?|của thành phố|toàn thành phố|phấn đấu"
                    + "|hằng năm|hàng năm|bình quân/năm|(?:đến hết|đến cuối|đến|vào|trong|tới) năm"
                    + "|giai đoạn|nhiệm kỳ)(?![\\p{L}])");

    /** Where an {@link #INDICATOR_NOISE} can start (it is case-sensitive): at the first letter of a phrase, after no letter. */
    static final RegexGate.StartTest INDICATOR_NOISE_START = RegexGate.startingWith("tcphbđvgn",
            (text, at) -> !RegexGate.letterBefore(text, at));

    /** "thông qua" is "qua" when it says where goods pass: "hàng hoá thông qua các cảng" = "hàng hóa qua cảng". */
    static final Pattern THROUGH = Pattern.compile("(?u)(?<![\\p{L}])thông qua(?![\\p{L}])");

    /** The words {@link #THROUGH} matches, as written (it is case-sensitive): a text without them is left alone. */
    static final String THROUGH_WORDS = "thông qua";

    /** Words of a target sentence that carry no meaning of their own in a key. */
    static final Pattern INDICATOR_STOP_WORD = Pattern.compile(
            "(?u)(?<![\\p{L}])(?:đạt|khoảng|trên|hơn|dưới|tối thiểu|tối đa|ít nhất|từ|đến|trở lên|là|ở mức|mức"
                    + "|năm|các|những|có|được|và|đang)(?![\\p{L}])");

    /** Where an {@link #INDICATOR_STOP_WORD} can start (it is case-sensitive): at the first letter of a word, after no letter. */
    static final RegexGate.StartTest INDICATOR_STOP_WORD_START = RegexGate.startingWith("đkthdílởmncv",
            (text, at) -> !RegexGate.letterBefore(text, at));

    /**
     * A unit that names what is counted rather than a measure: "doanh nghiệp" in "trên 42.000 doanh nghiệp",
     * "huyện" in "4 huyện", "căn" in "32.900 căn". An indicator key keeps it. Group 1 the counted noun.
     */
    static final Pattern COUNTED_UNIT = Pattern.compile(
            "^(?:" + MAGNITUDE + "\\s+)?(doanh nghiệp|căn|hộ|xã|huyện|trường|đảng viên|tổ chức đảng|cơ sở|sản phẩm"
                    + "|dự án|khu|cụm|học sinh|sinh viên|giường|bác sĩ)$");

    /** Words of time right after a number: a duration ("từ 3 tháng trở lên"), not a value. */
    static final Pattern DURATION_AFTER = Pattern.compile("(?iu)^\\s*(?:tháng|năm|ngày|quý|giờ|tuần)(?![\\p{L}])");

    /**
     * The noun a bare count is counted in, right after it: "làng" in "Có thêm 10 làng văn hóa du lịch cộng đồng",
     * "bệnh viện" is read as "bệnh" in "3 bệnh viện" (one word, as printed). Not a connective or a time word
     * ("2 và 3", "5 năm"), which {@link #DURATION_AFTER} and the exclusions cover. Group 1 the noun.
     */
    static final Pattern COUNTED_NOUN_AFTER = Pattern.compile(
            "(?u)^\\s*(?!(?:và|hoặc|với|của|trong|đến|tới|so|là|theo|tại|cho|các|những|nhóm|điểm|khoản|điều|mục|lần thứ)(?![\\p{L}]))(\\p{Ll}+)(?![\\p{L}\\d/%])");

    /** Words before a bare number that make it a rank, not a count: "top 5 địa phương", "nhóm 10 tỉnh", "xếp hạng 3". */
    static final Pattern RANK_LEAD = Pattern.compile("(?iu)(?<![\\p{L}])(?:top|nhóm|hạng|thứ|vị trí|tốp)\\s*$");

    /** Runs of whitespace, no-break spaces included: scraped pages end headings with U+00A0. */
    static final Pattern WHITESPACE = Pattern.compile("[\\h\\s]+");

    /**
     * Whether {@link #WHITESPACE} would leave the text as it is but for its ends: no run of two and no
     * whitespace other than a plain space. Most lines are so; replacing runs in them copies the text for nothing.
     */
    static boolean isTidy(String s) {
        char previous = 'x';
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = c == ' ';
            if (!space && isHorizontalOrAsciiSpace(c) || space && previous == ' ') {
                return false;
            }
            previous = c;
        }
        return true;
    }

    /** {@code [\\h\\s]} as {@code java.util.regex} defines it. */
    private static boolean isHorizontalOrAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00A0'
                || c == '\u1680' || c == '\u180E' || c >= '\u2000' && c <= '\u200A' || c == '\u202F'
                || c == '\u205F' || c == '\u3000';
    }

    /** Spaces around the slash of a rate: "USD / người" is "USD/người". */
    static final Pattern SPACED_SLASH = Pattern.compile("\\s*/\\s*");

    /** What separates words of a key: anything but letters and digits. */
    static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Any token holding a digit or a percent sign: numbers, years, "13%/năm". */
    static final Pattern NUMERIC_TOKEN = Pattern.compile("\\S*[\\d%]\\S*");

    /** Whether {@link #NUMERIC_TOKEN} can match: the text holds an ASCII digit or a percent sign. */
    static boolean mayHoldNumericToken(String text) {
        return text.indexOf('%') >= 0 || RegexGate.hasAsciiDigit(text);
    }
}
