package org.vanban.parse;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import org.vanban.domain.Clause;
import org.vanban.domain.ClauseKind;
import org.vanban.domain.ColumnRole;

/**
 * Stage 2b: normalized text (one paragraph per line, see {@link TextNormalizer}) → the clause tree, flat, in
 * document order, each clause linked to its parent by path. Pure; one pass over the lines plus one over the
 * clauses.
 *
 * <h2>What becomes a clause</h2>
 * Every paragraph of the body. Not the front matter (issuer, motto, "Số: ...", place and date, the type line
 * and the title lines before the first sentence or label: {@link HeaderParser} reads those) and not the
 * closing (from "Nơi nhận:", a courtesy formula "Trân trọng./." or a signature opener in capitals such as
 * "TM. ỦY BAN NHÂN DÂN", up to the next appendix, Roman or keyword label, table header or long paragraph).
 *
 * <h2>Nesting</h2>
 * Numbering decides nesting, never markdown marks. Each label has a style (Roman "I.", decimal "1." / "2.1.",
 * letter "a)" and "a." (two styles), "(6)" and "(1).", "1)", upper-case letter "A.", keywords "Phần", "Chương",
 * "Mục", "Điều", bullets by symbol, ordinals "Một là,"). A label whose style is already open on the stack of
 * open clauses closes everything above it and becomes a sibling; a new style opens one level deeper. Decimal
 * labels nest by their number of parts ("2.1." under "2."). Numbered labels never nest under a bullet. A bullet
 * of another symbol nests under the open bullet ("+" under "-"). A plain paragraph belongs to the nearest open
 * labelled (non-bullet) clause. "PHỤ LỤC n" closes everything and opens an appendix; the table rows after it are
 * its children (a table elsewhere gives rows under the open labelled clause). A label alone on its line takes the
 * next line as its title or text ("Chương I" / "QUY ĐỊNH CHUNG").
 *
 * <h2>Paths</h2>
 * Labels joined by '.', each without its punctuation: "III.2.d.3", "II.1.a.6". A decimal label adds only its
 * last part under its prefix ("2.1." under "2." adds "1"). ASCII-safe segments for the keyword labels:
 * "Phần II" → "PII", "Chương I" → "ChI", "Mục 2" → "M2", "Điều 5" → "D5", "PHỤ LỤC 1" → "PL1"; the letter đ
 * is written "dd" ("đ)" → "dd"). Unlabelled items (bullets, ordinals, paragraphs) take their 1-based position
 * among the unlabelled siblings; when their parent also has labelled children the position gets a "p" prefix
 * ("IV.p1") so it never collides with a printed number. Table rows are numbered by their TT cell ("PL1.4"). A
 * segment repeated among siblings gets "_2", "_3" ("2.5", "2.5_2").
 *
 * <h2>Text, heading and offsets</h2>
 * {@code text} is the clause's own paragraph without its label and without its children. A labelled clause that
 * is a section title — it has children, does not end with ':' and is a title rather than sentences (all
 * capitals, or no sentence break, at most 300 characters and, when it ends with a full stop, at most 50):
 * "I. MỤC ĐÍCH, YÊU CẦU.", "1. Mục đích.", "a) Về kinh tế" — keeps that title in {@code heading} and has empty
 * {@code text}. A clause whose line ends with ':' (or the ';' a typist put for it) keeps the full line as
 * {@code text} even with children ("d. Sở Giao thông vận tải chủ trì, phối hợp với ...:") because extractors
 * read the assignment from it. Bullets and paragraphs never have a heading. An appendix has its title lines as
 * heading and empty text. A table row's text is its cells other than the number, joined by " | ", and
 * {@code cells} holds them by {@link ColumnRole}. {@link Clause#fullText()} gives heading and text together.
 * {@code start}/{@code end} delimit the clause's own printed lines in the normalized text, label included:
 * {@code text.substring(start, end)} is e.g. "(6) Sản lượng hàng hóa qua cảng đến năm 2025 đạt 350 triệu tấn.";
 * for an appendix it spans "PHỤ LỤC 1" and its title lines.
 */
