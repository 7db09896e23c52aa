package org.vanban.extract;

import java.util.function.IntPredicate;
import java.util.regex.Pattern;

import org.vanban.parse.RegexGate;

/**
 * Every regular expression of the extract stage, named, with real examples. All are applied to NFC text and
 * are case-insensitive unless stated.
 */
public final class ExtractPatterns {

    private ExtractPatterns() {
    }

    private static Pattern ci(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    }

    private static final String ROMAN_QUARTER = "(IV|III|II|I|[1-4])";
    private static final String YEAR = "((?:19|20)\\d{2})";

    // ------------------------------------------------------------------ deadlines

    /**
     * Punctuation closing a deadline cell, dropped from what is kept as written: "Quý IV/2021." gives "Quý
     * IV/2021", "Năm 2025;|" gives "Năm 2025". Case-sensitive (compiled once; String.replaceAll compiled it
     * for every cell).
     */
    public static final Pattern CELL_END_PUNCTUATION = Pattern.compile("[.;,|]+$");

    /** "Quý IV/2021", "quý I năm 2022", "Quý 3 - 2020", "quý II" (year from the reference date). */
    public static final Pattern QUARTER = ci("quý\\s*" + ROMAN_QUARTER + "\\b(?:\\s*(?:/|-|–|năm)\\s*" + YEAR + ")?");

    /** "6 tháng đầu năm 2024", "6 tháng cuối năm 2025". */
    public static final Pattern HALF_YEAR = ci("6\\s+tháng\\s+(đầu|cuối)\\s+năm(?:\\s+" + YEAR + ")?");

    /** "30/6/2025", "ngày 30/6/2025", "31.12.2024", "ngày 19 tháng 3 năm 2020". */
    public static final Pattern DATE = ci("(?:ngày\\s+)?(\\d{1,2})\\s*(?:[/.-]|\\s+tháng\\s+)\\s*(\\d{1,2})"
            + "\\s*(?:[/.-]|\\s+năm\\s+)\\s*" + YEAR);

    /** "trước ngày 30/6": a day without a year (year from the reference date). */
    public static final Pattern DATE_WITHOUT_YEAR = ci("ngày\\s+(\\d{1,2})\\s*(?:/|\\s+tháng\\s+)\\s*(\\d{1,2})\\b(?!\\s*[/.-]\\s*\\d)");

    /** "tháng 01/2024", "trong tháng 3/2020", "tháng 3 năm 2020", "tháng 12" (year from the reference date). */
    public static final Pattern MONTH = ci("tháng\\s+(\\d{1,2})(?:\\s*(?:/|-|năm)\\s*" + YEAR + ")?\\b");

    /** "2021 - 2025", "2021-2025", "giai đoạn 2021 – 2025", "từ năm 2021 đến năm 2025". */
    public static final Pattern YEAR_RANGE = ci(YEAR + "\\s*(?:-|–|đến(?:\\s+năm)?)\\s*" + YEAR);

    /** "năm 2026", "trong năm 2026", "2026". */
    public static final Pattern SINGLE_YEAR = ci("(?:năm\\s+)?" + YEAR + "\\b");

    /** "hằng năm", "Định kỳ hàng năm", "Định kỳ báo cáo hàng năm", "hằng quý", "định kỳ 6 tháng". */
    public static final Pattern RECURRING = ci("\\b(?:hằng|hàng)\\s+(?:năm|quý|tháng|tuần|ngày)|định\\s+kỳ|mỗi\\s+(?:năm|quý|tháng)");

    /** "thường xuyên", "Trong quá trình thực hiện Nghị quyết", "Trong thời gian thực hiện Nghị quyết", "liên tục". */
    public static final Pattern ONGOING = ci("thường\\s+xuyên|liên\\s+tục|trong\\s+(?:quá\\s+trình|thời\\s+gian)\\s+"
            + "(?:tổ\\s+chức\\s+)?(?:thực\\s+hiện|triển\\s+khai)|suốt\\s+(?:nhiệm\\s+kỳ|giai\\s+đoạn)");

