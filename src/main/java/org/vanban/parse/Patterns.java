package org.vanban.parse;

import java.util.regex.Pattern;

/**
 * Every regular expression of the parse stage, precompiled once. Each constant lists real strings it is
 * meant to match (and, where it matters, strings it must not match). Patterns that look at a line expect the
 * line already trimmed.
 */
public final class Patterns {

    private Patterns() {
    }

    // ------------------------------------------------------------------ cleaning: characters and markdown

    /**
     * A markdown heading mark at the start of a line: "## **II. CHỦ ĐỀ ...**", "#### ***2.1. Các chỉ tiêu
     * kinh tế***". Numbering, not these marks, decides nesting, so they are dropped.
     */
    public static final Pattern MD_HEADING_MARK = Pattern.compile("^\\s{0,3}#{1,6}\\s+");

    /**
     * Four asterisks between two bold runs that were separate lines of a centred title:
     * "**NGHỊ QUYẾT****HỘI NGHỊ LẦN THỨ 14**".
     */
    public static final Pattern MD_BOLD_JOINT = Pattern.compile("\\*{4,}");

    /**
     * Bold or bold-italic markers glued between two capital letters, again a lost line break of a centred
     * title: "CHƯƠNG TRÌNH HÀNH ĐỘNG**CỦA BAN THƯỜNG VỤ THÀNH ỦY".
     */
    public static final Pattern MD_BOLD_BETWEEN_CAPITALS = Pattern.compile("(?<=\\p{Lu})\\*{2,3}(?=\\p{Lu})");

    /**
     * Any remaining bold / bold-italic marker: "**3.1.**", "***“Đẩy mạnh ...”.***", "**trong tháng 01/2024**".
     * Underscores are left alone: "Số: ____/QĐ-UBND" in a form is not markdown.
     */
    public static final Pattern MD_BOLD = Pattern.compile("\\*{2,3}");

    /**
     * Single-asterisk emphasis inside a line: "*Kết quả đạt được:* Kết quả nổi bật". A line-initial "* " is a
     * list bullet and is not matched (the opening asterisk must touch the word after it).
     */
    public static final Pattern MD_EMPHASIS = Pattern.compile("(?<![\\p{L}\\p{N}*])\\*(?=[^\\s*])([^*\\n]{1,300}?)(?<=[^\\s*])\\*(?![\\p{L}\\p{N}*])");

    /** A line that is only a rule or ornament: "-----", "***", "* * *", "___", "=====", "*". */
    public static final Pattern RULE_LINE = Pattern.compile("^(?:[-_=*~•.]\\s*){3,}$|^\\*$");

    /**
     * Whether {@link #RULE_LINE} can match the line: it opens with one of its marks. Asked of nearly every line,
     * most of them words or blank, which this answers without making a matcher.
     */
    public static boolean mayBeRuleLine(String line) {
        return !line.isEmpty() && "-_=*~•.".indexOf(line.charAt(0)) >= 0;
    }

    /** A markdown link or image: "[Bài gốc](https://...)", "![ảnh](x.jpg)"; group 1 keeps the visible text. */
    public static final Pattern MD_LINK = Pattern.compile("!?\\[([^\\]\\n]{0,200})\\]\\([^)\\s]{1,500}\\)");

    // ------------------------------------------------------------------ cleaning: web chrome

    /**
     * Fragments of web-page chrome that may be glued together on one line: "5 giờ trướcBài gốc",
     * "QR Code", "image advertisement", "Đang online: 0", "Hôm nay: 1", "Tất cả: 0", "Lượt xem: 1.234",
     * "Chia sẻ", "In bài", "Tin liên quan", "Tin mới", "Thư viện ảnh", "Thống kê truy cập". A line is chrome
     * only when it is made of such fragments with nothing but separators and digits between them, so "so với 3
     * năm trước" inside a sentence is kept. Matched against the lower-cased line (no case-insensitive flag: it is
     * much slower on Unicode).
     */
    public static final Pattern CHROME_FRAGMENT = Pattern.compile(
            "\\d+\\s*(?:giây|phút|giờ|ngày|tuần|tháng|năm)\\s*trước"
                    + "|bài gốc|qr\\s*code|image\\s+advertisement|quảng cáo"
                    + "|(?:đang online|online|hôm nay|hôm qua|trong tuần|trong tháng|tất cả|tổng truy cập|lượt xem|lượt truy cập)\\s*:\\s*[\\d.,]*"
                    + "|chia sẻ(?:\\s+bài viết)?|in bài(?: viết)?|gửi bài(?: viết)?|lưu bài|bình luận|theo dõi"
                    + "|tin liên quan|tin mới(?: nhất)?|tin cùng chuyên mục|bài viết liên quan|xem thêm|đọc thêm"
                    + "|thư viện ảnh|thống kê truy cập|từ kh(?:oá|óa)\\s*:?|tags?\\s*:|facebook|twitter|zalo|email|print"
                    + "|cỡ chữ|font size|a\\s*[+-]\\s*a?|trở về đầu trang|về đầu trang|top");

    /** The characters a {@link #CHROME_FRAGMENT} can open with (see {@link #openingChars}). */
    static final boolean[] CHROME_FRAGMENT_OPENS = openingChars(CHROME_FRAGMENT);

