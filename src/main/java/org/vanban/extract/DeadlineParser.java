package org.vanban.extract;

import static org.vanban.extract.ExtractPatterns.BEFORE;
import static org.vanban.extract.ExtractPatterns.CELL_END_PUNCTUATION;
import static org.vanban.extract.ExtractPatterns.DATE;
import static org.vanban.extract.ExtractPatterns.DATE_WITHOUT_YEAR;
import static org.vanban.extract.ExtractPatterns.HALF_YEAR;
import static org.vanban.extract.ExtractPatterns.HORIZON;
import static org.vanban.extract.ExtractPatterns.DEADLINE_YEAR_DIGITS;
import static org.vanban.extract.ExtractPatterns.MARKED_DEADLINE;
import static org.vanban.extract.ExtractPatterns.MARKED_DEADLINE_WORDS;
import static org.vanban.extract.ExtractPatterns.MONTH;
import static org.vanban.extract.ExtractPatterns.ONGOING;
import static org.vanban.extract.ExtractPatterns.PREPOSED_DEADLINE;
import static org.vanban.extract.ExtractPatterns.PREPOSED_DEADLINE_WORDS;
import static org.vanban.extract.ExtractPatterns.PROSE_RECURRING;
import static org.vanban.extract.ExtractPatterns.PROSE_RECURRING_START;
import static org.vanban.extract.ExtractPatterns.PROSE_RECURRING_WORDS;
import static org.vanban.extract.ExtractPatterns.TRAILING_DEADLINE;
import static org.vanban.extract.ExtractPatterns.TRAILING_DEADLINE_START;
import static org.vanban.extract.ExtractPatterns.trailingDeadlineStart;
import static org.vanban.extract.ExtractPatterns.QUARTER;
import static org.vanban.extract.ExtractPatterns.RECURRING;
import static org.vanban.extract.ExtractPatterns.SINGLE_YEAR;
import static org.vanban.extract.ExtractPatterns.YEAR_RANGE;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;

import org.vanban.domain.Deadline;
import org.vanban.domain.DeadlineKind;
import org.vanban.parse.RegexGate;
import org.vanban.parse.VietnameseText;

/**
 * Reads a deadline as written and resolves it to a date range. Pure: it knows no clock; forms without a year
 * ("Quý IV", "trong tháng 12") resolve against the reference date passed in, or stay unresolved without one.
 */
public final class DeadlineParser {

    /** A deadline cell or phrase with no reference date. */
    public Deadline parse(String text) {
        return parse(text, null);
    }

    /**
     * Reads text that is a deadline as a whole (a table's "Thời gian" cell): "Quý IV/2021", "2021 - 2025",
     * "Định kỳ hàng năm", "Trong quá trình thực hiện Nghị quyết".
     */
    public Deadline parse(String text, LocalDate reference) {
        if (text == null || text.isBlank()) {
            return Deadline.none();
        }
        String written = CELL_END_PUNCTUATION.matcher(VietnameseText.collapseWhitespace(VietnameseText.nfc(text)))
                .replaceAll("");
        if (HORIZON.matcher(written).find()) {
            return Deadline.none();
        }
        if (RECURRING.matcher(written).find()) {
            return new Deadline(written, null, null, DeadlineKind.RECURRING);
        }
        if (ONGOING.matcher(written).find()) {
            return new Deadline(written, null, null, DeadlineKind.ONGOING);
        }
        Range range = resolve(written, reference);
        if (range == null) {
            return Deadline.none();
        }
        return new Deadline(written, range.from, range.to, DeadlineKind.FIXED);
    }