    /** A target horizon, not a deadline: "đến năm 2030, tầm nhìn đến năm 2045", "định hướng đến năm 2030". */
    public static final Pattern HORIZON = ci("tầm\\s+nhìn|định\\s+hướng\\s+đến");

    /** "trước ngày 30/6/2025", "chậm nhất ngày 15/12/2024", "trước 31/12": the end is the day named. */
    public static final Pattern BEFORE = ci("trước|chậm\\s+nhất|không\\s+quá");

    /**
     * A deadline stated inside prose, introduced by a marker: "hoàn thành trong tháng 3/2020", "trước ngày
     * 30/6/2025", "chậm nhất ngày 15/12/2024", "thời hạn hoàn thành: Quý IV/2021", "xong trước Quý II/2022".
     * Group 1 is the deadline expression.
     */
    public static final Pattern MARKED_DEADLINE = ci("(?:hoàn\\s+thành|xong|thời\\s+hạn(?:\\s+hoàn\\s+thành)?\\s*:?"
            + "|chậm\\s+nhất(?:\\s+là)?|trước\\s+ngày)\\s*((?:(?:trong|trước|vào|trong\\s+năm|ngày|là)\\s+)*"
            + "(?:quý\\s*(?:IV|III|II|I|[1-4])\\s*(?:/|-|năm)\\s*\\d{4}"
            + "|\\d{1,2}\\s*/\\s*\\d{1,2}(?:\\s*/\\s*\\d{4})?"
            + "|tháng\\s+\\d{1,2}(?:\\s*(?:/|năm)\\s*\\d{4})?"
            + "|năm\\s+\\d{4}))");

    /**
     * {@link #MARKED_DEADLINE} opens with one of these words and holds a digit: most clauses have neither, and a
     * substring search is far cheaper than the pattern tried at every position.
     */
    public static final RegexGate.Openings MARKED_DEADLINE_WORDS = RegexGate.openings("hoàn", "xong", "thời", "chậm", "trước");

    private static final String DEADLINE_WITH_YEAR = "(?:quý\\s*(?:IV|III|II|I|[1-4])\\s*(?:/|-|năm)\\s*\\d{4}"
            + "|\\d{1,2}\\s*/\\s*\\d{1,2}\\s*/\\s*\\d{4}"
            + "|tháng\\s+\\d{1,2}\\s*(?:/|năm)\\s*\\d{4}"
            + "|6\\s+tháng\\s+(?:đầu|cuối)\\s+năm\\s+\\d{4})";

    /**
     * A deadline in prose after a preposition, with its year: "báo cáo Ủy ban nhân dân tỉnh trong Quý IV năm
     * 2024", "trình Ủy ban nhân dân tỉnh trước 30/6/2025", "báo cáo kết quả trong tháng 9/2025".
     */
    public static final Pattern PREPOSED_DEADLINE = ci("(?:trước|chậm\\s+nhất(?:\\s+là)?|trong|vào)\\s+(?:ngày\\s+)?"
            + DEADLINE_WITH_YEAR);

    /** {@link #PREPOSED_DEADLINE} opens with one of these words and holds a year of {@value #DEADLINE_YEAR_DIGITS} digits. */
    public static final RegexGate.Openings PREPOSED_DEADLINE_WORDS = RegexGate.openings("trước", "chậm", "trong", "vào");

    /** The digits of the year that {@link #PREPOSED_DEADLINE} and {@link #TRAILING_DEADLINE} require. */
    public static final int DEADLINE_YEAR_DIGITS = 4;

    /**
     * Where a {@link #TRAILING_DEADLINE} can start: at the last ";" or "," of the text, since nothing the pattern
     * reads after that separator is one, and it must reach the end of the text.
     */
    public static int trailingDeadlineStart(String text) {
        return Math.max(0, Math.max(text.lastIndexOf(';'), text.lastIndexOf(',')));
    }

    /** The separators a {@link #TRAILING_DEADLINE} starts with. */
    public static final IntPredicate TRAILING_DEADLINE_START = c -> c == ';' || c == ',';

