package org.vanban.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.vanban.domain.Clause;
import org.vanban.domain.ClauseKind;
import org.vanban.parse.VietnameseText;

/**
 * The outline the extractors walk: for every clause its label, its heading line and its ancestors.
 *
 * <p>Built from the clause tree's parent links. A clause list without any parent link (a flat list, one
 * clause per paragraph, as a plain-text fallback produces) is given an outline from the labels its lines
 * start with ("II.", "2.1.", "a)", "(6)", "-"), so that the extractors work on either.
 */
final class ClauseOutline {

    /**
     * One clause in the outline.
     *
     * @param clause   the clause
     * @param index    its position in document order
     * @param label    the label as printed ("(6)", "2.1."), null for a plain paragraph
     * @param line     the heading when there is one, otherwise the text, without the label
     * @param parent   the parent's index, -1 at the top
     * @param item     a labelled unit (numbered or bullet), as opposed to a plain paragraph
     */
    record Node(Clause clause, int index, String label, String line, int parent, boolean item) {

        /** The label and heading as a reader quotes them: "1. Chỉ tiêu chủ yếu bình quân/năm và đến năm 2025". */
        String display() {
            return label == null ? line : label + " " + line;
        }
    }

    private final List<Node> nodes;
    private final boolean[] hasChildren;
    private final String[] foldedDisplay;

    private ClauseOutline(List<Node> nodes) {
        this.nodes = nodes;
        this.foldedDisplay = new String[nodes.size()];
        this.hasChildren = new boolean[nodes.size()];
        for (Node node : nodes) {
            if (node.parent() >= 0) {
                hasChildren[node.parent()] = true;
            }
        }
    }

    static ClauseOutline of(List<Clause> clauses) {
        boolean linked = clauses.stream().anyMatch(c -> c.parentPath() != null);
        return new ClauseOutline(linked ? fromLinks(clauses) : fromLabels(clauses));
    }

    List<Node> nodes() {
        return nodes;
    }

    boolean hasChildren(Node node) {
        return hasChildren[node.index()];
    }

    /** The label and heading folded (no diacritics, lower case), computed once: headings are asked often. */
    String foldedDisplay(Node node) {
        String folded = foldedDisplay[node.index()];
        if (folded == null) {
            folded = VietnameseText.fold(node.display());
            foldedDisplay[node.index()] = folded;
        }
        return folded;
    }

    /** Ancestors, nearest first. */
    List<Node> ancestors(Node node) {
        List<Node> result = new ArrayList<>();
        for (int p = node.parent(); p >= 0; p = nodes.get(p).parent()) {
            result.add(nodes.get(p));
        }
        return result;
    }

    /**
     * A section heading rather than content: it has children and its own text is a title (short, or ending
     * with ':'), or the parser marked it as a heading with no text of its own.
     */
    boolean isHeading(Node node) {
        Clause c = node.clause();
        if (c.heading() != null && !c.heading().isBlank() && (c.text() == null || c.text().isBlank())) {
            return true;
        }
        if (!hasChildren(node)) {
            return false;
        }
        String line = node.line().strip();
        return line.length() <= 160 || line.endsWith(":");
    }

    private static List<Node> fromLinks(List<Clause> clauses) {
        Map<String, Integer> indexByPath = new HashMap<>();
        List<Node> nodes = new ArrayList<>(clauses.size());
        for (int i = 0; i < clauses.size(); i++) {
            Clause c = clauses.get(i);
            indexByPath.putIfAbsent(c.path(), i);
            Integer parent = c.parentPath() == null ? null : indexByPath.get(c.parentPath());
            String line = c.heading() != null && !c.heading().isBlank() ? c.heading() : c.text();
            boolean item = c.kind() == ClauseKind.NUMBERED || c.kind() == ClauseKind.BULLET
                    || c.kind() == ClauseKind.TABLE_ROW;
            nodes.add(new Node(c, i, c.label(), line == null ? "" : line.strip(), parent == null ? -1 : parent,
                    item));
        }
        return nodes;
    }

    private record Level(int index, int depth) {
    }

    private static List<Node> fromLabels(List<Clause> clauses) {
        List<Node> nodes = new ArrayList<>(clauses.size());
        Deque<Level> open = new ArrayDeque<>();
        for (int i = 0; i < clauses.size(); i++) {
            Clause c = clauses.get(i);
            String text = TargetPatterns.MARKDOWN_DEBRIS.matcher(c.fullText() == null ? "" : c.fullText())
                    .replaceAll("").strip();
            String label = null;
            int depth = Integer.MAX_VALUE;
            for (Object[] rule : LABEL_RULES) {
                Matcher m = ((Pattern) rule[0]).matcher(text);
                if (m.find()) {
                    label = m.group();
                    depth = (int) rule[1];
                    if (rule[0] == TargetPatterns.LABEL_DOTTED) {
                        depth += (int) label.chars().filter(ch -> ch == '.').count() - (label.endsWith(".") ? 1 : 0);
                    }
                    text = text.substring(m.end()).strip();
                    break;
                }
            }
            int parent;
            if (label != null) {
                while (!open.isEmpty() && open.peek().depth() >= depth) {
                    open.pop();
                }
                parent = open.isEmpty() ? -1 : open.peek().index();
                open.push(new Level(i, depth));
            } else {
                // a plain paragraph belongs to the enclosing section, not to the list item before it
                while (!open.isEmpty() && open.peek().depth() >= ITEM_DEPTH) {
                    open.pop();
                }
                parent = open.isEmpty() ? -1 : open.peek().index();
            }
            nodes.add(new Node(c, i, label, text, parent, label != null));
        }
        return nodes;
    }

    private static final int ITEM_DEPTH = 6;

    private static final Object[][] LABEL_RULES = {
        {TargetPatterns.LABEL_PART, 0},
        {TargetPatterns.LABEL_ROMAN, 1},
        {TargetPatterns.LABEL_ARTICLE, 2},
        {TargetPatterns.LABEL_DOTTED, 2},
        {TargetPatterns.LABEL_NUMBER, 2},
        {TargetPatterns.LABEL_LETTER, 5},
        {TargetPatterns.LABEL_PAREN, ITEM_DEPTH},
        {TargetPatterns.LABEL_BULLET, 7},
    };
}