    /**
     * Finds a deadline stated inside prose by its marker ("hoàn thành trong tháng 3/2020", "trước ngày
     * 30/6/2025"), a preposition and a full date or period ("báo cáo trong Quý IV năm 2024"), standing alone at
     * the end of the sentence ("...; Quý II năm 2025.") or recurring ("định kỳ hằng tháng báo cáo"); a year or period mentioned without a marker ("giai đoạn 2021 - 2030", "đến năm 2030, tầm nhìn
     * đến năm 2045") is no deadline.
     */
    public Deadline find(String text, LocalDate reference) {
        if (text == null) {
            return Deadline.none();
        }
        int digits = RegexGate.longestDigitRun(text, DEADLINE_YEAR_DIGITS); // only 0, some, or a year's worth count
        if (digits > 0) {
            Matcher marked = MARKED_DEADLINE.matcher(text);
            if (RegexGate.findAtWords(marked, text, 0, MARKED_DEADLINE_WORDS, null)) {
                Deadline fixed = fixed(text.substring(marked.start(), marked.end()), reference);
                if (fixed != null) {
                    return fixed;
                }
            }
        }
        if (digits >= DEADLINE_YEAR_DIGITS) {
            Matcher preposed = PREPOSED_DEADLINE.matcher(text);
            if (RegexGate.findAtWords(preposed, text, 0, PREPOSED_DEADLINE_WORDS, null)) {
                Deadline fixed = fixed(text.substring(preposed.start(), preposed.end()), reference);
                if (fixed != null) {
                    return fixed;
                }
            }
            String stripped = text.strip();
            Matcher trailing = TRAILING_DEADLINE.matcher(stripped);
            if (RegexGate.find(trailing, stripped, trailingDeadlineStart(stripped), TRAILING_DEADLINE_START)) {
                Deadline fixed = fixed(trailing.group(1), reference);
                if (fixed != null) {
                    return fixed;
                }
            }
        }
        Matcher recurring = PROSE_RECURRING.matcher(text);
        if (RegexGate.findAtWords(recurring, text, 0, PROSE_RECURRING_WORDS, PROSE_RECURRING_START)) {
            return new Deadline(VietnameseText.collapseWhitespace(recurring.group()), null, null,
                    DeadlineKind.RECURRING);
        }
        return Deadline.none();
    }

    private Deadline fixed(String phrase, LocalDate reference) {
        String written = VietnameseText.collapseWhitespace(phrase);
        Range range = resolve(written, reference);
        return range == null ? null : new Deadline(written, range.from, range.to, DeadlineKind.FIXED);
    }

    private record Range(LocalDate from, LocalDate to) {
    }

    private Range resolve(String s, LocalDate reference) {
        try {
            Range range = resolveFixed(s, reference);
            if (range != null && BEFORE.matcher(s).find() && reference != null && reference.isBefore(range.to)) {
                return new Range(reference, range.to);
            }
            return range;
        } catch (DateTimeException | NumberFormatException e) {
            return null; // "31/02/2025": not a date
        }
    }

    private Range resolveFixed(String s, LocalDate reference) {
        Integer refYear = reference == null ? null : reference.getYear();
        Matcher m = QUARTER.matcher(s);
        if (m.find()) {
            Integer year = m.group(2) != null ? Integer.valueOf(m.group(2)) : refYear;
            if (year == null) {
                return null;
            }
            int q = quarter(m.group(1));
            LocalDate from = LocalDate.of(year, (q - 1) * 3 + 1, 1);
            return new Range(from, from.plusMonths(3).minusDays(1));
        }
        m = HALF_YEAR.matcher(s);
        if (m.find()) {
            Integer year = m.group(2) != null ? Integer.valueOf(m.group(2)) : refYear;
            if (year == null) {
                return null;
            }
            return m.group(1).equalsIgnoreCase("đầu")
                    ? new Range(LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30))
                    : new Range(LocalDate.of(year, 7, 1), LocalDate.of(year, 12, 31));
        }
        m = DATE.matcher(s);
        if (m.find()) {
            LocalDate day = LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(1)));
            return new Range(day, day);
        }
        m = DATE_WITHOUT_YEAR.matcher(s);
        if (m.find()) {
            if (refYear == null) {
                return null;
            }
            LocalDate day = LocalDate.of(refYear, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            return new Range(day, day);
        }
        m = MONTH.matcher(s);
        if (m.find()) {
            Integer year = m.group(2) != null ? Integer.valueOf(m.group(2)) : refYear;
            if (year == null) {
                return null;
            }
            YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(1)));
            return new Range(month.atDay(1), month.atEndOfMonth());
        }
        m = YEAR_RANGE.matcher(s);
        if (m.find()) {
            int from = Integer.parseInt(m.group(1));
            int to = Integer.parseInt(m.group(2));
            if (to < from) {
                return null;
            }
            return new Range(LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31));
        }
        m = SINGLE_YEAR.matcher(s);
        if (m.find()) {
            int year = Integer.parseInt(m.group(1));
            return new Range(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        return null;
    }

    private static int quarter(String q) {
        return switch (q.toUpperCase()) {
            case "I", "1" -> 1;
            case "II", "2" -> 2;
            case "III", "3" -> 3;
            default -> 4;
        };
    }
}