public final class StructureParser {

    private static final int MAX_TITLE_LENGTH = 300;
    private static final int MAX_DOTTED_TITLE_LENGTH = 50;
    private static final int MAX_FRONT_SHORT_LINE = 40;
    private static final int MAX_CLOSING_LINE = 200;

    /** True when the line opens with any clause label (numbered, keyword, appendix, bullet or ordinal). */
    public static boolean startsWithLabel(String line) {
        return classify(line, List.of()) != null;
    }

    public List<Clause> parse(String text) {
        List<Line> lines = splitLines(text);
        Builder builder = new Builder();
        int i = skipFrontMatter(lines);
        boolean closing = false;
        while (i < lines.size()) {
            Line line = lines.get(i);
            String s = line.text;
            Matcher appendix = Patterns.mayBeAppendixLabel(s) ? Patterns.APPENDIX_LABEL.matcher(s) : null;
            if (appendix != null && appendix.lookingAt()) {
                closing = false;
                i = builder.appendix(lines, i, appendix);
                continue;
            }
            if (closing && !resumesBody(s)) {
                i++;
                continue;
            }
            closing = false;
            if (Patterns.RECIPIENTS.matcher(s).lookingAt() || Patterns.CLOSING_FORMULA.matcher(s).matches()
                    || (Patterns.SIGNATURE_OPENER.matcher(s).lookingAt() && TextNormalizer.isAllCaps(s))) {
                closing = true;
                i++;
                continue;
            }
            if (s.indexOf(" | ") > 0) {
                List<String> cells = List.of(Patterns.splitAtCellSeparators(s, false));
                if (Patterns.NUMBER_COLUMN_HEADER.matcher(cells.get(0)).matches()) {
                    builder.tableHeader(cells);
                    i++;
                    continue;
                }
                if (builder.inTable() && Patterns.ROW_NUMBER.matcher(cells.get(0)).matches()) {
                    builder.tableRow(line, cells);
                    i++;
                    continue;
                }
            }
            builder.endTable();
            Label label = classify(s, builder.stack);
            if (label == null) {
                builder.paragraph(line);
                i++;
            } else {
                i = builder.labelled(lines, i, label);
            }
        }
        return builder.build();
    }

    /**
     * The closing (recipients, signature) ends where the body visibly resumes: a Roman or keyword label
     * ("II.", "Chương III", "Điều 4."), a table header or a paragraph longer than any recipient or signature line.
     */
    private static boolean resumesBody(String s) {
        if (s.length() > MAX_CLOSING_LINE) {
            return true;
        }
        Label label = classify(s, List.of());
        return (label != null && (label.family() == Family.ROMAN || label.family() == Family.KEYWORD))
                || (s.indexOf(" | ") > 0 && Patterns.NUMBER_COLUMN_HEADER.matcher(Patterns.CELL_SEPARATOR.split(s, 2)[0]).matches());
    }

    // ------------------------------------------------------------------ lines

    private record Line(String text, int start, int end) {
    }