    /**
     * A deadline standing alone as the last part of a sentence: "...; Quý II năm 2025.", "...; 6 tháng đầu năm
     * 2025 hoàn thành.", "...; năm 2025.", "...; trong năm 2025". Group 1 is the deadline.
     */
    public static final Pattern TRAILING_DEADLINE = ci("[;,]\\s*((?:(?:hoàn\\s+thành|thực\\s+hiện)\\s+)?(?:trong\\s+|trước\\s+|vào\\s+)?"
            + "(?:" + DEADLINE_WITH_YEAR.substring(3, DEADLINE_WITH_YEAR.length() - 1) + "|năm\\s+\\d{4}))"
            + "(?:\\s+(?:hoàn\\s+thành|và\\s+các\\s+năm\\s+tiếp\\s+theo))?\\s*[./]*\\s*$");

    /**
     * A recurring deadline in prose: introduced by "định kỳ" ("định kỳ hằng tháng báo cáo", "báo cáo định kỳ hằng
     * tuần", "định kỳ 6 tháng, hằng năm tổng hợp") or closing a sentence ("thực hiện hằng năm.", "báo cáo kết quả
     * hằng quý."). A recurrence qualifying a noun is none: "các nghị quyết phát triển kinh tế - xã hội hàng năm
     * và ...", "trong chương trình, kế hoạch hàng năm, 5 năm".
     */
    public static final Pattern PROSE_RECURRING = ci("định\\s+kỳ\\s+(?:(?:hằng|hàng)\\s+(?:năm|quý|tháng|tuần)\\b"
            + "|(?:\\d+|sáu|ba)\\s+tháng)|(?:hằng|hàng)\\s+(?:năm|quý|tháng|tuần)(?=\\s*(?:[.;]|$))");

    /** {@link #PROSE_RECURRING} opens with one of these words. */
    public static final RegexGate.Openings PROSE_RECURRING_WORDS = RegexGate.openings("định", "hằng", "hàng");

    /** Where a {@link #PROSE_RECURRING} can start: at the "đị" of "định" or the "hằ", "hà" of "hằng", "hàng". */
    public static final RegexGate.StartTest PROSE_RECURRING_START = (text, at) -> {
        char folded = RegexGate.foldCase(text.charAt(at));
        return folded == 'đ' && RegexGate.foldsTo(text, at + 1, 'ị')
                || folded == 'h' && (RegexGate.foldsTo(text, at + 1, 'ằ') || RegexGate.foldsTo(text, at + 1, 'à'));
    };

    // ------------------------------------------------------------------ tasks

    /**
     * An apposition naming the actor's role before its work: "Công an tỉnh là cơ quan thường trực, có trách
     * nhiệm ...", "Sở Nội vụ là cơ quan đầu mối, ...", "Văn phòng Bộ là đầu mối tổng hợp, báo cáo ...".
     */
    public static final Pattern ROLE_APPOSITION = ci("^[\\s,]*là\\s+(?:(?:cơ\\s+quan|đơn\\s+vị)\\s+)?(?:thường\\s+trực|đầu\\s+mối|tham\\s+mưu)"
            + "[^,;:.]{0,80}[,;]?\\s*");

    /** The closing line of a letter: "Ủy ban nhân dân tỉnh thông báo để các đơn vị biết, thực hiện./." */
    public static final Pattern NOTICE_CLOSING = ci("thông\\s+báo\\s+(?:để|cho)\\s+[^.;]{0,60}\\bbiết");

    /** {@link #NOTICE_CLOSING} holds this word. */
    public static final RegexGate.Openings NOTICE_CLOSING_WORDS = RegexGate.openings("biết");

    /** "chủ trì", "Chủ trì," after the lead agencies: "Sở Tài chính chủ trì, phối hợp với ...". */
    public static final Pattern LEAD_MARKER = ci("^\\s*(?:là\\s+cơ\\s+quan\\s+)?chủ\\s+trì\\b[\\s,]*");

