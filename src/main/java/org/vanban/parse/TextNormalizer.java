package org.vanban.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Stage 1: raw extracted text → clean text. Pure, linear in the length of the text.
 *
 * <p>The original is never changed; this builds a clean copy, one paragraph per line:
 * <ol>
 *   <li>Unicode NFC with the look-alike Ð read as Đ ({@link VietnameseText#nfc}); tone-mark placement is kept as
 *       written (matching uses {@link VietnameseText#matchKey}).</li>
 *   <li>Markdown debris removed: heading marks, bold and emphasis markers, rules. Bold runs glued between
 *       capitals ("NGHỊ QUYẾT****HỘI NGHỊ") were separate title lines and become line breaks again.</li>
 *   <li>Web chrome removed: relative times, "Bài gốc", photo captions, "QR Code", related-news lists, visitor
 *       counters, advertisements, menus, a trailing footer. A news site's source line and byline go to
 *       {@link NormalizedText#metadata()} instead.</li>
 *   <li>A scraped site's metadata table ("Số hiệu | ... |") goes to the metadata too.</li>
 *   <li>Tables flattened to one {@code cell |} per line are rebuilt: a header row ("TT | Nhiệm vụ | ...") and
 *       one line per row, cells joined by {@code " | "}. Other pipe-ended lines (layout tables of a header or
 *       signature) lose the pipe; a cell broken over two lines is joined.</li>
 *   <li>Paragraphs broken mid-sentence are joined when the fix is certain: the next line starts in lower case,
 *       or the previous one ends on a word no sentence ends on ("của", "và", "của Ban").</li>
 *   <li>A run of three or more paragraphs printed a second time (a scraped page repeating its header) is kept
 *       once, as is a paragraph repeated right after itself; each removal is reported as a warning.</li>
 * </ol>
 */
public final class TextNormalizer {

    private static final int MAX_SOURCE_LINE = 220;
    private static final int FOOTER_MAX_LINE = 160;
    private static final int SITE_METADATA_SCAN = 40;
    private static final int MIN_REPEATED_RUN = 3;
    private static final int MIN_REPEATED_PARAGRAPH = 20;

    public NormalizedText normalize(String raw) {
        List<String> warnings = new ArrayList<>();
        Map<String, String> metadata = new LinkedHashMap<>();
        String text = VietnameseText.nfc(raw == null ? "" : raw).replace("\r\n", "\n").replace('\r', '\n');

        List<String> lines = cleanLines(text);
        lines = removeChrome(lines, metadata);
        lines = extractSiteMetadata(lines, metadata);
        lines = rebuildTables(lines);
        List<String> paragraphs = joinBrokenParagraphs(lines);
        paragraphs = removeRepeats(paragraphs, warnings);
        return new NormalizedText(String.join("\n", paragraphs), warnings, metadata);
    }

    // ------------------------------------------------------------------ characters and markdown

    /** Per line: invisible characters, odd spaces, markdown. Blank lines are kept as "" (paragraph breaks). */
    private static List<String> cleanLines(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            String s = Patterns.INVISIBLE.matcher(line).replaceAll("");
            s = Patterns.ODD_SPACE.matcher(s).replaceAll(" ");
            s = Patterns.MD_HEADING_MARK.matcher(s).replaceFirst("");
            if (s.indexOf('[') >= 0) {
                s = Patterns.MD_LINK.matcher(s).replaceAll("$1");
            }
            if (s.indexOf('*') >= 0 || s.indexOf('_') >= 0) {
                if (Patterns.RULE_LINE.matcher(s.strip()).matches()) {
                    out.add("");
                    continue;
                }
                s = Patterns.MD_BOLD_JOINT.matcher(s).replaceAll("\n");
                s = Patterns.MD_BOLD_BETWEEN_CAPITALS.matcher(s).replaceAll("\n");
                s = Patterns.MD_BOLD.matcher(s).replaceAll("");
                s = Patterns.MD_EMPHASIS.matcher(s).replaceAll("$1");
            }
            for (String part : s.split("\n", -1)) {
                String p = Patterns.MULTI_SPACE.matcher(part.strip()).replaceAll(" ");
                if (Patterns.RULE_LINE.matcher(p).matches()) {
                    p = "";
                }
                out.add(p);
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ web chrome

    private static List<String> removeChrome(List<String> lines, Map<String, String> metadata) {
        int footer = footerStart(lines);
        List<String> out = new ArrayList<>(lines.size());
        for (int i = 0; i < footer; i++) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                out.add(line);
                continue;
            }
            if (line.length() <= MAX_SOURCE_LINE) {
                Matcher source = Patterns.SOURCE_LINE.matcher(line);
                if (source.matches() && recordSource(source, metadata)) {
                    continue;
                }
                if (Patterns.URL_LINE.matcher(line).matches()) {
                    metadata.putIfAbsent(NormalizedText.SOURCE_URL, line);
                    continue;
                }
            }
            if (Patterns.PHOTO_CAPTION.matcher(line).find() || isChromeLine(line)
                    || Patterns.PAGINATION.matcher(line).matches() || Patterns.MENU_ITEM.matcher(line).matches()) {
                continue;
            }
            out.add(line);
        }
        removeClosingByline(out, metadata);
        return out;
    }

    private static boolean recordSource(Matcher source, Map<String, String> metadata) {
        String name = firstNonNull(source.group("name1"), source.group("name2"), source.group("name3"));
        String url = firstNonNull(source.group("url1"), source.group("url2"));
        if (source.group("name3") != null && metadata.containsKey(NormalizedText.SOURCE)) {
            return false; // a "Theo ..." line only counts when nothing better named the source
        }
        if (name != null) {
            metadata.put(NormalizedText.SOURCE, name.strip());
        }
        if (url != null) {
            metadata.put(NormalizedText.SOURCE_URL, url);
        }
        return true;
    }

    /** "(Vietnam+)" as the last line of an article: the agency's byline, kept as the source if none is known. */
    private static void removeClosingByline(List<String> out, Map<String, String> metadata) {
        for (int i = out.size() - 1, seen = 0; i >= 0 && seen < 3; i--) {
            String line = out.get(i);
            if (line.isEmpty()) {
                continue;
            }
            seen++;
            Matcher byline = Patterns.BYLINE.matcher(line);
            if (byline.matches()) {
                metadata.putIfAbsent(NormalizedText.SOURCE, byline.group("name").strip());
                out.remove(i);
                return;
            }
        }
    }

    private static boolean isChromeLine(String line) {
        Matcher m = Patterns.CHROME_FRAGMENT.matcher(line);
        if (!m.find()) {
            return false;
        }
        String rest = m.replaceAll(" ");
        return Patterns.CHROME_LEFTOVER.matcher(rest).matches();
    }

    /**
     * Index of the first line of a trailing footer: a footer heading in the second half of the text after which
     * only short lines follow. {@code lines.size()} when there is none.
     */
    private static int footerStart(List<String> lines) {
        int candidate = lines.size();
        for (int i = lines.size() - 1; i >= lines.size() / 2; i--) {
            String line = lines.get(i);
            if (line.length() > FOOTER_MAX_LINE) {
                break;
            }
            if (!line.isEmpty() && Patterns.FOOTER_START.matcher(line).find()) {
                candidate = i;
            }
        }
        return candidate;
    }

    // ------------------------------------------------------------------ scraped site metadata

    private static List<String> extractSiteMetadata(List<String> lines, Map<String, String> metadata) {
        List<String> out = new ArrayList<>(lines.size());
        int nonBlank = 0;
        for (String line : lines) {
            if (!line.isEmpty() && nonBlank++ < SITE_METADATA_SCAN && line.indexOf('|') > 0) {
                Matcher m = Patterns.SITE_METADATA_ROW.matcher(line);
                if (m.matches()) {
                    String key = siteKey(m.group("key"));
                    String value = m.group("value").strip();
                    if (key != null && !value.isEmpty()) {
                        metadata.putIfAbsent(key, value);
                    }
                    continue;
                }
            }
            out.add(line);
        }
        return out;
    }

    private static String siteKey(String label) {
        String key = VietnameseText.fold(label);
        return switch (key) {
            case "so hieu", "so ky hieu", "ky hieu" -> NormalizedText.SITE_NUMBER;
            case "ngay ban hanh" -> NormalizedText.SITE_ISSUED_DATE;
            case "ngay co hieu luc", "ngay hieu luc" -> NormalizedText.SITE_EFFECTIVE_DATE;
            case "loai van ban" -> NormalizedText.SITE_TYPE;
            case "co quan ban hanh", "noi ban hanh" -> NormalizedText.SITE_ISSUER;
            case "nguoi ky" -> NormalizedText.SITE_SIGNER;
            case "linh vuc" -> NormalizedText.SITE_FIELD;
            case "trich yeu" -> NormalizedText.SITE_TITLE;
            default -> "site." + key.replace(' ', '_');
        };
    }

    // ------------------------------------------------------------------ tables flattened to "cell |" lines

    private static List<String> rebuildTables(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (isCell(line) && Patterns.NUMBER_COLUMN_HEADER.matcher(cellText(line)).matches()) {
                i = rebuildTable(lines, i, out);
                continue;
            }
            if (isCell(line)) {
                String cell = String.join(" | ", splitCells(line));
                // a layout cell broken over two lines: "CỘNG HÒA XÃ HỘI" / "CHỦ NGHĨA VIỆT NAM |"
                int prev = out.size() - 1;
                if (prev >= 1 && !out.get(prev).isEmpty() && wasCell(lines, i - 2)
                        && !isCell(lines.get(i - 1)) && !lines.get(i - 1).isEmpty()) {
                    out.set(prev, out.get(prev) + " " + cell);
                } else {
                    out.add(cell);
                }
                i++;
                continue;
            }
            out.add(line);
            i++;
        }
        return out;
    }

    private static boolean wasCell(List<String> lines, int index) {
        return index >= 0 && isCell(lines.get(index));
    }

    /**
     * Rebuilds one table starting at its "TT |" header cell; returns the index after the table. Columns are the
     * header cells before the first row number; a row is complete at that many cells, or earlier when the next
     * row number arrives.
     */
    private static int rebuildTable(List<String> lines, int start, List<String> out) {
        List<String> header = new ArrayList<>();
        int i = start;
        // header cells: up to the first row-number cell
        while (i < lines.size()) {
            String cell = nextCell(lines, i);
            if (cell == null) {
                break;
            }
            if (!header.isEmpty() && Patterns.ROW_NUMBER.matcher(cell).matches()) {
                break;
            }
            header.add(cell);
            i = afterCell(lines, i);
        }
        out.add(String.join(" | ", header));
        int columns = header.size();
        List<String> row = new ArrayList<>();
        String lastNumber = null;
        while (i < lines.size()) {
            String cell = nextCell(lines, i);
            if (cell == null) {
                break;
            }
            boolean rowNumber = Patterns.ROW_NUMBER.matcher(cell).matches();
            if (!row.isEmpty() && (row.size() >= columns || (rowNumber && row.size() >= 2 && follows(lastNumber, cell)))) {
                out.add(String.join(" | ", row));
                row.clear();
            }
            if (row.isEmpty()) {
                lastNumber = cell;
            }
            row.add(cell);
            i = afterCell(lines, i);
        }
        if (!row.isEmpty()) {
            out.add(String.join(" | ", row));
        }
        return i;
    }

    private static boolean follows(String previous, String cell) {
        try {
            return previous == null || Integer.parseInt(cell.replace(".", "")) == Integer.parseInt(previous.replace(".", "")) + 1;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    /**
     * The cell starting at line i, joining up to two continuation lines without a pipe ("Trong quá trình" /
     * "thực hiện Nghị quyết |"); null when line i does not start a cell.
     */
    private static String nextCell(List<String> lines, int i) {
        StringBuilder cell = new StringBuilder();
        for (int k = i; k < lines.size() && k < i + 3; k++) {
            String line = lines.get(k);
            if (line.isEmpty()) {
                return null;
            }
            if (isCell(line)) {
                if (cell.length() > 0) {
                    cell.append(' ');
                }
                cell.append(String.join(" ", splitCells(line)));
                return cell.toString();
            }
            if (k > i || startsStructure(line)) {
                return null;
            }
            cell.append(line);
        }
        return null;
    }

    private static int afterCell(List<String> lines, int i) {
        int k = i;
        while (k < lines.size() && !isCell(lines.get(k))) {
            k++;
        }
        return k + 1;
    }

    private static boolean startsStructure(String line) {
        return Patterns.APPENDIX_LABEL.matcher(line).lookingAt() || Patterns.KEYWORD_LABEL.matcher(line).lookingAt()
                || Patterns.ROMAN_LABEL.matcher(line).lookingAt();
    }

    private static boolean isCell(String line) {
        return !line.isEmpty() && line.charAt(line.length() - 1) == '|';
    }

    private static String cellText(String line) {
        return String.join(" ", splitCells(line));
    }

    private static List<String> splitCells(String line) {
        List<String> cells = new ArrayList<>(2);
        for (String c : Patterns.CELL_SEPARATOR.split(line)) {
            if (!c.isBlank()) {
                cells.add(c.strip());
            }
        }
        return cells;
    }

    // ------------------------------------------------------------------ broken paragraphs

    private static List<String> joinBrokenParagraphs(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            if (line.isEmpty()) {
                continue;
            }
            int last = out.size() - 1;
            if (last >= 0 && continues(out.get(last), line)) {
                out.set(last, out.get(last) + " " + line);
            } else {
                out.add(line);
            }
        }
        return out;
    }

    /** True when {@code next} certainly continues the sentence {@code previous} left open. */
    static boolean continues(String previous, String next) {
        if (previous.indexOf(" | ") >= 0 || next.indexOf(" | ") >= 0) {
            return false;
        }
        if (Patterns.TERMINAL_PUNCTUATION.matcher(previous).find() || isAllCaps(previous)) {
            return false;
        }
        if (StructureParser.startsWithLabel(next)) {
            return false;
        }
        int first = next.codePointAt(0);
        if (Character.isLowerCase(first)) {
            return true;
        }
        return Character.isUpperCase(first) && Patterns.DANGLING_END.matcher(previous).find();
    }

    static boolean isAllCaps(String s) {
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                if (Character.isLowerCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    // ------------------------------------------------------------------ repeated blocks

    private static List<String> removeRepeats(List<String> paragraphs, List<String> warnings) {
        List<String> keys = new ArrayList<>(paragraphs.size());
        for (String p : paragraphs) {
            keys.add(VietnameseText.collapseWhitespace(p).toLowerCase(Locale.ROOT));
        }
        Map<String, Integer> first = new HashMap<>();
        boolean[] removed = new boolean[paragraphs.size()];
        int i = 0;
        while (i < paragraphs.size()) {
            Integer j = first.get(keys.get(i));
            if (j != null) {
                int run = 0;
                while (i + run < paragraphs.size() && j + run < i && keys.get(i + run).equals(keys.get(j + run))) {
                    run++;
                }
                boolean adjacentRepeat = run >= 1 && j + run == i && keys.get(i).length() >= MIN_REPEATED_PARAGRAPH;
                if (run >= MIN_REPEATED_RUN || adjacentRepeat) {
                    for (int k = i; k < i + run; k++) {
                        removed[k] = true;
                    }
                    warnings.add(run == 1
                            ? "Paragraph printed twice in a row; the repeat was removed: \"" + preview(paragraphs.get(i)) + "\""
                            : "Block of " + run + " paragraphs printed twice; the repeat was removed (starts \""
                                    + preview(paragraphs.get(i)) + "\")");
                    i += run;
                    continue;
                }
            } else {
                first.put(keys.get(i), i);
            }
            i++;
        }
        List<String> out = new ArrayList<>(paragraphs.size());
        for (int k = 0; k < paragraphs.size(); k++) {
            if (!removed[k]) {
                out.add(paragraphs.get(k));
            }
        }
        return out;
    }

    private static String preview(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