    /**
     * The heading of a web page's trailing chrome zone; from such a line on, a tail of short lines is cut:
     * "QR Code", "Tin liên quan", "Tin mới", "Thống kê truy cập", "Bài viết liên quan", "Bản quyền thuộc về
     * Báo Hải Phòng", "Copyright © 2024", "Cơ quan chủ quản: ...", "Ghi rõ nguồn ... khi phát hành lại".
     */
    public static final Pattern FOOTER_START = Pattern.compile(
            "(?iu)^(?:[•·\\-]\\s*)?(?:qr\\s*code|tin liên quan|tin mới|tin cùng chuyên mục|bài viết liên quan|các tin khác"
                    + "|thống kê truy cập|thư viện ảnh|từ kh(?:oá|óa)\\s*:|bản quyền|copyright|©|cơ quan chủ quản"
                    + "|giấy phép (?:số|xuất bản|hoạt động)|ghi rõ nguồn|chịu trách nhiệm (?:nội dung|xuất bản)"
                    + "|trưởng ban biên tập|tổng biên tập\\s*:|văn bản liên quan|lượt xem|lượt truy cập)");

    /**
     * Whether a match of {@code pattern} anchored where an input starts can open with {@code c}, for every
     * character below U+2000 (above it: true, not asked). Found by asking the matcher itself: on the character
     * alone, a pattern that could match something longer opening with it runs out of input ({@link
     * Matcher#hitEnd()}); one that cannot fails without reaching the end, and no longer input changes that.
     */
    static boolean[] openingChars(Pattern pattern) {
        boolean[] opens = new boolean[0x2000];
        java.util.regex.Matcher m = pattern.matcher("");
        for (char c = 0; c < opens.length; c++) {
            m.reset(String.valueOf(c));
            opens[c] = m.lookingAt() || m.hitEnd();
        }
        return opens;
    }

    /** Whether {@code opens} (from {@link #openingChars}) allows a match to open with {@code c}. */
    static boolean opens(boolean[] opens, char c) {
        return c >= opens.length || opens[c];
    }

    /** Pagination left by a news list: "1 2 3 4 5  ...", "« 1 2 3 »". */
    public static final Pattern PAGINATION = Pattern.compile("^[«‹<]?\\s*(?:\\d{1,3}\\s+){2,}\\d{0,3}\\s*(?:\\.{3}|…)?\\s*[»›>]?$");

    /** Whether {@link #PAGINATION} can match the line: it opens with "«", "‹", "<", white space or a digit. */
    public static boolean mayBePagination(String line) {
        return !line.isEmpty() && mayOpenPagination(line.charAt(0));
    }

    /** Whether a {@link #PAGINATION} can open with {@code c}. */
    public static boolean mayOpenPagination(char c) {
        return c == '«' || c == '‹' || c == '<' || isRegexSpace(c) || c >= '0' && c <= '9';
    }

    /** {@code \\s} without {@code UNICODE_CHARACTER_CLASS}: the ASCII white space. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * A menu item or breadcrumb of a site's navigation: "Trang chủ", "Giới thiệu", "Liên hệ", "Sơ đồ trang",
     * "Đăng nhập", "Tìm kiếm", "English", "Trang chủ » Tin tức » Chính trị", "Trang chủ / Văn bản". Matched
     * against the lower-cased line.
     */
    public static final Pattern MENU_ITEM = Pattern.compile(
            "^(?:[•·|\\-]\\s*)?(?:trang chủ(?:\\s*[»>/|›].*)?|giới thiệu(?: chung)?|liên hệ|sơ đồ (?:trang|cổng|site)"
                    + "|đăng nhập|đăng ký|đăng xuất|tìm kiếm|english|tiếng việt|hỏi đáp|góp ý|rss|sitemap"
                    + "|tin tức(?: - sự kiện)?|văn bản(?: pháp luật| chỉ đạo điều hành)?|thủ tục hành chính|dịch vụ công(?: trực tuyến)?"
                    + "|video|podcast|multimedia|e-magazine|infographics?|chia sẻ|in trang|in bài(?: viết)?|tải về|quay lại"
                    + "|lên đầu trang)$");

    /** The characters a {@link #MENU_ITEM} can open with (see {@link #openingChars}). */
    static final boolean[] MENU_ITEM_OPENS = openingChars(MENU_ITEM);

    /**
     * A photo caption line, recognised by its credit: "Khách du lịch quốc tế thăm đảo ngọc Cát Bà sau bão Yagi.
     * (Ảnh: Quốc Khánh/ TTXVN)", a credit alone "Ảnh: Minh Hà", or "Ảnh minh họa".
     */
    public static final Pattern PHOTO_CAPTION = Pattern.compile("(?iu)\\((?:ảnh|ảnh minh họa|ảnh minh hoạ|nguồn ảnh|photo)\\s*:[^()\\n]{0,120}\\)\\s*\\.?$"
            + "|^(?:ảnh minh họa|ảnh minh hoạ)\\s*\\.?$|^(?:ảnh|nguồn ảnh)\\s*:[^\\n]{1,80}$");

    /**
     * Whether {@link #PHOTO_CAPTION} can match the line at all: its credit needs a "(", its other forms start the
     * line with "ảnh" or "nguồn" in any case. The pattern is tried at every position, so most lines skip it.
     */
    public static boolean mayBePhotoCaption(String line) {
        if (line.indexOf('(') >= 0) {
            return true;
        }
        if (line.isEmpty()) {
            return false;
        }
        char first = RegexGate.foldCase(line.charAt(0));
        return first == 'ả' || first == 'n';
    }