    /** "phối hợp với", ", phối hợp", "phối hợp chặt chẽ với", "và phối hợp cùng" before cooperating agencies. */
    public static final Pattern COOPERATION_MARKER = ci("^[\\s,;]*(?:và\\s+)?(?:chủ\\s+động\\s+)?phối\\s+hợp"
            + "(?:\\s+(?:chặt\\s+chẽ|tốt))?(?:\\s+(?:với|cùng))?\\s*");

    /** "có trách nhiệm", "chịu trách nhiệm", "có nhiệm vụ", "được giao" after the subject. */
    public static final Pattern RESPONSIBILITY_MARKER = ci("^[\\s,]*(?:có\\s+trách\\s+nhiệm|chịu\\s+trách\\s+nhiệm"
            + "|có\\s+nhiệm\\s+vụ|được\\s+giao|căn\\s+cứ\\s+chức\\s+năng,?\\s+nhiệm\\s+vụ(?:\\s+được\\s+giao)?,?)\\s*");

    /**
     * A verb that hands work to the agencies after it: "Giao Sở Y tế ...", "UBND tỉnh giao Sở Tài chính ...",
     * "Đại hội ... giao Ban Chấp hành ...", "Thủ tướng yêu cầu Bộ Công an ...", "đề nghị các sở, ngành ...".
     */
    public static final Pattern ASSIGN_VERB = ci("(?<![\\p{L}])(?<!được\\s)(?<!bàn\\s)(?:giao|yêu\\s+cầu|đề\\s+nghị)\\s+(?:cho\\s+)?");

    /** {@link #ASSIGN_VERB} opens with one of these words (after its lookbehinds). */
    public static final RegexGate.Openings ASSIGN_VERB_WORDS = RegexGate.openings("giao", "yêu", "đề");

    /** Where an {@link #ASSIGN_VERB} can start: at "gi", "yê" or "đề", in any case, after no letter. */
    public static final RegexGate.StartTest ASSIGN_VERB_START = (text, at) -> {
        char folded = RegexGate.foldCase(text.charAt(at));
        boolean verb = folded == 'g' && RegexGate.foldsTo(text, at + 1, 'i')
                || folded == 'y' && RegexGate.foldsTo(text, at + 1, 'ê')
                || folded == 'đ' && RegexGate.foldsTo(text, at + 1, 'ề');
        return verb && !RegexGate.letterBefore(text, at);
    };

    /**
     * The end of a sentence that announces what follows: "... với các nội dung cụ thể như sau:", "... tổ chức
     * triển khai 7 nhiệm vụ giải pháp sau:", "... các nội dung:".
     */
    public static final Pattern ANNOUNCEMENT = ci(":\\s*$");

    /** "1. Nhiệm vụ chung của các Sở, ngành, ...", "Trách nhiệm của các cơ quan", "Một số nhiệm vụ cụ thể của". */
    public static final Pattern DUTY_HEADING = ci("^(?:một\\s+số\\s+)?(?:nhiệm\\s+vụ|trách\\s+nhiệm)(?:\\s+(?:chung|cụ\\s+thể|chủ\\s+yếu))?"
            + "\\s+(?:của|cho|đối\\s+với)\\s+");

    /** The closing clause of a decision: "... chịu trách nhiệm thi hành Quyết định này./." */
    public static final Pattern CLOSING_CLAUSE = ci("chịu\\s+trách\\s+nhiệm\\s+(?:thi\\s+hành|thực\\s+hiện)\\s+(?:Quyết\\s+định|Chỉ\\s+thị|Nghị\\s+quyết)\\s+này");

    /** {@link #CLOSING_CLAUSE} opens with this word. */
    public static final RegexGate.Openings CLOSING_CLAUSE_WORDS = RegexGate.openings("chịu");

    /** Recipients, not assignments: "Kính gửi:", "Nơi nhận:". */
    public static final Pattern RECIPIENTS = ci("^\\s*(?:kính\\s+gửi|nơi\\s+nhận)\\b");

    /** Approvals and decisions that assign nothing: "Đồng ý chủ trương ...", "Phê duyệt Đề án ...", "Thông qua ...". */
    public static final Pattern APPROVAL = ci("^\\s*(?:đồng\\s+ý|phê\\s+duyệt|thông\\s+qua|ban\\s+hành\\s+kèm\\s+theo|bãi\\s+bỏ)\\b");

