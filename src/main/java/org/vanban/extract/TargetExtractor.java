package org.vanban.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;

import org.vanban.domain.Clause;
import org.vanban.domain.DocumentHeader;
import org.vanban.domain.Target;
import org.vanban.parse.RegexGate;
import org.vanban.parse.VietnameseText;

/**
 * Stage 3b: clause tree → targets (chỉ tiêu) with their values. Pure.
 *
 * <p>A target is a list item (numbered "(6)", lettered, or a bullet) whose nearest deciding heading announces
 * targets ("Chỉ tiêu chủ yếu", "Các chỉ tiêu kinh tế", "Mục tiêu cụ thể"). A heading deciding otherwise
 * ("Các đột phá chiến lược", "Nhiệm vụ, giải pháp") wins when it is nearer; headings naming both, or neither
 * ("a) Về kinh tế"), do not decide. Section headings themselves are never targets, and parts of a target
 * (its own sub-items) are not targets of their own.
 *
 * <p>The horizon year is the first year the text names ("đến năm 2025", "năm 2030"; not "so với năm 2023"),
 * else the nearest heading's, else the end of a period in the text or headings ("giai đoạn 2026 - 2030"),
 * else the year in the document's title (an annual resolution: "... giải pháp năm 2024") or the end of
 * the period it names ("giai đoạn 2021 - 2025"). The same target
 * printed twice (a repeated block) is kept once.
 */
public final class TargetExtractor {

    private enum HeadingRole { TARGETS, OTHER, NEUTRAL }

    public List<Target> extract(DocumentHeader header, List<Clause> clauses) {
        ClauseOutline outline = ClauseOutline.of(clauses);
        String title = header == null ? null : header.title();
        Integer documentYear = title == null ? null
                : explicitYear(title) != null ? explicitYear(title) : periodEnd(title);
        List<Target> targets = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        HeadingRole[] roles = new HeadingRole[outline.nodes().size()];
        HeadingYears headingYears = new HeadingYears(outline.nodes().size());
        String[] groupKeys = new String[outline.nodes().size()]; // each heading's match key, made once
        for (ClauseOutline.Node node : outline.nodes()) {
            if (!node.item() || outline.isHeading(node) || node.line().isBlank()) {
                continue;
            }
            List<ClauseOutline.Node> ancestors = outline.ancestors(node);
            if (ancestors.stream().anyMatch(a -> a.item() && !outline.isHeading(a))) {
                continue; // a part of a target, not a target of its own
            }
            ClauseOutline.Node group = targetsHeading(outline, ancestors, roles);
            if (group == null) {
                continue;
            }
            String text = tidy(node.line());
            String groupKey = groupKeys[group.index()];
            if (groupKey == null) {
                groupKey = VietnameseText.matchKey(group.display());
                groupKeys[group.index()] = groupKey;
            }
            // VietnameseText.matchKey(text), from the unified text the indicator key needs too
            String unified = VietnameseText.unifyTonePlacement(text);
            if (!seen.add(groupKey + "\u0000" + VietnameseText.collapseWhitespace(unified).toLowerCase(Locale.ROOT))) {
                continue;
            }
            List<MatchResult> values = TargetValues.matches(text);
            targets.add(new Target(node.clause().path(), tidy(group.display()), text,
                    year(text, ancestors, documentYear, headingYears), TargetValues.read(text, values),
                    IndicatorKey.of(text, unified, values)));
        }
        return targets;
    }

    /** Whitespace collapsed, no-break spaces included: scraped pages end headings with U+00A0. */
    private static String tidy(String s) {
        return TargetPatterns.isTidy(s) ? s.strip() : TargetPatterns.WHITESPACE.matcher(s).replaceAll(" ").strip();
    }

    /** {@code roles} holds each heading's role once read: every item under a heading asks for it again. */
    private static ClauseOutline.Node targetsHeading(ClauseOutline outline, List<ClauseOutline.Node> ancestors,
            HeadingRole[] roles) {
        for (ClauseOutline.Node ancestor : ancestors) {
            HeadingRole role = roles[ancestor.index()];
            if (role == null) {
                role = role(outline.foldedDisplay(ancestor));
                roles[ancestor.index()] = role;
            }
            switch (role) {
                case TARGETS:
                    return ancestor;
                case OTHER:
                    return null;
                default:
                    break;
            }
        }
        return null;
    }