    private static List<Line> splitLines(String text) {
        List<Line> lines = new ArrayList<>();
        int pos = 0;
        int n = text.length();
        while (pos <= n) {
            int nl = text.indexOf('\n', pos);
            int lineEnd = nl < 0 ? n : nl;
            int s = pos;
            int e = lineEnd;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                lines.add(new Line(text.substring(s, e), s, e));
            }
            if (nl < 0) {
                break;
            }
            pos = nl + 1;
        }
        return lines;
    }

    /** The index of the first body line: front matter is the header block read by {@link HeaderParser}. */
    private static int skipFrontMatter(List<Line> lines) {
        return frontMatterEnd(lines.stream().map(l -> l.text).toList());
    }

    /**
     * The index of the first body line of {@code lines}: the header block (issuer, motto, number, place and date,
     * type line, subject lines) ends at the first label or the first line that reads as body text.
     */
    public static int frontMatterEnd(List<String> lines) {
        int i = 0;
        while (i < lines.size()) {
            String s = lines.get(i);
            if (startsWithLabel(s) || Patterns.mayBeAppendixLabel(s) && Patterns.APPENDIX_LABEL.matcher(s).lookingAt()) {
                break;
            }
            if (!isFrontMatterLine(s, i == 0) && !(i > 0 && isSubjectAfterTypeLine(lines.get(i - 1), s))) {
                break;
            }
            i++;
        }
        return i;
    }

    /**
     * The subject printed under the type line in sentence case: "KẾ HOẠCH" / "Triển khai thực hiện Chương trình
     * phát triển du lịch năm 2025", "QUYẾT ĐỊNH" / "Ban hành Quy chế phối hợp ...". Not an opening sentence that
     * ends with ":" or ";" ("Thực hiện Nghị quyết số 08-NQ/TW ..., Ủy ban nhân dân tỉnh ban hành Kế hoạch như
     * sau:"), nor one that opens with the words of a legal basis ("Căn cứ ...").
     */
    static boolean isSubjectAfterTypeLine(String previous, String s) {
        boolean typeLine = (TextNormalizer.isAllCaps(previous) || TextNormalizer.isTypeNameAlone(previous))
                && Patterns.TYPE_LINE.matcher(previous).lookingAt() && !Patterns.hasMotto(previous);
        if (!typeLine || s.length() > MAX_TITLE_LENGTH || TextNormalizer.isAllCaps(s) || Patterns.BODY_OPENER.matcher(s).lookingAt()) {
            return false;
        }
        return !s.endsWith(":") && !s.endsWith(";") && (!s.endsWith(".") || s.length() <= MAX_FRONT_SHORT_LINE * 3);
    }

    static boolean isFrontMatterLine(String s, boolean firstLine) {
        if (TextNormalizer.isAllCaps(s) || Patterns.hasMotto(s) || Patterns.OWN_NUMBER.matcher(s).lookingAt()
                || Patterns.PLACE_DATE.matcher(s).lookingAt()) {
            return true;
        }
        boolean open = !TextNormalizer.endsSentence(s);
        if (Character.isLowerCase(s.codePointAt(0)) || s.startsWith("V/v") || s.startsWith("Về ")) {
            return open || s.length() <= MAX_TITLE_LENGTH;
        }
        return open && (firstLine || s.length() <= MAX_FRONT_SHORT_LINE);
    }

    // ------------------------------------------------------------------ labels

    private enum Family { KEYWORD, ROMAN, DECIMAL, OTHER_NUMBERED, BULLET, ORDINAL }

    /**
     * A recognised label: its style (same style = same level while open), the printed label, the path segment,
     * the decimal depth (parts) for decimal labels, and where the rest of the line starts.
     */
    private record Label(Family family, String style, String printed, String segment, int depth, int restOffset) {

        boolean numbered() {
            return family != Family.BULLET && family != Family.ORDINAL;
        }
    }

    private static Label classify(String s, List<Node> stack) {
        if (s.isEmpty()) {
            return null;
        }
        char c = s.charAt(0);
        Matcher m;
        if (Patterns.mayBeKeywordLabel(s)) {
            m = Patterns.KEYWORD_LABEL.matcher(s);
            if (m.lookingAt()) {
                String kw = VietnameseText.fold(m.group("kw"));
                String prefix = switch (kw) {
                    case "phan" -> "P";
                    case "chuong" -> "Ch";
                    case "muc" -> "M";
                    default -> "D";
                };
                return new Label(Family.KEYWORD, "kw:" + kw, m.group().strip(), prefix + asciiSegment(m.group("num")), 0, m.end());
            }
        }
        if (Character.isDigit(c)) {
            if ((m = Patterns.DECIMAL_LABEL.matcher(s)).lookingAt()) {
                String num = m.group("num");
                return new Label(Family.DECIMAL, "decimal", m.group(), num, Patterns.DOT.split(num).length, m.end());
            }
            if ((m = Patterns.NUMBER_LABEL.matcher(s)).lookingAt()) {
                return new Label(Family.DECIMAL, "decimal", m.group(), m.group("num"), 1, m.end());
            }
            if ((m = Patterns.NUMBER_PAREN_LABEL.matcher(s)).lookingAt()) {
                return new Label(Family.OTHER_NUMBERED, "n" + m.group("punct"), m.group(), m.group("num"), 0, m.end());
            }
            return null;
        }
        if (c == '(') {
            if ((m = Patterns.PAREN_NUMBER_LABEL.matcher(s)).lookingAt()) {
                return new Label(Family.OTHER_NUMBERED, "(n)", m.group(), m.group("num"), 0, m.end());
            }
            if ((m = Patterns.PAREN_LETTER_LABEL.matcher(s)).lookingAt()) {
                return new Label(Family.OTHER_NUMBERED, "(a)", m.group(), asciiSegment(m.group("num")), 0, m.end());
            }
            return null;
        }
        if (Character.isUpperCase(c)) {
            if (Patterns.mayBeRomanLabel(s) && (m = Patterns.ROMAN_LABEL.matcher(s)).lookingAt()
                    && isRoman(m.group("num"), stack)) {
                return new Label(Family.ROMAN, "roman", m.group(), m.group("num"), 0, m.end());
            }
            if (Patterns.mayBeLetterLabel(s, true) && (m = Patterns.UPPER_LETTER_LABEL.matcher(s)).lookingAt()) {
                return new Label(Family.OTHER_NUMBERED, "A" + m.group("punct"), m.group(), asciiSegment(m.group("num")), 0, m.end());
            }
            if (Patterns.mayBeOrdinalLabel(s) && (m = Patterns.ORDINAL_LABEL.matcher(s)).lookingAt()) {
                return new Label(Family.ORDINAL, "ordinal", m.group(), null, 0, m.end());
            }
            return null;
        }
        if (Character.isLowerCase(c)) {
            if (Patterns.mayBeLetterLabel(s, false) && (m = Patterns.LETTER_LABEL.matcher(s)).lookingAt()) {
                return new Label(Family.OTHER_NUMBERED, "a" + m.group("punct"), m.group(), asciiSegment(m.group("num")), 0, m.end());
            }
            return null;
        }
        if ((m = Patterns.BULLET_LABEL.matcher(s)).lookingAt()) {
            String symbol = m.group("num");
            String style = "–—".contains(symbol) ? "-" : symbol;
            return new Label(Family.BULLET, "bullet:" + style, symbol, null, 0, m.end());
        }
        return null;
    }

    /** Divisions from the widest: Phần, Chương, Mục, Điều; an appendix is outside the ranking. */
    private static int keywordRank(String style) {
        return switch (style) {
            case "kw:phan" -> 0;
            case "kw:chuong" -> 1;
            case "kw:muc" -> 2;
            case "kw:dieu" -> 3;
            default -> -1;
        };
    }

    /**
     * "I", "V", "X" and multi-letter numerals are Roman; "C.", "D.", "L.", "M." alone are letters unless an open
     * Roman list expects them. An open upper-case letter list takes "I." when it follows "H.".
     */
    private static boolean isRoman(String num, List<Node> stack) {
        for (int k = stack.size() - 1; k >= 0; k--) {
            Node n = stack.get(k);
            if (n.label == null) {
                continue;
            }
            if (n.label.style.startsWith("A") && num.length() == 1 && n.label.segment.length() == 1
                    && n.label.segment.charAt(0) + 1 == num.charAt(0)) {
                return false;
            }
            if (n.label.family == Family.ROMAN) {
                return num.length() > 1 || romanValue(num) == romanValue(n.label.segment) + 1 || "IVX".contains(num);
            }
        }
        return num.length() > 1 || "IVX".contains(num);
    }

    private static int romanValue(String s) {
        int total = 0;
        int prev = 0;
        for (int i = s.length() - 1; i >= 0; i--) {
            int v = switch (s.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                case 'L' -> 50;
                case 'C' -> 100;
                case 'D' -> 500;
                case 'M' -> 1000;
                default -> 0;
            };
            total += v < prev ? -v : v;
            prev = Math.max(prev, v);
        }
        return total;
    }

    /** A path segment safe in a URL: "đ" → "dd", other diacritics dropped, dots → "-". */
    private static String asciiSegment(String s) {
        String folded = s.replace("đ", "dd").replace("Đ", "DD");
        folded = Patterns.COMBINING_MARK.matcher(java.text.Normalizer.normalize(folded, java.text.Normalizer.Form.NFD)).replaceAll("");
        return folded.replace('.', '-');
    }

    // ------------------------------------------------------------------ the tree

    /** A clause under construction. */
    private static final class Node {
        final Node parent;
        final Label label;
        final ClauseKind kind;
        final int start;
        int end;
        String rest;
        String extraHeading;
        String rowNumber;
        Map<ColumnRole, String> cells;
        int children;
        int labelledChildren;
        String path;

        Node(Node parent, Label label, ClauseKind kind, int start, int end, String rest) {
            this.parent = parent;
            this.label = label;
            this.kind = kind;
            this.start = start;
            this.end = end;
            this.rest = rest;
        }

        boolean unlabelled() {
            return kind == ClauseKind.PARAGRAPH || kind == ClauseKind.BULLET;
        }
    }

    private static final class Builder {
        final List<Node> nodes = new ArrayList<>();
        final List<Node> stack = new ArrayList<>();
        List<ColumnRole> tableRoles;

        Node add(Node parent, Label label, ClauseKind kind, Line line, String rest) {
            Node node = new Node(parent, label, kind, line.start, line.end, rest);
            nodes.add(node);
            if (parent != null) {
                parent.children++;
                if (!node.unlabelled()) {
                    parent.labelledChildren++;
                }
            }
            return node;
        }

        Node topNumbered() {
            for (int k = stack.size() - 1; k >= 0; k--) {
                Node n = stack.get(k);
                if (n.kind != ClauseKind.BULLET) {
                    return n;
                }
            }
            return null;
        }

        void popAbove(Node keep) {
            while (!stack.isEmpty() && stack.get(stack.size() - 1) != keep) {
                stack.remove(stack.size() - 1);
            }
        }

        void paragraph(Line line) {
            add(topNumbered(), null, ClauseKind.PARAGRAPH, line, line.text);
        }

        int labelled(List<Line> lines, int i, Label label) {
            Line line = lines.get(i);
            Node parent = placeFor(label);
            ClauseKind kind = label.numbered() ? ClauseKind.NUMBERED : ClauseKind.BULLET;
            String rest = line.text.substring(Math.min(label.restOffset, line.text.length())).strip();
            Node node = add(parent, label, kind, line, rest);
            stack.add(node);
            int next = i + 1;
            // a label alone on its line takes the next line as its title or text: "Chương I" / "QUY ĐỊNH CHUNG"
            if (rest.isEmpty() && next < lines.size() && classify(lines.get(next).text, stack) == null
                    && !Patterns.APPENDIX_LABEL.matcher(lines.get(next).text).lookingAt()
                    && lines.get(next).text.indexOf(" | ") < 0) {
                node.rest = lines.get(next).text;
                node.end = lines.get(next).end;
                next++;
            }
            return next;
        }

        /** Closes what the new label ends and returns its parent. */
        Node placeFor(Label label) {
            if (label.family == Family.DECIMAL) {
                int sibling = -1;
                for (int k = stack.size() - 1; k >= 0; k--) {
                    Node n = stack.get(k);
                    if (n.label != null && n.label.family == Family.DECIMAL) {
                        if (n.label.depth < label.depth) {
                            popAbove(n);
                            return n;
                        }
                        sibling = k;
                    }
                }
                if (sibling >= 0) {
                    Node parent = stack.get(sibling).parent;
                    truncate(sibling);
                    return parent;
                }
                truncateBullets();
                return stack.isEmpty() ? null : stack.get(stack.size() - 1);
            }
            if (label.family == Family.KEYWORD) {
                // "Chương II" closes the open Điều and Mục of Chương I, not only an open Chương
                for (int k = 0; k < stack.size(); k++) {
                    Node n = stack.get(k);
                    if (n.label != null && n.label.family == Family.KEYWORD
                            && keywordRank(n.label.style) >= keywordRank(label.style)) {
                        Node parent = n.parent;
                        truncate(k);
                        return parent;
                    }
                }
            }
            for (int k = stack.size() - 1; k >= 0; k--) {
                Node n = stack.get(k);
                if (n.label != null && n.label.style.equals(label.style)) {
                    Node parent = n.parent;
                    truncate(k);
                    return parent;
                }
            }
            if (label.numbered()) {
                truncateBullets();
            }
            return stack.isEmpty() ? null : stack.get(stack.size() - 1);
        }

        void truncate(int size) {
            while (stack.size() > size) {
                stack.remove(stack.size() - 1);
            }
        }

        void truncateBullets() {
            while (!stack.isEmpty() && stack.get(stack.size() - 1).kind == ClauseKind.BULLET) {
                stack.remove(stack.size() - 1);
            }
        }

        int appendix(List<Line> lines, int i, Matcher m) {
            stack.clear();
            endTable();
            Line line = lines.get(i);
            String num = m.group("num");
            Label label = new Label(Family.KEYWORD, "appendix", m.group().strip(), "PL" + (num == null ? "" : asciiSegment(num)), 0, m.end());
            String rest = line.text.substring(m.end()).strip();
            Node node = add(null, label, ClauseKind.APPENDIX, line, rest);
            stack.add(node);
            StringBuilder title = new StringBuilder(rest);
            int k = i + 1;
            while (k < lines.size()) {
                String s = lines.get(k).text;
                if (s.indexOf(" | ") >= 0 || startsWithLabel(s)
                        || Patterns.mayBeAppendixLabel(s) && Patterns.APPENDIX_LABEL.matcher(s).lookingAt()) {
                    break;
                }
                boolean titleLine = TextNormalizer.isAllCaps(s) || s.startsWith("(") || Character.isLowerCase(s.codePointAt(0));
                if (!titleLine) {
                    break;
                }
                if (title.length() > 0) {
                    title.append(' ');
                }
                title.append(s);
                node.end = lines.get(k).end;
                k++;
            }
            node.extraHeading = title.toString();
            return k;
        }

        void tableHeader(List<String> cells) {
            tableRoles = new ArrayList<>(cells.size());
            for (String c : cells) {
                tableRoles.add(ColumnRoles.of(c));
            }
        }

        boolean inTable() {
            return tableRoles != null;
        }

        void endTable() {
            tableRoles = null;
        }

        void tableRow(Line line, List<String> cells) {
            Map<ColumnRole, String> byRole = new EnumMap<>(ColumnRole.class);
            List<String> content = new ArrayList<>(cells.size());
            for (int c = 0; c < cells.size(); c++) {
                ColumnRole role = c < tableRoles.size() ? tableRoles.get(c) : ColumnRole.OTHER;
                String cell = cells.get(c).strip();
                byRole.merge(role, cell, (a, b) -> a + " | " + b);
                if (role != ColumnRole.NUMBER) {
                    content.add(cell);
                }
            }
            Node parent = topNumbered();
            truncateBullets();
            Node row = add(parent, null, ClauseKind.TABLE_ROW, line, String.join(" | ", content));
            row.rowNumber = cells.get(0).strip();
            row.cells = byRole;
        }

        List<Clause> build() {
            Map<Node, Map<String, Integer>> used = new HashMap<>();
            Map<Node, Integer> unlabelledCount = new HashMap<>();
            Map<String, Integer> topUsed = new HashMap<>();
            int topUnlabelled = 0;
            int topLabelled = 0;
            for (Node n : nodes) {
                if (n.parent == null && !n.unlabelled()) {
                    topLabelled++;
                }
            }
            List<Clause> out = new ArrayList<>(nodes.size());
            for (Node n : nodes) {
                String segment;
                boolean mixed = n.parent == null ? topLabelled > 0 : n.parent.labelledChildren > 0;
                if (n.unlabelled()) {
                    int position;
                    if (n.parent == null) {
                        position = ++topUnlabelled;
                    } else {
                        position = unlabelledCount.merge(n.parent, 1, Integer::sum);
                    }
                    segment = (mixed ? "p" : "") + position;
                } else if (n.kind == ClauseKind.TABLE_ROW) {
                    segment = asciiSegment(Patterns.TRAILING_DOTS.matcher(n.rowNumber).replaceAll(""));
                } else {
                    segment = segmentOf(n);
                }
                Map<String, Integer> siblings = n.parent == null ? topUsed : used.computeIfAbsent(n.parent, k -> new HashMap<>());
                int seen = siblings.merge(segment, 1, Integer::sum);
                if (seen > 1) {
                    segment = segment + "_" + seen;
                }
                n.path = n.parent == null ? segment : n.parent.path + "." + segment;
                out.add(toClause(n));
            }
            return out;
        }

        private static String segmentOf(Node n) {
            Label label = n.label;
            if (label.family == Family.DECIMAL) {
                String[] parts = Patterns.DOT.split(label.segment);
                Node p = n.parent;
                if (parts.length == 1) {
                    return parts[0];
                }
                if (p != null && p.label != null && p.label.family == Family.DECIMAL && p.label.depth == parts.length - 1) {
                    return parts[parts.length - 1];
                }
                return String.join("-", parts);
            }
            return label.segment;
        }

        private static Clause toClause(Node n) {
            String parentPath = n.parent == null ? null : n.parent.path;
            String printed = n.label == null ? (n.kind == ClauseKind.TABLE_ROW ? n.rowNumber : null) : n.label.printed;
            String heading = null;
            String text = n.rest;
            if (n.kind == ClauseKind.APPENDIX) {
                heading = n.extraHeading == null || n.extraHeading.isEmpty() ? null : n.extraHeading;
                text = "";
            } else if (n.kind == ClauseKind.NUMBERED && isTitle(n)) {
                heading = n.rest;
                text = "";
            }
            return new Clause(n.path, parentPath, printed, heading, text, n.start, n.end, n.kind, n.cells);
        }

        private static boolean isTitle(Node n) {
            String rest = n.rest;
            if (rest.isEmpty() || n.children == 0 || rest.endsWith(":") || rest.endsWith(";")) {
                return false;
            }
            if (TextNormalizer.isAllCaps(rest)) {
                return true;
            }
            // a mixed-case title ending with a full stop is short ("Mục đích."); a longer one is a sentence
            boolean sentence = rest.endsWith(".") && rest.length() > MAX_DOTTED_TITLE_LENGTH;
            return rest.length() <= MAX_TITLE_LENGTH && !sentence && !hasSentenceBreak(rest);
        }

        private static boolean hasSentenceBreak(String s) {
            for (int i = 0; i + 2 < s.length(); i++) {
                char c = s.charAt(i);
                if ((c == '.' || c == '!' || c == '?' || c == ':') && s.charAt(i + 1) == ' ' && Character.isUpperCase(s.charAt(i + 2))) {
                    return true;
                }
            }
            return false;
        }
    }
}