    /**
     * Words after a subject that make it no actor of a task: a report ("đã triển khai"), a passive ("được"),
     * a description ("là", "trở thành"), a target ("đạt").
     */
    public static final Pattern NOT_AN_ASSIGNMENT = ci("^[\\s,]*(?:đã|đang|được|bị|là|trở\\s+thành|đạt|vừa|cũng\\s+đã|gồm|có(?!\\s+(?:trách\\s+nhiệm|nhiệm\\s+vụ)))\\b");

    /** An adverbial opening before the subject: "Trong quá trình tổ chức thực hiện, các Sở ...". */
    public static final Pattern LEADING_ADVERBIAL = ci("^\\s*(?:trong\\s+quá\\s+trình|trong\\s+thời\\s+gian|căn\\s+cứ|hằng\\s+năm|hàng\\s+năm|định\\s+kỳ)[^,:;.]{0,120},\\s*");

    /**
     * Sections that report past work; their items are no tasks: "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2023",
     * "Đánh giá tình hình thực hiện Nghị quyết", "1. Tình hình thực hiện".
     */
    public static final Pattern REPORT_SECTION = ci("^\\s*(?:[\\p{L}\\d]{1,5}[.)]\\s*)*(?:kết\\s+quả\\s+thực\\s+hiện"
            + "|tình\\s+hình\\s+thực\\s+hiện|đánh\\s+giá\\s+(?:tình\\s+hình|kết\\s+quả))");

    /**
     * Sections that set targets or purposes; their items are no tasks: "II. MỘT SỐ CHỈ TIÊU CHỦ YẾU", "2.4. Các
     * chỉ tiêu về công tác xây dựng Đảng", "1. Mục đích" (but "II. MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP" assigns work,
     * see {@link #ASSIGNING_WORDS}).
     */
    public static final Pattern TARGET_SECTION = ci("^\\s*(?:[\\p{L}\\d]{1,5}[.)]\\s*)*(?:một\\s+số\\s+|các\\s+)?"
            + "(?:chỉ\\s+tiêu|mục\\s+tiêu|mục\\s+đích|yêu\\s+cầu)");

    /** Words that make a section heading one of work: "nhiệm vụ", "giải pháp", "phân công", "tổ chức thực hiện". */
    public static final Pattern ASSIGNING_WORDS = ci("nhiệm\\s+vụ|giải\\s+pháp|phân\\s+công|tổ\\s+chức\\s+thực\\s+hiện");

    /**
     * "Phối hợp với Bộ Khoa học và Công nghệ nghiên cứu ..." or "Chủ trì, phối hợp với Sở Nội vụ rà soát ..."
     * opening an item of a list headed by its lead.
     */
    public static final Pattern COOPERATION_OPENING = ci("^\\s*(?:chủ\\s+trì\\s*,?\\s*)?(?:chủ\\s+động\\s+)?phối\\s+hợp(?:\\s+(?:chặt\\s+chẽ|tốt))?\\s+(?:với|cùng)\\s+");

    // ------------------------------------------------------------------ tables and what follows the actors
    // (compiled here once; String.matches and replaceAll compiled them again for every clause)

    /** The pipes a flattened table leaves at a cell's edges: "| Sở Tài chính |". Case-sensitive. */
    public static final Pattern CELL_EDGE_PIPES = Pattern.compile("^\\|+|\\|+$");

    /**
     * A header cell of a table's lead column, on a folded phrase key: "co quan chu tri", "don vi chu tri thuc
     * hien", "chu tri". Case-sensitive, matched whole.
     */
    public static final Pattern HEADER_CELL_WORDS = Pattern.compile(".*\\b(chu tri|co quan|don vi)\\b.*");

    /** What may follow a heading's actors: nothing, or ":", ";", "." only. Case-sensitive, matched whole. */
    public static final Pattern ONLY_CLOSING_PUNCTUATION = Pattern.compile("^[:;.]*$");
}