    /**
     * A source line of a news site: "Nguồn VietnamPlus : https://www.vietnamplus.vn/bay-giai-phap-...vnp",
     * "Nguồn: Báo Hải Phòng". Group "name1"/"name2" is the site, "url1"/"url2" its address if any. "Nguồn lực
     * đầu tư ..." (a sentence) is not a source line: a bare "Nguồn" needs a colon or a URL. A closing "(Theo
     * VnExpress)" is a {@link #BYLINE}; an open "Theo ..." line is left alone ("Theo đề nghị của Sở Nội vụ.").
     */
    public static final Pattern SOURCE_LINE = Pattern.compile(
            "(?iu)^(?:nguồn\\s*:\\s*(?<name1>[^:\\n]{2,60}?)\\s*(?::\\s*)?(?<url1>https?://\\S+)?"
                    + "|nguồn\\s+(?<name2>[^:\\n]{2,60}?)\\s*:\\s*(?<url2>https?://\\S+))\\s*$");

    /** Whether {@link #SOURCE_LINE} can match the line: it opens with an "n" in any case. */
    public static boolean mayBeSourceLine(String line) {
        return !line.isEmpty() && RegexGate.foldCase(line.charAt(0)) == 'n';
    }

    /**
     * A byline of a news agency closing an article: "(Vietnam+)", "(TTXVN)", "(Theo Báo Hải Phòng)". Not the
     * "(Đã ký)" a portal prints above the signer's name.
     */
    public static final Pattern BYLINE = Pattern.compile("^\\((?!(?:đã\\s+)?ký(?![\\p{L}]))(?:theo\\s+)?(?<name>[\\p{L}\\d+.\\- /]{2,40})\\)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * The gap between two columns printed side by side in a PDF converted with its layout: five or more spaces,
     * "ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Nơi nhận:              TM. ỦY BAN NHÂN DÂN".
     */
    public static final Pattern COLUMN_GAP = Pattern.compile("(?<=\\S) {5,}(?=\\S)");

    /** The same gap in a document's first lines, where a tab also separates the cells of a Word header table. */
    public static final Pattern HEADER_COLUMN_GAP = Pattern.compile("(?<=\\S)(?: {5,}|[ ]*\\t[\\t ]*)(?=\\S)");

    /**
     * Where a header run together on one line is cut: before "Số: 1234/QĐ-UBND", before the motto "CỘNG HÒA XÃ
     * HỘI CHỦ NGHĨA VIỆT NAM" / "ĐẢNG CỘNG SẢN VIỆT NAM" / "Độc lập - Tự do - Hạnh phúc", and before the place
     * and date "Nghệ An, ngày 15 tháng 8 năm 2024".
     */
    public static final Pattern RUN_TOGETHER_HEADER_CUT = Pattern.compile(
            "(?<![\\p{L}])(?:Số\\s*:?\\s*(?=\\d{1,5}[a-z]?(?:/\\d{4})?\\s?[/-]\\s?[\\p{Lu}Đ])|(?i:cộng h[òo]à xã hội|đảng cộng sản việt nam|độc lập\\s*[-–]\\s*tự do)"
                    + "|\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){0,3}\\s*,\\s*ngày\\s+\\d{1,2}\\s+tháng)");

    /** A page number alone on its line in a PDF's text: "2", "15". */
    public static final Pattern BARE_PAGE_NUMBER = Pattern.compile("^\\d{1,3}$");

    /** Whether {@link #BARE_PAGE_NUMBER} can match the whole line: one to three characters, the first a digit. */
    public static boolean mayBeBarePageNumber(String line) {
        return !line.isEmpty() && line.length() <= 3 && line.charAt(0) >= '0' && line.charAt(0) <= '9';
    }

    /** A page number or running footer of a PDF: "- 2 -", "Trang 3", "Trang 3/12", "3/12". */
    public static final Pattern PAGE_NUMBER = Pattern.compile("(?iu)^(?:[-–]\\s*\\d{1,3}\\s*[-–]|trang\\s+\\d{1,3}(?:\\s*/\\s*\\d{1,3})?|\\d{1,3}\\s*/\\s*\\d{1,3})$");

    /** Whether {@link #PAGE_NUMBER} can match the line: it opens with a dash, a "t" in any case or a digit. */
    public static boolean mayBePageNumber(String line) {
        if (line.isEmpty()) {
            return false;
        }
        char c = line.charAt(0);
        return c == '-' || c == '–' || c >= '0' && c <= '9' || RegexGate.foldCase(c) == 't';
    }

    /** A bare URL line: "https://www.vietnamplus.vn/...". */
    public static final Pattern URL_LINE = Pattern.compile("^https?://\\S+$");

    // ------------------------------------------------------------------ cleaning: flattened tables

    /** The separator between cells of one scraped line: "Số hiệu | 86/KH-UBND |". */
    public static final Pattern CELL_SEPARATOR = Pattern.compile("\\s*\\|\\s*");

    /**
     * {@code CELL_SEPARATOR.split(line, keepTrailingEmpty ? -1 : 0)} without the regex: a separator is a "|"
     * with the white space around it, which is where the pattern's leftmost, greedy match lies.
     */
    public static String[] splitAtCellSeparators(String line, boolean keepTrailingEmpty) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        int index = 0;
        int pipe;
        while ((pipe = line.indexOf('|', index)) >= 0) {
            int start = pipe;
            while (start > index && isRegexSpace(line.charAt(start - 1))) {
                start--;
            }
            int end = pipe + 1;
            while (end < line.length() && isRegexSpace(line.charAt(end))) {
                end++;
            }
            parts.add(line.substring(index, start));
            index = end;
        }
        if (parts.isEmpty()) {
            return new String[] {line}; // no separator: the line itself, as split gives it
        }
        parts.add(line.substring(index));
        int size = parts.size();
        while (!keepTrailingEmpty && size > 0 && parts.get(size - 1).isEmpty()) {
            size--;
        }
        return parts.subList(0, size).toArray(new String[0]);
    }

