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
    private static final int MAX_CHROME_LINE = 120;
    private static final int MAX_RULE_LINE = 80;
    private static final int DANGLING_TAIL = 40;
    private static final int MAX_TYPE_NAME_LINE = 40;
    private static final int FOOTER_MAX_LINE = 160;
    private static final int SITE_METADATA_SCAN = 40;
    private static final int MIN_REPEATED_RUN = 3;
    private static final int MIN_REPEATED_PARAGRAPH = 20;
    private static final int RUNNING_HEADER_SCAN = 12;
    /** A line at least this long that stops without punctuation was wrapped by the page width. */
    private static final int MIN_WRAPPED_LINE = 60;

    public NormalizedText normalize(String raw) {
        List<String> warnings = new ArrayList<>();
        Map<String, String> metadata = new LinkedHashMap<>();
        String text = VietnameseText.nfc(raw == null ? "" : raw).replace("\r\n", "\n").replace('\r', '\n');

        List<String> lines = cleanLines(splitLayoutColumns(text));
        lines = removeChrome(lines, metadata);
        lines = splitRunTogetherHeader(lines);
        lines = removeRunningHeaders(lines);
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
            String s = plainSpaces(line);
            if (s.indexOf('#') >= 0) {
                s = Patterns.MD_HEADING_MARK.matcher(s).replaceFirst("");
            }
            if (s.indexOf('[') >= 0) {
                s = Patterns.MD_LINK.matcher(s).replaceAll("$1");
            }
            if (s.indexOf('*') >= 0) {
                if (s.length() <= MAX_RULE_LINE && isRuleLine(s.strip())) {
                    out.add("");
                    continue;
                }
                s = Patterns.MD_BOLD_JOINT.matcher(s).replaceAll("\n");
                s = Patterns.MD_BOLD_BETWEEN_CAPITALS.matcher(s).replaceAll("\n");
                s = Patterns.MD_BOLD.matcher(s).replaceAll("");
                s = plainSpaces(Patterns.MD_EMPHASIS.matcher(s).replaceAll("$1"));
            }
            for (String part : s.indexOf('\n') < 0 ? new String[] {s} : s.split("\n", -1)) {
                String p = part.strip();
                if (p.length() <= MAX_RULE_LINE && isRuleLine(p)) {
                    p = "";
                }
                out.add(p);
            }
        }
        return out;
    }

    private static boolean isRuleLine(String line) {
        return Patterns.mayBeRuleLine(line) && Patterns.RULE_LINE.matcher(line).matches();
    }

    /**
     * One pass over a line, without a regex scan: invisible characters (zero-width space and joiners, BOM, soft
     * hyphen) dropped, tabs, no-break and other odd spaces read as a space, runs of spaces collapsed.
     */
    private static String plainSpaces(String line) {
        // most lines need nothing: a search for a doubled space and a table lookup per character find the first
        // change (a chain of comparisons per character cost more than all the rest of the line's cleaning)
        int doubled = line.indexOf("  ");
        int end = doubled < 0 ? line.length() : doubled;
        for (int i = 0; i < end; i++) {
            if (CHANGED[line.charAt(i)]) {
                // before it no invisible character and no odd space: the character before is a space or not
                return respace(line, i, i > 0 && line.charAt(i - 1) == ' ');
            }
        }
        return doubled < 0 ? line : respace(line, doubled + 1, true);
    }

    /** The characters {@link #plainSpaces} drops or reads as a space whatever comes before them. */
    private static final boolean[] CHANGED = new boolean[0x10000];

    static {
        for (int c = 0; c < CHANGED.length; c++) {
            CHANGED[c] = isInvisible((char) c) || isOddSpace((char) c);
        }
    }

    /**
     * {@link #plainSpaces} from {@code from}, the first character that changes; {@code lastSpace} tells whether
     * the visible character before it is a space.
     */
    private static String respace(String line, int from, boolean lastSpace) {
        StringBuilder out = new StringBuilder(line.length());
        out.append(line, 0, from);
        int run = from; // start of the characters not yet copied, all kept as they are
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean invisible = isInvisible(c);
            boolean space = c == ' ' || isOddSpace(c);
            if (invisible || space && (c != ' ' || lastSpace)) {
                out.append(line, run, i);
                run = i + 1;
                if (space && !lastSpace) {
                    out.append(' ');
                }
            }
            if (!invisible) {
                lastSpace = space;
            }
        }
        return out.append(line, run, line.length()).toString();
    }

    /** Zero-width space and joiners, word joiner, BOM, soft hyphen: dropped. */
    private static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
    }

    /** Tab, no-break and the other odd spaces: read as a space. */
    private static boolean isOddSpace(char c) {
        return c == '\t' || c == '\u00A0' || (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F'
                || c == '\u3000';
    }

    // ------------------------------------------------------------------ layout of a PDF page

    /**
     * A PDF converted with its layout prints the two header columns side by side ("ỦY BAN NHÂN DÂN      CỘNG HÒA
     * XÃ HỘI ...", "Số: 85/KH-UBND      Quảng Ninh, ngày ...") and the recipients beside the signature. For each
     * run of such lines the left column is given first, then the right one, each part on its own line. A Word
     * file's header table gives its cells joined by a tab ("HUYỆN ĐÔNG ANH\tĐộc lập - Tự do - Hạnh phúc").
     */
    private static String splitLayoutColumns(String text) {
        if (text.indexOf("     ") < 0 && text.indexOf('\t') < 0) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        List<String> out = new ArrayList<>(lines.length + 16);
        List<String> right = new ArrayList<>();
        int nonEmpty = 0;
        for (String line : lines) {
            // a Word header table comes out as cells joined by a tab; further down a tab may separate table cells
            boolean headerZone = !line.isBlank() && nonEmpty++ < RUNNING_HEADER_SCAN;
            Matcher gap = (headerZone ? Patterns.HEADER_COLUMN_GAP : Patterns.COLUMN_GAP).matcher(line);
            if (gap.find() && hasLetters(line.substring(0, gap.start())) && hasLetters(line.substring(gap.end()))) {
                out.add(line.substring(0, gap.start()));
                right.add(line.substring(gap.end()));
                continue;
            }
            out.addAll(right);
            right.clear();
            out.add(line);
        }
        out.addAll(right);
        return String.join("\n", out);
    }

    private static boolean hasLetters(String s) {
        int letters = 0;
        for (int i = 0; i < s.length() && letters < 2; i++) {
            letters += Character.isLetter(s.charAt(i)) ? 1 : 0;
        }
        return letters >= 2;
    }

    /**
     * A web page whose header table lost its cells prints the header on one line: "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN Số:
     * 1234/QĐ-UBND CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Nghệ An, ngày 15 tháng 8 năm
     * 2024", and the type line with its subject: "QUYẾT ĐỊNH Về việc phê duyệt ...". In the document's first lines,
     * before its first label, such a line is cut before the number, the motto and the place and date, and a type
     * line in capitals is cut from the subject in sentence case after it.
     */
    private static List<String> splitRunTogetherHeader(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size() + 8);
        int seen = 0;
        boolean body = false;
        for (String line : lines) {
            if (line.isEmpty() || body || seen++ >= RUNNING_HEADER_SCAN) {
                out.add(line);
                continue;
            }
            if (StructureParser.startsWithLabel(line)) {
                body = true;
                out.add(line);
                continue;
            }
            for (String part : cutHeaderParts(line)) {
                out.addAll(cutTypeFromSubject(part));
            }
        }
        return out;
    }

    private static List<String> cutHeaderParts(String line) {
        Matcher cut = Patterns.RUN_TOGETHER_HEADER_CUT.matcher(line);
        List<Integer> at = new ArrayList<>();
        while (cut.find()) {
            if (cut.start() > 0) {
                at.add(cut.start());
            }
        }
        if (at.size() < 2) {
            return List.of(line); // one anchor inside a line is a sentence citing a number or a date
        }
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int a : at) {
            parts.add(line.substring(from, a).strip());
            from = a;
        }
        parts.add(line.substring(from).strip());
        parts.removeIf(String::isEmpty);
        return parts;
    }

    private static List<String> cutTypeFromSubject(String line) {
        Matcher type = Patterns.TYPE_LINE.matcher(line);
        if (!type.lookingAt()) {
            return List.of(line);
        }
        String[] words = line.split(" ");
        int caps = 0;
        while (caps < words.length && isCapitalWord(words[caps])) {
            caps++;
        }
        if (caps == 0 || caps == words.length || !Character.isUpperCase(words[caps].codePointAt(0))) {
            return List.of(line);
        }
        String head = String.join(" ", java.util.Arrays.copyOfRange(words, 0, caps));
        if (!isAllCaps(head) || !Patterns.TYPE_LINE.matcher(head).lookingAt() || head.length() < type.end()) {
            return List.of(line);
        }
        return List.of(head, String.join(" ", java.util.Arrays.copyOfRange(words, caps, words.length)));
    }

    /** A word without lower-case letters and with at least one letter: "QUYẾT", "ĐỊNH", "A". */
    private static boolean isCapitalWord(String w) {
        boolean letter = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    /**
     * The issuer or motto printed again at the top of each page of a PDF ("ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH"): a
     * line in capitals, after the body's first label, that repeats a header line or two consecutive header lines.
     * Page numbers standing alone between paragraphs ("2") go too.
     */
    private static List<String> removeRunningHeaders(List<String> lines) {
        java.util.Set<String> header = new java.util.HashSet<>();
        String previous = null;
        int seen = 0;
        int bodyStart = -1;
        for (int i = 0; i < lines.size() && bodyStart < 0; i++) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                continue;
            }
            if (StructureParser.startsWithLabel(line)) {
                bodyStart = i;
            } else if (seen++ < RUNNING_HEADER_SCAN && isAllCaps(line)) {
                header.add(line);
                if (previous != null) {
                    header.add(previous + " " + line);
                }
                previous = line;
            } else {
                previous = null;
            }
        }
        if (bodyStart < 0) {
            return lines;
        }
        List<String> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i > bodyStart && (header.contains(line) || isLonePageNumber(lines, i))) {
                continue;
            }
            out.add(line);
        }
        return out;
    }

    /** "2" alone on its line with no other bare number next to it (a column of numbers is a table). */
    private static boolean isLonePageNumber(List<String> lines, int i) {
        if (!isBarePageNumber(lines.get(i))) {
            return false;
        }
        return !(i > 0 && isBarePageNumber(lines.get(i - 1)))
                && !(i + 1 < lines.size() && isBarePageNumber(lines.get(i + 1)));
    }

    private static boolean isBarePageNumber(String line) {
        return Patterns.mayBeBarePageNumber(line) && Patterns.BARE_PAGE_NUMBER.matcher(line).matches();
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
                Matcher source = Patterns.mayBeSourceLine(line) ? Patterns.SOURCE_LINE.matcher(line) : null;
                if (source != null && source.matches() && recordSource(source, metadata)) {
                    continue;
                }
                if (line.charAt(0) == 'h' && Patterns.URL_LINE.matcher(line).matches()) { // "http", case-sensitive
                    metadata.putIfAbsent(NormalizedText.SOURCE_URL, line);
                    continue;
                }
            }
            if (line.length() <= MAX_RULE_LINE && Patterns.mayBePageNumber(line)
                    && Patterns.PAGE_NUMBER.matcher(line).matches()) {
                continue;
            }
            if (Patterns.mayBePublishedStamp(line) && Patterns.PUBLISHED_STAMP.matcher(line).matches()) {
                metadata.putIfAbsent(NormalizedText.PUBLISHED, line);
                metadata.put(NormalizedText.WEB_PAGE, "true");
                continue;
            }
            if (isPhotoCaption(line) || (line.length() <= MAX_CHROME_LINE && mayBeChromeLine(line)
                    && isChromeLine(line.toLowerCase(Locale.ROOT)))) {
                metadata.put(NormalizedText.WEB_PAGE, "true");
                continue;
            }
            out.add(line);
        }
        if (footer < lines.size()) {
            metadata.put(NormalizedText.WEB_PAGE, "true");
        }
        removeClosingByline(out, metadata);
        return out;
    }

    private static boolean recordSource(Matcher source, Map<String, String> metadata) {
        String name = firstNonNull(source.group("name1"), source.group("name2"));
        String url = firstNonNull(source.group("url1"), source.group("url2"));
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

    /** Cheap test first: a caption ends with its credit in parentheses, "(Ảnh: ...)". */
    private static boolean isPhotoCaption(String line) {
        boolean closes = line.endsWith(")") || line.endsWith(").") || line.length() <= MAX_CHROME_LINE;
        return closes && Patterns.mayBePhotoCaption(line)
                && RegexGate.find(Patterns.PHOTO_CAPTION.matcher(line), line, 0, Patterns.PHOTO_CAPTION_START);
    }

    /**
     * A short lower-cased line made only of chrome: pagination, a menu item, or fragments such as "5 giờ trước",
     * "bài gốc" with nothing between them but separators and digits. Scans left to right and gives up at the
     * first word that is not a fragment, so an ordinary line costs one failed match.
     */
    /**
     * Whether {@link #isChromeLine} can hold for the line, judged by its first character in lower case (the
     * lower-cased line's first character): chrome opens with a separator or with what pagination, a menu item
     * or a fragment opens with. Most lines are ruled out without lower-casing them or making a matcher.
     */
    private static boolean mayBeChromeLine(String line) {
        char c = line.charAt(0);
        if (Character.isSurrogate(c)) {
            return true;
        }
        char lower = Character.toLowerCase(c);
        return isChromeSeparator(lower) || Patterns.mayOpenPagination(lower)
                || Patterns.opens(Patterns.MENU_ITEM_OPENS, lower) || Patterns.opens(Patterns.CHROME_FRAGMENT_OPENS, lower);
    }

    private static boolean isChromeLine(String line) {
        if (Patterns.mayBePagination(line) && Patterns.PAGINATION.matcher(line).matches()
                || Patterns.opens(Patterns.MENU_ITEM_OPENS, line.charAt(0)) && Patterns.MENU_ITEM.matcher(line).matches()) {
            return true;
        }
        Matcher fragment = Patterns.CHROME_FRAGMENT.matcher(line);
        boolean found = false;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            boolean separator = isChromeSeparator(c);
            if (!separator || Character.isDigit(c)) {
                if (Patterns.opens(Patterns.CHROME_FRAGMENT_OPENS, c) && fragment.region(i, line.length()).lookingAt()) {
                    found = true;
                    i = fragment.end();
                    continue;
                }
                if (!separator) {
                    return false;
                }
            }
            i++;
        }
        return found;
    }

    /** What may stand between chrome fragments: spaces, bullets, separators, digits, brackets. */
    private static boolean isChromeSeparator(char c) {
        return Character.isWhitespace(c) || Character.isDigit(c) || "•·|>»/-–—:,.…()[]".indexOf(c) >= 0;
    }

    /**
     * Index of the first line of a trailing footer: a footer heading ("Tin liên quan", "QR Code", "Bản quyền ...")
     * after which only short lines follow, below the last long paragraph of the text, or in the second half of a
     * text made of short lines only. {@code lines.size()} when there is none.
     */
    private static int footerStart(List<String> lines) {
        int candidate = lines.size();
        int inSecondHalf = lines.size();
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = lines.get(i);
            if (line.length() > FOOTER_MAX_LINE) {
                return candidate;
            }
            if (!line.isEmpty() && Patterns.FOOTER_START.matcher(line).lookingAt()) {
                candidate = i;
                if (i >= lines.size() / 2) {
                    inSecondHalf = i;
                }
            }
        }
        return inSecondHalf;
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
            if (isCell(line) && Patterns.NUMBER_COLUMN_HEADER.matcher(firstCell(line)).matches()) {
                i = rebuildTable(lines, i, out);
                continue;
            }
            if (isCell(line)) {
                String cell = String.join(" | ", splitCells(line)).strip();
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
        List<String> cells = new ArrayList<>();
        int end = collectCells(lines, start, cells);
        int c = 0;
        List<String> header = new ArrayList<>();
        while (c < cells.size() && (header.isEmpty() || !Patterns.ROW_NUMBER.matcher(cells.get(c)).matches())) {
            header.add(cells.get(c++));
        }
        out.add(String.join(" | ", header));
        int columns = header.size();
        List<String> row = new ArrayList<>();
        String lastNumber = null;
        for (; c < cells.size(); c++) {
            String cell = cells.get(c);
            boolean rowNumber = Patterns.ROW_NUMBER.matcher(cell).matches();
            if (!row.isEmpty() && (row.size() >= columns || (rowNumber && row.size() >= 2 && follows(lastNumber, cell)))) {
                out.add(String.join(" | ", row));
                row.clear();
            }
            if (row.isEmpty()) {
                lastNumber = cell;
            }
            row.add(cell);
        }
        if (!row.isEmpty()) {
            out.add(String.join(" | ", row));
        }
        return end;
    }

    private static boolean follows(String previous, String cell) {
        try {
            return previous == null || Integer.parseInt(cell.replace(".", "")) == Integer.parseInt(previous.replace(".", "")) + 1;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    /**
     * Collects the cells of a table region from {@code start}: every pipe-ended line gives its cells; a line
     * without a pipe directly followed by a pipe-ended line begins that line's first cell ("Trong quá trình" /
     * "thực hiện Nghị quyết |"). The region ends at a blank line, at two lines without a pipe, or at a line that
     * opens a new structure ("PHỤ LỤC 2"). Returns the index after the region.
     */
    private static int collectCells(List<String> lines, int start, List<String> cells) {
        int i = start;
        String carried = null;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                break;
            }
            if (isCell(line)) {
                List<String> parts = splitCells(line);
                if (carried != null && !parts.isEmpty()) {
                    parts.set(0, carried + " " + parts.get(0));
                    carried = null;
                }
                cells.addAll(parts);
                i++;
                continue;
            }
            if (carried != null || startsStructure(line) || i + 1 >= lines.size() || !isCell(lines.get(i + 1))) {
                break;
            }
            carried = line;
            i++;
        }
        return carried == null ? i : i - 1;
    }

    private static boolean startsStructure(String line) {
        return Patterns.mayBeAppendixLabel(line) && Patterns.APPENDIX_LABEL.matcher(line).lookingAt()
                || Patterns.mayBeKeywordLabel(line) && Patterns.KEYWORD_LABEL.matcher(line).lookingAt()
                || Patterns.mayBeRomanLabel(line) && Patterns.ROMAN_LABEL.matcher(line).lookingAt();
    }

    private static boolean isCell(String line) {
        return !line.isEmpty() && line.charAt(line.length() - 1) == '|';
    }

    /** The cells of a pipe-ended line; an empty cell between two pipes is kept so columns stay aligned. */
    private static List<String> splitCells(String line) {
        String[] parts = Patterns.splitAtCellSeparators(line, true);
        int from = parts.length > 0 && parts[0].isBlank() && line.strip().startsWith("|") ? 1 : 0;
        int to = parts.length > 0 && parts[parts.length - 1].isBlank() ? parts.length - 1 : parts.length;
        List<String> cells = new ArrayList<>(Math.max(to - from, 1));
        for (int k = from; k < to; k++) {
            cells.add(parts[k].strip());
        }
        return cells;
    }

    /** {@code \\s} of a pattern without {@code UNICODE_CHARACTER_CLASS}: the ASCII white space. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static String firstCell(String line) {
        List<String> cells = splitCells(line);
        return cells.isEmpty() ? "" : cells.get(0);
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
        if (endsWithMark(previous, Patterns.SENTENCE_END_MARKS)) {
            return false;
        }
        if (Character.isDigit(next.codePointAt(0)) && isAllCaps(previous) && !StructureParser.startsWithLabel(next)) {
            // a heading broken before its years: "... GIAI ĐOẠN" / "2021 - 2025"
            String tail = previous.length() <= DANGLING_TAIL ? previous : previous.substring(previous.length() - DANGLING_TAIL);
            return endsWithWord(tail, Patterns.NUMBER_DANGLING_END);
        }
        if (isAllCaps(previous) || isTypeNameAlone(previous)) {
            return false;
        }
        if (StructureParser.startsWithLabel(next)) {
            return false;
        }
        int first = next.codePointAt(0);
        if (Character.isLowerCase(first)) {
            return true;
        }
        if (Character.isDigit(first)) {
            // "... Chỉ thị số" / "05/CT-TTg ngày 23 tháng 02 năm 2024 ..."
            String tail = previous.length() <= DANGLING_TAIL ? previous : previous.substring(previous.length() - DANGLING_TAIL);
            return endsWithWord(tail, Patterns.NUMBER_DANGLING_END);
        }
        String tail = previous.length() <= DANGLING_TAIL ? previous : previous.substring(previous.length() - DANGLING_TAIL);
        if (!Character.isUpperCase(first)) {
            return false;
        }
        return endsWithWord(tail, Patterns.DANGLING_END) || breaksAName(previous, next);
    }

    /**
     * A line of a PDF wrapped inside a proper name: "... Giám đốc các sở: Công" / "Thương, Tài chính, ...". The
     * line before is long, its last word and the next line's first are capitalised, and that first word is
     * followed by more text, not a new sentence of its own.
     */
    private static boolean breaksAName(String previous, String next) {
        if (previous.length() < MIN_WRAPPED_LINE || isAllCaps(next)) {
            return false;
        }
        int space = previous.lastIndexOf(' ');
        if (space < 0 || !Character.isUpperCase(previous.codePointAt(space + 1))) {
            return false;
        }
        return Patterns.NAME_CONTINUATION.matcher(next).lookingAt();
    }

    /** {@link Patterns#TERMINAL_PUNCTUATION} read from the end: only the last few characters are looked at. */
    static boolean endsSentence(String s) {
        return endsWithMark(s, Patterns.TERMINAL_PUNCTUATION_MARKS);
    }

    /**
     * {@code pattern.matcher(s).region(from, s.length()).find()} for {@link Patterns#SENTENCE_END} or {@link
     * Patterns#TERMINAL_PUNCTUATION} ({@code marks} is its first class), the region being the last 8 characters,
     * read from the end instead: the pattern holds where one of the marks is followed by closing quotes,
     * brackets, asterisks or white space only, up to the end or to a line terminator ending the text (where
     * {@code $} also matches). A matcher per line cost more than the rest of the test.
     */
    static boolean endsWithMark(String s, String marks) {
        int length = s.length();
        int from = Math.max(0, length - 8);
        if (length == 0) {
            return false;
        }
        if (marksBefore(s, length, from, marks)) {
            return true;
        }
        char last = s.charAt(length - 1);
        if (last == '\r' || last == '\u0085' || last == '\u2028' || last == '\u2029'
                || last == '\n' && !(length >= 2 && s.charAt(length - 2) == '\r')) {
            if (marksBefore(s, length - 1, from, marks)) {
                return true;
            }
        }
        return length >= 2 && s.charAt(length - 2) == '\r' && last == '\n' && marksBefore(s, length - 2, from, marks);
    }

    /** Whether a mark at or after {@code from} is followed by closing characters only up to {@code end}. */
    private static boolean marksBefore(String s, int end, int from, String marks) {
        int k = end;
        while (k > 0 && isClosing(s.charAt(k - 1))) {
            k--;
        }
        return k - 1 >= from && marks.indexOf(s.charAt(k - 1)) >= 0;
    }

    /** {@code [\\s"”’)\\]*]} of the end patterns: ASCII white space, closing quotes and brackets, asterisks. */
    private static boolean isClosing(char c) {
        return isRegexSpace(c) || c == '"' || c == '”' || c == '’' || c == ')' || c == ']' || c == '*';
    }

    /**
     * {@code pattern.matcher(tail).find()} for {@link Patterns#DANGLING_END} and {@link Patterns#NUMBER_DANGLING_END},
     * tried only where they can start: at the start or at white space ({@code (?:^|\\s)}).
     */
    private static boolean endsWithWord(String tail, java.util.regex.Pattern pattern) {
        return RegexGate.find(pattern.matcher(tail), tail, 0, (text, at) -> at == 0 || isRegexSpace(text.charAt(at)));
    }

    /** A type line whose capitals were only formatting: "Kế hoạch", "Quyết định:" alone on its line. */
    static boolean isTypeNameAlone(String s) {
        if (s.length() > MAX_TYPE_NAME_LINE) {
            return false;
        }
        Matcher m = Patterns.TYPE_LINE.matcher(s);
        return m.lookingAt() && s.substring(m.end()).strip().replace(":", "").isEmpty();
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
            keys.add(p); // spaces are already collapsed line by line; a repeat is an exact copy
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