    private static HeadingRole role(String folded) {
        boolean targets = RegexGate.containsAny(folded, TargetPatterns.TARGETS_HEADING_WORDS)
                && TargetPatterns.TARGETS_HEADING.matcher(folded).find();
        boolean other = RegexGate.containsAny(folded, TargetPatterns.OTHER_HEADING_WORDS)
                && TargetPatterns.OTHER_HEADING.matcher(folded).find();
        if (targets && !other) {
            return HeadingRole.TARGETS;
        }
        return other && !targets ? HeadingRole.OTHER : HeadingRole.NEUTRAL;
    }

    static Integer year(String text, List<ClauseOutline.Node> ancestors, Integer documentYear) {
        return year(text, ancestors, documentYear, new HeadingYears(0));
    }

    private static Integer year(String text, List<ClauseOutline.Node> ancestors, Integer documentYear,
            HeadingYears headingYears) {
        Integer year = explicitYear(text);
        if (year != null) {
            return year;
        }
        for (ClauseOutline.Node ancestor : ancestors) {
            year = headingYears.explicitYear(ancestor);
            if (year != null) {
                return year;
            }
        }
        year = periodEnd(text);
        if (year != null) {
            return year;
        }
        for (ClauseOutline.Node ancestor : ancestors) {
            year = headingYears.periodEnd(ancestor);
            if (year != null) {
                return year;
            }
        }
        return documentYear;
    }

    /**
     * The years each heading names, read once per heading: every target under it asks again. A heading that
     * names none is remembered as {@link #NONE}. With no room (size 0) every question is read afresh.
     */
    private static final class HeadingYears {
        private static final Integer NONE = Integer.MIN_VALUE;
        private final Integer[] explicit;
        private final Integer[] periodEnds;

        HeadingYears(int nodes) {
            explicit = new Integer[nodes];
            periodEnds = new Integer[nodes];
        }

        Integer explicitYear(ClauseOutline.Node node) {
            return remembered(explicit, node, () -> TargetExtractor.explicitYear(node.display()));
        }

        Integer periodEnd(ClauseOutline.Node node) {
            return remembered(periodEnds, node, () -> TargetExtractor.periodEnd(node.display()));
        }

        private static Integer remembered(Integer[] years, ClauseOutline.Node node,
                java.util.function.Supplier<Integer> read) {
            if (node.index() >= years.length) {
                return read.get();
            }
            Integer year = years[node.index()];
            if (year == null) {
                year = read.get();
                years[node.index()] = year == null ? NONE : year;
            }
            return NONE.equals(year) ? null : year;
        }
    }

    /** "đến năm 2025" gives 2025; a year inside a period or after "so với"/"từ" does not count. */
    static Integer explicitYear(String text) {
        if (text == null || !mayNameYear(text)) {
            return null;
        }
        String masked = maskPeriods(text);
        Matcher m = TargetPatterns.YEAR.matcher(masked);
        int from = 0;
        while (RegexGate.findAtWords(m, masked, from, TargetPatterns.YEAR_WORDS, null)) {
            from = m.end();
            String before = masked.substring(Math.max(0, m.start() - 12), m.start());
            if (!TargetPatterns.BASELINE_LEAD.matcher(before).find()) {
                return Integer.valueOf(m.group(1));
            }
        }
        return null;
    }

    /** Years and periods are written with four digits: a text without a run of four names none. */
    private static boolean mayNameYear(String text) {
        return RegexGate.longestDigitRun(text, 4) >= 4;
    }

    private static Integer periodEnd(String text) {
        if (!mayNameYear(text)) {
            return null;
        }
        Matcher m = TargetPatterns.PERIOD.matcher(text);
        return RegexGate.find(m, text, 0, TargetPatterns.PERIOD_START) ? Integer.valueOf(m.group(2)) : null;
    }

    /** Each {@link TargetPatterns#PERIOD} written over with '#', so that its years are not read as named years. */
    private static String maskPeriods(String text) {
        Matcher m = TargetPatterns.PERIOD.matcher(text);
        StringBuilder out = null;
        int last = 0;
        while (RegexGate.find(m, text, last, TargetPatterns.PERIOD_START)) {
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, last, m.start()).repeat('#', m.end() - m.start());
            last = m.end();
        }
        return out == null ? text : out.append(text, last, text.length()).toString();
    }
}