    /** The row-number column's header: "TT", "STT", "Số TT", "Số thứ tự". */
    public static final Pattern NUMBER_COLUMN_HEADER = Pattern.compile("(?iu)^(?:s[ốo]\\s*)?(?:tt|stt|thứ tự)\\.?$");

    /** A row-number cell: "1", "21", "4a", "I", "1.2". */
    public static final Pattern ROW_NUMBER = Pattern.compile("^(?:\\d{1,3}[a-z]?|\\d{1,3}(?:\\.\\d{1,3})+|[IVXLC]{1,6})\\.?$");

    /**
     * A line of a scraped site's metadata table: "Số hiệu | 86/KH-UBND |", "Ngày ban hành | 19/03/2020 |",
     * "Loại văn bản | Kế hoạch |", "Cơ quan ban hành | Thành phố Hải Phòng |", "Người ký | Nguyễn Văn Tùng |".
     */
    public static final Pattern SITE_METADATA_ROW = Pattern.compile(
            "(?iu)^(?<key>số hiệu|số ký hiệu|ký hiệu|ngày ban hành|ngày có hiệu lực|ngày hiệu lực|ngày hết hiệu lực|ngày công báo|số công báo"
                    + "|loại văn bản|cơ quan ban hành|nơi ban hành|người ký|chức vụ|lĩnh vực|tình trạng|tình trạng hiệu lực|trích yếu)"
                    + "\\s*[|:]\\s*(?<value>.*?)\\s*\\|?\\s*$");

    // ------------------------------------------------------------------ cleaning: joining broken paragraphs

    /** A paragraph end that closes a sentence or introduces a list: ".", ":", ";", "!", "?", "…", "./.", also before a closing quote or bracket. */
    public static final Pattern TERMINAL_PUNCTUATION = Pattern.compile("[.:;!?…][\\s\"”’)\\]*]*$");

    /** The marks {@link #TERMINAL_PUNCTUATION} opens with. */
    public static final String TERMINAL_PUNCTUATION_MARKS = ".:;!?…";

    /**
     * A paragraph end that a line in lower case cannot continue: ".", ":", "!", "?", "…" (a ";" or "," can:
     * "... của thành phố;" / "nhất là Nghị quyết số 30-NQ/TW ...").
     */
    public static final Pattern SENTENCE_END = Pattern.compile("[.:!?…][\\s\"”’)\\]*]*$");

    /** The marks {@link #SENTENCE_END} opens with. */
    public static final String SENTENCE_END_MARKS = ".:!?…";

    /**
     * The start of a line that finishes a proper name broken by a PDF's wrapping: a capitalised word followed by a
     * comma, a semicolon or a lower-case word, "Thương, Kế hoạch và Đầu tư", "Trung ương Đảng về ...", "Tư pháp
     * rà soát". Not a new sentence opener such as "Các sở, ngành" (the line before must end on a capitalised word).
     */
    public static final Pattern NAME_CONTINUATION = Pattern.compile("^\\p{Lu}\\p{Ll}*(?:[,;]|\\s+\\p{Ll})");

    /**
     * A word a sentence cannot end on before a number, so a line starting with a digit continues it: "... Chỉ thị
     * số" / "05/CT-TTg ngày ...", "... ban hành ngày" / "15/10/2020 ...", "... đạt" / "75 triệu đồng", and a
     * heading in capitals "... GIAI ĐOẠN" / "2021 - 2025".
     */
    public static final Pattern NUMBER_DANGLING_END = Pattern.compile(
            "(?iu)(?:^|\\s)(?:số|ngày|tháng|năm|khoản|điểm|điều|đạt|khoảng|trên|dưới|tối thiểu|từ|đến|giai đoạn|nhiệm kỳ)$");

    /**
     * A word a sentence cannot end on, so a paragraph ending with it continues on the next line even when that
     * line starts with a capital: "... Nghị quyết của Ban" / "Thường vụ Thành ủy về ...".
     */
    public static final Pattern DANGLING_END = Pattern.compile(
            "(?iu)(?:^|\\s)(?:của|và|các|những|với|cho|về|theo|tại|trong|bằng|để|từ|đến|hoặc|nhưng|mà|do|như"
                    + "|của\\s+\\p{Lu}\\p{L}*)$");

    // ------------------------------------------------------------------ labels of the clause tree

    /**
     * Part, chapter, section (of a decree) and article keywords: "Phần I", "PHẦN THỨ HAI"... "Chương I",
     * "CHƯƠNG II. QUY ĐỊNH CHUNG", "Chương I QUY ĐỊNH CHUNG", "Mục 1. PHẠM VI", "Điều 1. Phê duyệt ...",
     * "Điều 12:". Groups: "kw" the keyword, "num" the number as printed. The number must be followed by
     * punctuation, the end of the line or a word in capitals, so "Mục tiêu", "Điều chỉnh quy hoạch", "Phần lớn"
     * and a sentence "Điều 5 Luật Đất đai quy định ..." do not match.
     */
    public static final Pattern KEYWORD_LABEL = Pattern.compile(
            "^(?<kw>Phần|PHẦN|Chương|CHƯƠNG|Mục|MỤC|Điều|ĐIỀU)\\s+(?:thứ\\s+|THỨ\\s+)?"
                    + "(?<num>\\d{1,3}[a-z]?|[IVXLC]{1,6}|[A-Z])(?![\\p{L}\\d])(?:\\s*[.:\\-–]|\\s*$|\\s+(?=\\p{Lu}{2}))");

    /** An appendix heading: "PHỤ LỤC 1", "Phụ lục số 02", "PHỤ LỤC II", "PHỤ LỤC" (group "num" optional). */
    /**
     * Whether a label pattern anchored at the line's start can match it, by its first characters: every line is
     * classified, most are sentences, and each pattern tried is a matcher made and run.
     * {@link #KEYWORD_LABEL} needs one of its keywords, {@link #APPENDIX_LABEL} "PHỤ LỤC" or "Phụ lục",
     * {@link #ROMAN_LABEL} a Roman digit, {@link #ORDINAL_LABEL} the first letter of a number word,
     * {@link #UPPER_LETTER_LABEL} and {@link #LETTER_LABEL} their punctuation right after the letter.
     */
    public static boolean mayBeKeywordLabel(String s) {
        for (String keyword : LABEL_KEYWORDS) {
            if (s.startsWith(keyword)) {
                return true;
            }
        }
        return false;
    }

    private static final String[] LABEL_KEYWORDS = {"Phần", "PHẦN", "Chương", "CHƯƠNG", "Mục", "MỤC", "Điều", "ĐIỀU"};

    /** See {@link #mayBeKeywordLabel}. */
    public static boolean mayBeAppendixLabel(String s) {
        return s.startsWith("PHỤ LỤC") || s.startsWith("Phụ lục");
    }

    /** See {@link #mayBeKeywordLabel}. */
    public static boolean mayBeRomanLabel(String s) {
        return !s.isEmpty() && "IVXLC".indexOf(s.charAt(0)) >= 0;
    }

    /** See {@link #mayBeKeywordLabel}. */
    public static boolean mayBeOrdinalLabel(String s) {
        return !s.isEmpty() && "MHBNSTC".indexOf(s.charAt(0)) >= 0;
    }

    /** See {@link #mayBeKeywordLabel}: ".", ")" (or "/" for a small letter) after the first character. */
    public static boolean mayBeLetterLabel(String s, boolean upper) {
        if (s.length() < 2) {
            return false;
        }
        char punct = s.charAt(1);
        return punct == '.' || punct == ')' || !upper && punct == '/';
    }

    public static final Pattern APPENDIX_LABEL = Pattern.compile(
            "^(?:PHỤ LỤC|Phụ lục|PHỤ LỤC SỐ|Phụ lục số)(?:\\s+(?:SỐ\\s+|số\\s+)?(?<num>\\d{1,3}[a-z]?|[IVXLC]{1,6}|[A-Z]))?(?![\\p{L}\\d])\\s*[.:\\-–]?");

    /**
     * An upper-case Roman numeral label: "I. MỤC ĐÍCH, YÊU CẦU.", "IV. TỔ CHỨC THỰC HIỆN", "II) ...", and with the
     * space lost in typing "II.NHIỆM VỤ". Labels below may likewise touch a capital: "1.Mục đích", "a)Về kinh tế".
     */
    public static final Pattern ROMAN_LABEL = Pattern.compile("^(?<num>[IVXLC]{1,6})[.)](?=\\s|$|\\p{Lu})");

    /**
     * A multi-level decimal label: "2.1. Mở rộng không gian kinh tế", "1.1. Số đại biểu", "2.1 Quan điểm"
     * (trailing dot optional). Later parts have at most two digits so "1.435 mm" and "2.000 người" are not labels.
     */
    public static final Pattern DECIMAL_LABEL = Pattern.compile("^(?<num>\\d{1,3}(?:\\.\\d{1,2})+)(?:\\.?(?=\\s|$)|\\.(?=\\p{Lu}))");

    /** A single-number label: "1. Mục đích.", "3. Cơ cấu lại nền kinh tế", "1.Mục đích". "2020." or "15%" are not labels. */
    public static final Pattern NUMBER_LABEL = Pattern.compile("^(?<num>\\d{1,3})\\.(?=\\s|$|\\p{Lu})");

    /** A number with a closing parenthesis or a slash: "1) Tăng cường ...", "2/ Các chủ đầu tư ...". "1/2 số" and "7/NQ-CP ngày ..." are not. */
    public static final Pattern NUMBER_PAREN_LABEL = Pattern.compile("^(?<num>\\d{1,3})(?<punct>\\)(?=\\s|$|\\p{Lu})|/(?=\\s))");

    /** A number in parentheses, optionally followed by a dot: "(6) Sản lượng hàng hóa ...", "(1). Xây dựng Đảng ...". */
    public static final Pattern PAREN_NUMBER_LABEL = Pattern.compile("^\\((?<num>\\d{1,3})\\)\\.?(?=\\s|$|\\p{Lu})");

    /**
     * A lower-case letter with ")", "." or "/": "a) Về kinh tế", "d. Sở Giao thông vận tải chủ trì, ...", "đ) ...",
     * "b/ Về xã hội". "v.v." is not a label.
     */
    public static final Pattern LETTER_LABEL = Pattern.compile("^(?<num>[a-zđ])(?<punct>[.)](?=\\s|$|\\p{Lu})|/(?=\\s))");

    /** An upper-case letter label: "A. PHẦN MỞ ĐẦU", "B) ...". Roman-looking letters are decided by context. */
    public static final Pattern UPPER_LETTER_LABEL = Pattern.compile("^(?<num>[A-ZĐ])(?<punct>[.)])(?=\\s|$)");

    /** A letter or small Roman numeral in parentheses: "(a) ...", "(ii) ...". */
    public static final Pattern PAREN_LETTER_LABEL = Pattern.compile("^\\((?<num>[a-zđ]|[ivx]{1,5})\\)(?=\\s|$)");

    /** A bullet: "- Triển khai ...", "+ Nghiên cứu ...", "• Từ khoá", "* Kết quả đạt được: ...", "– ...". "-5%" is not. */
    public static final Pattern BULLET_LABEL = Pattern.compile("^(?<num>[-–—+•●○▪■◦*·])(?=\\s*[^\\d\\s-])\\s*");

    /** An ordinal opener: "Một là, tăng cường sự đoàn kết ...", "Mười hai là: ...". */
    public static final Pattern ORDINAL_LABEL = Pattern.compile(
            "^(?<num>(?:Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười)(?:\\s+(?:một|mốt|hai|ba|bốn|tư|lăm|năm|sáu|bảy|tám|chín))?)\\s+là\\s*[,:]");

    // ------------------------------------------------------------------ header

    /** The national motto lines: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HOÀ ...", "Độc lập - Tự do - Hạnh phúc", "ĐẢNG CỘNG SẢN VIỆT NAM". */
    public static final Pattern MOTTO = Pattern.compile(
            "(?iu)cộng h[òo]à xã hội|chủ nghĩa việt nam|độc lập\\s*[-–]\\s*tự do|tự do\\s*[-–]\\s*hạnh phúc|đảng cộng sản việt nam");

    /** Where a {@link #MOTTO} can start: at "cộ", "ch", "độ", "đả" or "tự", in any case. */
    public static final RegexGate.StartTest MOTTO_START = (text, at) -> {
        char c = RegexGate.foldCase(text.charAt(at));
        return c == 'c' && (RegexGate.foldsTo(text, at + 1, 'ộ') || RegexGate.foldsTo(text, at + 1, 'h'))
                || c == 'đ' && (RegexGate.foldsTo(text, at + 1, 'ộ') || RegexGate.foldsTo(text, at + 1, 'ả'))
                || c == 't' && RegexGate.foldsTo(text, at + 1, 'ự');
    };

    /** Whether the line holds a {@link #MOTTO}. */
    public static boolean hasMotto(String line) {
        return RegexGate.find(MOTTO.matcher(line), line, 0, MOTTO_START);
    }

    /**
     * The document's own number: "Số: 86/KH-UBND", "Số 12-NQ/TU", "Số: 1234/QĐ-UBND", "Số: 1234 /QĐ-UBND" (spaces
     * a form left around the slash are removed by the parser). Group "num".
     */
    public static final Pattern OWN_NUMBER = Pattern.compile(
            "^Số\\s*:?\\s*(?<num>\\d{1,5}[a-z]?(?: ?/ ?\\d{4})? ?[/-] ?[\\p{Lu}Đ][\\p{L}\\d]*(?:[/-][\\p{L}\\d]+){0,4})");

    /**
     * A document number anywhere in a sentence: "7/NQ-CP", "96-KL/TW", "86/KH-UBND", "35/2021/QH15",
     * "89/2017/NĐ-CP", "1232/NQ-UBTVQH15".
     */
    public static final Pattern DOCUMENT_NUMBER = Pattern.compile(
            "(?<![\\p{L}\\d/])(?<num>\\d{1,5}[a-z]?(?:/\\d{4})?(?:/|-)(?:[\\p{Lu}Đ]{1,10}\\d{0,3})(?:[/-][\\p{Lu}Đ]{1,12}\\d{0,3}){0,3})(?![\\p{L}\\d])");

    /**
     * The place-and-date line: "Hải Phòng, ngày 19 tháng 3 năm 2020", "Hà Nội, ngày 05 tháng 01 năm 2024".
     * Groups: place, d, m, y.
     */
    public static final Pattern PLACE_DATE = Pattern.compile(
            "^(?<place>\\p{Lu}[\\p{L} .'-]{1,40}?)\\s*,\\s*ngày\\s+(?<d>\\d{1,2})\\s+tháng\\s+(?<m>\\d{1,2})\\s+năm\\s+(?<y>\\d{4})");

    /** A numeric date: "19/03/2020", "1/12/2023", "26-11-2019". Groups d, m, y. */
    public static final Pattern NUMERIC_DATE = Pattern.compile("(?<!\\d)(?<d>\\d{1,2})[/.-](?<m>\\d{1,2})[/.-](?<y>\\d{4})(?!\\d)");

    /** A spelled date: "ngày 19 tháng 3 năm 2020". Groups d, m, y. */
    public static final Pattern SPELLED_DATE = Pattern.compile("(?iu)ngày\\s+(?<d>\\d{1,2})\\s+tháng\\s+(?<m>\\d{1,2})\\s+năm\\s+(?<y>\\d{4})");

    /**
     * The meeting at which a resolution was adopted: "Hội nghị Ban Chấp hành ... họp ngày 01/12/2023",
     * "họp từ ngày 26/9/2025 đến ngày 27/9/2025", "họp ngày 5 tháng 12 năm 2023". Group "date".
     */
    public static final Pattern MEETING_DATE = Pattern.compile(
            "(?iu)\\bhọp\\s+(?:từ\\s+)?ngày\\s+(?<date>\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4}|\\d{1,2}\\s+tháng\\s+\\d{1,2}\\s+năm\\s+\\d{4})");

    /**
     * The opening words of a type line, as documents name themselves: "KẾ HOẠCH", "NGHỊ QUYẾT", "CHƯƠNG TRÌNH
     * HÀNH ĐỘNG", "KẾT LUẬN", "THÔNG BÁO NHANH KẾT QUẢ ĐẠI HỘI ...", "QUYẾT ĐỊNH", "CÔNG VĂN", "CHỈ THỊ", "BÁO
     * CÁO", "TỜ TRÌNH", "HƯỚNG DẪN", "QUY ĐỊNH", "ĐỀ ÁN", "CHƯƠNG TRÌNH", "NGHỊ ĐỊNH", "THÔNG TƯ", "LUẬT".
     * Group "type"; matched case-insensitively against a line that is all capitals.
     */
    public static final Pattern TYPE_LINE = Pattern.compile(
            "(?iu)^(?<type>chương trình hành động|chương trình công tác|chương trình|kế hoạch|nghị quyết|kết luận|thông báo"
                    + "|quyết định|công văn|chỉ thị|báo cáo|tờ trình|hướng dẫn|quy định|quy chế|đề án|nghị định|thông tư|luật"
                    + "|công điện|thông tri|lời kêu gọi)(?![\\p{L}])");

    /**
     * The opening of a signature block: "TM. ỦY BAN NHÂN DÂN", "T/M BAN CHẤP HÀNH", "KT. CHỦ TỊCH",
     * "TL. BỘ TRƯỞNG", "TUQ. GIÁM ĐỐC", "Q. CHỦ TỊCH".
     */
    public static final Pattern SIGNATURE_OPENER = Pattern.compile("^(?:TM|T/M|KT|K/T|TL|T/L|TUQ|Q|Thay mặt|THAY MẶT)\\s*[.:]?\\s+\\p{Lu}");

    /** A signer's position line: "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "BÍ THƯ", "GIÁM ĐỐC", "BỘ TRƯỞNG", "THỦ TƯỚNG". */
    public static final Pattern SIGNER_POSITION = Pattern.compile(
            "(?u)^(?:PHÓ\\s+)?(?:CHỦ TỊCH|BÍ THƯ|GIÁM ĐỐC|BỘ TRƯỞNG|THỦ TƯỚNG|CHÁNH VĂN PHÒNG|TRƯỞNG BAN|CHÁNH ÁN|VIỆN TRƯỞNG|TỔNG CỤC TRƯỞNG|CỤC TRƯỞNG|THỨ TRƯỞNG|TRƯỞNG PHÒNG|CHÁNH THANH TRA)\\b.*$");

    /** The courtesy formula that ends a letter's body: "Trân trọng./.", "Trân trọng cảm ơn!", "Xin trân trọng cảm ơn." */
    public static final Pattern CLOSING_FORMULA = Pattern.compile("(?iu)^(?:xin\\s+)?trân trọng(?:\\s+cảm ơn)?\\s*[./!]*$");

    /** The recipients' list that opens the closing of a document: "Nơi nhận:", "Nơi nhận: |". */
    public static final Pattern RECIPIENTS = Pattern.compile("(?iu)^nơi nhận\\s*:?");

    /**
     * A person's name as signed: two to five capitalised syllables, "Nguyễn Văn Tùng", "Đỗ Mạnh Hiến",
     * "LÊ TIẾN CHÂU". Screened further against body words by the header parser.
     */
    public static final Pattern PERSON_NAME = Pattern.compile("^(?:\\p{Lu}[\\p{Ll}\\p{Lu}]{0,7})(?:\\s+\\p{Lu}[\\p{Ll}\\p{Lu}]{0,7}){1,4}$");

    /** An issuer printed with the short form of its body: "UBND TỈNH HÀ TĨNH", "HĐND HUYỆN ĐÔNG ANH". Group "abbr". */
    public static final Pattern ISSUER_ABBREVIATION = Pattern.compile("^(?<abbr>UBND|HĐND)(?=\\s+\\p{Lu})");

    /** A term of office or meeting number ending an issuer line: "KHÓA XVI", "khoá XII", "NHIỆM KỲ 2020 - 2025", "LẦN THỨ 14". */
    public static final Pattern ISSUER_TAIL = Pattern.compile("(?iu)\\s*,?\\s+(?:kh[óo]a|nhiệm kỳ)\\s+[\\dIVXLC].*$");

    /**
     * A locality named after its kind: "thành phố Hải Phòng", "tỉnh Quảng Ninh", "Thành phố Hải Phòng",
     * "huyện Đông Anh", "quận Ba Đình", "thị xã Sơn Tây". Group "kind" and "name" (capitalised words).
     */
    public static final Pattern LOCALITY = Pattern.compile(
            "(?<![\\p{L}\\d])(?<kind>[Tt]hành phố|[Tt]ỉnh|[Hh]uyện|[Qq]uận|[Tt]hị xã) (?<name>\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){0,3})");

    /**
     * Where a {@link #LOCALITY} can start: the first two letters of its kind word ("th", "tỉ", "hu", "qu") after
     * no letter or digit.
     */
    public static final RegexGate.StartTest LOCALITY_START = RegexGate.startingWith("TtHhQq", "hỉu", (text, at) -> {
        char c = text.charAt(at);
        if (at + 1 >= text.length()) {
            return false;
        }
        char next = text.charAt(at + 1);
        boolean kind = (c == 'T' || c == 't') && (next == 'h' || next == 'ỉ')
                || (c == 'H' || c == 'h' || c == 'Q' || c == 'q') && next == 'u';
        if (!kind || at == 0) {
            return kind;
        }
        char before = text.charAt(at - 1);
        return !(before >= '0' && before <= '9') && !RegexGate.letterBefore(text, at);
    });

    /** A publication stamp of a web page: "12/03/2024 08:30", "Thứ Hai, 12/03/2024 - 08:30 (GMT+7)", "Cập nhật: 12/03/2024". */
    public static final Pattern PUBLISHED_STAMP = Pattern.compile(
            "(?iu)^(?:(?:thứ\\s+\\p{L}+|chủ nhật)\\s*,?\\s*)?(?:cập nhật|đăng(?: ngày)?|ngày đăng|xuất bản)?\\s*:?\\s*"
                    + "\\d{1,2}/\\d{1,2}/\\d{4}(?:\\s*[-|,]?\\s*\\d{1,2}:\\d{2}(?::\\d{2})?)?\\s*(?:\\(GMT\\s*[+-]\\s*\\d+\\))?$");

    /** Whether {@link #PUBLISHED_STAMP} can match the line: its date needs a "/". */
    public static boolean mayBePublishedStamp(String line) {
        return line.indexOf('/') >= 0;
    }

    /** Where a {@link #PHOTO_CAPTION} can start: at the line's start (its anchored forms) or at a "(". */
    public static final RegexGate.StartTest PHOTO_CAPTION_START = (text, at) -> at == 0 || text.charAt(at) == '(';

    /**
     * The opening words of a body as an issuer or a sentence's subject: "ỦY BAN NHÂN DÂN", "UBND THÀNH PHỐ HÀ
     * NỘI", "SỞ XÂY DỰNG", "BAN THƯỜNG VỤ THÀNH ỦY", "CỦA BAN THƯỜNG VỤ THÀNH ỦY", "Đại hội đại biểu Đảng bộ ...".
     */
    public static final Pattern BODY_START = Pattern.compile(
            "(?iu)^(?:của\\s+)?(?:ủy ban|uỷ ban|ubnd|hội đồng|ban |bộ |sở |cục |tổng cục|chính phủ|thủ tướng|quốc hội|văn phòng"
                    + "|thành ủy|thành uỷ|tỉnh ủy|tỉnh uỷ|huyện ủy|quận ủy|đảng ủy|đảng bộ|đại hội|hội nghị|đoàn |liên đoàn|mặt trận|tòa án|viện kiểm sát)");

    /** "của " opening an issuer line under the type line: "CỦA BAN THƯỜNG VỤ THÀNH ỦY". */
    public static final Pattern LEADING_CUA = Pattern.compile("(?iu)^của\\s+");

    /** A proper place name ending the text before a spelled date: "Hải Phòng" in "Số: 12/QĐ-UBND Hải Phòng, ". */
    public static final Pattern TRAILING_PLACE = Pattern.compile("(\\p{Lu}\\p{Ll}*(?:\\s+\\p{Lu}\\p{Ll}*){0,3})[,\\s]*$");

    /** Folded words that show a capitalised line is a body or a header, not a signer's name: "nhan dan", "cong hoa". */
    public static final Pattern NOT_A_NAME = Pattern.compile("\\b(?:nhan dan|thanh pho|cong hoa|viet nam|noi nhan|da ky)\\b");

    /**
     * Words that open the body of a document, never its subject: "Căn cứ Luật Tổ chức chính quyền địa phương ...",
     * "Kính gửi: ...", "Xét Tờ trình số ...", "Theo đề nghị của ...".
     */
    public static final Pattern BODY_OPENER = Pattern.compile("(?iu)^(?:căn cứ|kính gửi|xét|theo đề nghị|thừa lệnh)(?![\\p{L}])");

    /** The subject line of an official letter (công văn): "V/v hướng dẫn thực hiện ...", "V/v: báo cáo ...". */
    public static final Pattern LETTER_SUBJECT = Pattern.compile("(?iu)^v/v\\b");

    /** The addressee line of a letter: "Kính gửi: Ủy ban nhân dân các quận, huyện". */
    public static final Pattern ADDRESSEE = Pattern.compile("(?iu)^kính gửi\\s*:?");

    /**
     * The type code inside a document number, group "code": "KH" in "86/KH-UBND", "QĐ" in "1234/QĐ-UBND", "NQ" in
     * "45-NQ/TW" and "7/NQ-CP", "CTr" in "76-CTr/TU".
     */
    public static final Pattern NUMBER_TYPE_CODE = Pattern.compile("^\\d+[a-z]?(?:/\\d{4})?[/-](?<code>[\\p{L}]+)");

    /** A dot between the parts of a decimal label or row number: "2.1" → ["2", "1"]. */
    public static final Pattern DOT = Pattern.compile("\\.");

    /** Combining marks left after NFD decomposition, removed to make ASCII path segments. */
    public static final Pattern COMBINING_MARK = Pattern.compile("\\p{M}+");

    /** Trailing dots of a printed row number: "4." → "4". */
    public static final Pattern TRAILING_DOTS = Pattern.compile("\\.+$");

    /** Anything but digits, to read the three numbers of a spelled date. */
    public static final Pattern NON_DIGITS = Pattern.compile("[^0-9]+");

    /** Runs of whitespace. */
    public static final Pattern WHITESPACE = Pattern.compile("\\s+");
}
