package org.vanban.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

import org.vanban.domain.Clause;
import org.vanban.domain.DocumentHeader;
import org.vanban.domain.Reference;
import org.vanban.domain.ReferenceRelation;
import org.vanban.parse.RegexGate;
import org.vanban.parse.VietnameseText;

/**
 * Stage 3c: header and clause tree → references to other documents. Pure.
 *
 * <p>Every cited number gives one {@link Reference} per clause that cites it (the title and header give
 * references with a null clause path). The document's own number is not a reference. What the citation
 * states next to the number (type, date, issuer) is kept as stated, so two citations may disagree.
 *
 * <p>The relation is IMPLEMENTS when the title, the preamble (the text before the first labelled section)
 * or a purpose section ("Mục đích") says the document carries the cited one out ("thực hiện", "triển khai",
 * "cụ thể hóa" governing the number, or a number coordinated with one so governed); BASIS when the sentence
 * opens with "Căn cứ"; CITES otherwise. A number inside what another cited document is about ("Kết luận số
 * 96-KL/TW ... về tiếp tục thực hiện Nghị quyết số 45-NQ/TW") is only cited.
 */
public final class ReferenceExtractor {

    /** How far after a verb the governed number may start: "triển khai thực hiện kịp thời, đồng bộ, có hiệu quả ". */
    private static final int MAX_VERB_DISTANCE = 70;

    /** How far before a number its type word is looked for: "CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ ". */
    private static final int TYPE_WINDOW = 40;
    /** How far before a number a law's type word is looked for, past its name: "Luật Ngân sách nhà nước số ". */
    private static final int NAMED_LAW_WINDOW = 90;

    /** How far after a number its date and issuer are looked for. */
    private static final int METADATA_WINDOW = 160;

    public List<Reference> extract(DocumentHeader header, List<Clause> clauses) {
        String ownKey = header == null ? null : DocumentNumber.compareKey(header.number());
        ClauseOutline outline = ClauseOutline.of(clauses);
        Map<String, Reference> byNumberAndClause = new LinkedHashMap<>();

        if (header != null && header.title() != null) {
            collect(header.title(), null, true, ownKey, byNumberAndClause);
        }
        boolean preamble = true;
        Boolean[] purposeHeadings = new Boolean[outline.nodes().size()];
        for (ClauseOutline.Node node : outline.nodes()) {
            if (node.label() != null && node.item()) {
                preamble = false;
            }
            boolean implementScope = preamble || inPurposeSection(outline, node, purposeHeadings);
            String text = node.clause().fullText();
            if (text != null && !text.isBlank()) {
                collect(text, node.clause().path(), implementScope, ownKey, byNumberAndClause);
            }
        }
        if (header != null && header.about() != null) {
            String about = DocumentNumber.normalize(header.about());
            boolean cited = byNumberAndClause.values().stream()
                    .anyMatch(r -> r.number().equalsIgnoreCase(about));
            if (!cited && !about.equalsIgnoreCase(ownKey)) {
                byNumberAndClause.put(key(about, null), new Reference(about, header.about(),
                        DocumentNumber.typeFromSymbol(about), null, DocumentNumber.issuerFromSymbol(about),
                        ReferenceRelation.CITES, null, false));
            }
        }
        return List.copyOf(byNumberAndClause.values());
    }

    /** {@code purposeHeadings} keeps, per node, whether its heading names a purpose: every clause under it asks. */
    private static boolean inPurposeSection(ClauseOutline outline, ClauseOutline.Node node, Boolean[] purposeHeadings) {
        for (ClauseOutline.Node ancestor : outline.ancestors(node)) {
            Boolean purpose = purposeHeadings[ancestor.index()];
            if (purpose == null) {
                purpose = ReferencePatterns.PURPOSE_HEADING.matcher(outline.foldedDisplay(ancestor)).find();
                purposeHeadings[ancestor.index()] = purpose;
            }
            if (purpose) {
                return true;
            }
        }
        return false;
    }

    /** One number found in a text, with where it starts (its type word included) and ends. */
    private record Found(String number, String asWritten, boolean partial, String typeWord, int start,
            int designatorStart, int end) {
    }

    private void collect(String text, String clausePath, boolean implementScope, String ownKey,
            Map<String, Reference> out) {
        List<Found> found = find(text);
        Map<String, ReferenceRelation> relationByNumber = new HashMap<>();
        ReferenceRelation head = ReferenceRelation.CITES;
        int previousEnd = 0;
        for (Found f : found) {
            int sentenceStart = lastSentenceBreak(text, previousEnd, f.designatorStart());
            if (sentenceStart > previousEnd) {
                head = ReferenceRelation.CITES;
            }
            String gap = text.substring(Math.max(previousEnd, sentenceStart), f.designatorStart());
            String compareKey = DocumentNumber.compareKey(f.number());
            ReferenceRelation relation;
            if (gap.indexOf('(') >= 0 && ReferencePatterns.ALIAS_GAP.matcher(gap).find() && previousEnd > 0) {
                relation = relationByNumber.getOrDefault(compareKey, head);
            } else {
                Governing governing = governing(text, Math.max(previousEnd, sentenceStart),
                        f.designatorStart());
                if (governing == Governing.DIRECT) {
                    relation = implementScope ? ReferenceRelation.IMPLEMENTS : ReferenceRelation.CITES;
                    head = relation;
                } else if (governing == Governing.NESTED) {
                    relation = ReferenceRelation.CITES;
                } else if (previousEnd > 0 && RegexGate.find(ReferencePatterns.COORDINATED_GAP.matcher(gap), gap, 0,
                        ReferencePatterns.COORDINATED_GAP_START)) {
                    relation = head;
                } else {
                    relation = ReferenceRelation.CITES;
                    head = relation;
                }
                if (relation == ReferenceRelation.CITES && isBasis(text, sentenceStart, f.designatorStart())) {
                    relation = ReferenceRelation.BASIS;
                    head = relation;
                }
            }
            relationByNumber.putIfAbsent(compareKey, relation);
            previousEnd = f.end();

            if (compareKey.equals(ownKey) || isOwnNumberLine(text, f.start())) {
                continue;
            }
            String k = key(compareKey, clausePath);
            Reference existing = out.get(k);
            Reference ref = describe(text, f, relation, clausePath);
            if (existing == null) {
                out.put(k, ref);
            } else {
                out.put(k, merge(existing, ref));
            }
        }
    }

    private enum Governing { DIRECT, NESTED, NONE }

    /**
     * Whether an implementing verb in text[from, to) governs the number that starts at {@code to}. The patterns
     * read text[from, to) as a text of its own (the bounds of a region are opaque), so they are run on that
     * substring, tried only where their opening words are.
     */
    private static Governing governing(String text, int from, int to) {
        String region = text.substring(from, to);
        Matcher verb = ReferencePatterns.IMPLEMENT_VERB.matcher(region);
        int verbStart = -1;
        int verbEnd = -1;
        int at = 0;
        while (RegexGate.findAtWords(verb, region, at, ReferencePatterns.IMPLEMENT_VERB_WORDS, null)) {
            verbStart = from + verb.start();
            verbEnd = from + verb.end();
            at = verb.end();
        }
        if (verbStart < 0 || to - verbEnd > MAX_VERB_DISTANCE) {
            return Governing.NONE;
        }
        String between = text.substring(verbEnd, to);
        if (between.contains("(") || between.contains(")") || RegexGate.find(
                ReferencePatterns.DOCUMENT_NUMBER.matcher(between), between, 0, ReferencePatterns.DOCUMENT_NUMBER_START)) {
            return Governing.NONE;
        }
        int beforeStart = Math.max(from, verbStart - 40);
        String before = text.substring(beforeStart, verbStart);
        if (RegexGate.findAtWords(ReferencePatterns.NESTED_VERB_LEAD.matcher(before), before, 0,
                ReferencePatterns.NESTED_VERB_LEAD_WORDS, null)) {
            return Governing.NESTED;
        }
        return Governing.DIRECT;
    }

    /** Whether "Căn cứ" opens the sentence text[from, to) (as {@link ReferencePatterns#BASIS_LEAD} finds it there). */
    private static boolean isBasis(String text, int from, int to) {
        String sentence = text.substring(from, to);
        return RegexGate.findAtWords(ReferencePatterns.BASIS_LEAD.matcher(sentence), sentence, 0,
                ReferencePatterns.BASIS_LEAD_WORDS, null);
    }

    /**
     * Where the last {@link ReferencePatterns#SENTENCE_BREAK} in text[from, to) ends, {@code from} if none: the
     * pattern is tried only at the characters a break opens with, within the same region.
     */
    private static int lastSentenceBreak(String text, int from, int to) {
        Matcher m = ReferencePatterns.SENTENCE_BREAK.matcher(text);
        int last = from;
        int i = from;
        while (i < to) {
            if (ReferencePatterns.maySentenceBreakAt(text.charAt(i)) && m.region(i, to).lookingAt()) {
                last = m.end();
                i = m.end();
            } else {
                i++;
            }
        }
        return last;
    }

    private static boolean isOwnNumberLine(String text, int start) {
        String before = text.substring(Math.max(0, start - 20), start);
        return RegexGate.find(ReferencePatterns.OWN_NUMBER_LEAD.matcher(before), before, 0,
                ReferencePatterns.OWN_NUMBER_LEAD_START);
    }

    /** Full and partial numbers in document order, with the type word printed right before each. */
    private static List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        Matcher m = ReferencePatterns.DOCUMENT_NUMBER.matcher(text);
        int from = 0;
        while (RegexGate.find(m, text, from, ReferencePatterns.DOCUMENT_NUMBER_START)) {
            from = Math.max(m.end(), m.start() + 1);
            String asWritten = m.group().strip();
            int start = m.start();
            String typeWord = null;
            String window = text.substring(Math.max(0, start - TYPE_WINDOW), start);
            Matcher type = ReferencePatterns.TYPE_BEFORE.matcher(window);
            int designatorStart = start;
            if (RegexGate.find(type, window, 0, ReferencePatterns.TYPE_BEFORE_START)) {
                typeWord = type.group(1);
                designatorStart = start - (type.regionEnd() - type.start(1));
            } else {
                String lawWindow = text.substring(Math.max(0, start - NAMED_LAW_WINDOW), start);
                Matcher law = ReferencePatterns.NAMED_LAW_BEFORE.matcher(lawWindow);
                typeWord = RegexGate.find(law, lawWindow, 0, ReferencePatterns.NAMED_LAW_BEFORE_START)
                        ? law.group(1) : null;
            }
            found.add(new Found(DocumentNumber.normalize(asWritten), asWritten, false, typeWord, start,
                    designatorStart, m.end()));
        }
        Matcher p = ReferencePatterns.PARTIAL_NUMBER.matcher(text);
        from = 0;
        while (RegexGate.findAtWords(p, text, from, ReferencePatterns.PARTIAL_NUMBER_WORDS,
                ReferencePatterns.PARTIAL_NUMBER_START)) {
            from = Math.max(p.end(), p.start() + 1);
            int start = p.start();
            String window = text.substring(Math.max(0, start - TYPE_WINDOW), start);
            Matcher type = ReferencePatterns.TYPE_BEFORE.matcher(window);
            if (RegexGate.find(type, window, 0, ReferencePatterns.TYPE_BEFORE_START)) {
                int designatorStart = start - (type.regionEnd() - type.start(1));
                found.add(new Found(p.group(1), p.group(1), true, type.group(1), p.start(1), designatorStart, p.end()));
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    private static Reference describe(String text, Found f, ReferenceRelation relation, String clausePath) {
        String type = f.typeWord() != null ? canonicalType(f.typeWord())
                : f.partial() ? null : DocumentNumber.typeFromSymbol(f.number());
        int metadataFrom = f.end();
        Matcher shared = ReferencePatterns.SHARED_METADATA_GAP.matcher(text);
        // "các Báo cáo số 464-BC/TU và 465-BC/TU, ngày 01/12/2023": numbers under one type word share the date
        while (shared.region(metadataFrom, text.length()).lookingAt()) {
            metadataFrom = shared.end();
        }
        String after = text.substring(metadataFrom, Math.min(text.length(), metadataFrom + METADATA_WINDOW));
        LocalDate date = null;
        int issuerFrom = 0;
        boolean dated = false;
        Matcher d = ReferencePatterns.DATE_AFTER.matcher(after);
        if (d.find()) {
            date = d.group(1) != null ? date(d.group(1), d.group(2), d.group(3)) : date(d.group(4), d.group(5), d.group(6));
            issuerFrom = d.end();
            dated = true;
        }
        String rest = after.substring(issuerFrom);
        String issuer = null;
        Matcher i = ReferencePatterns.ISSUER_AFTER.matcher(rest);
        if ((dated || ReferencePatterns.OF.matcher(rest).find()) && i.find()) {
            issuer = i.group(1).strip();
        }
        String byCode = f.partial() ? null : DocumentNumber.issuerFromSymbol(f.number());
        if (issuer == null) {
            issuer = byCode;
        } else if (byCode != null && issuer.equals(issuer.toUpperCase(Locale.ROOT))
                && VietnameseText.matchKey(issuer).equals(VietnameseText.matchKey(byCode))) {
            issuer = byCode; // "CHÍNH PHỦ" in an upper-case title reads as "Chính phủ"
        }
        return new Reference(f.number(), f.asWritten(), type, date, issuer, relation, clausePath, f.partial());
    }

    /** Two citations of one number in one clause: keep the stronger relation and what either states. */
    private static Reference merge(Reference a, Reference b) {
        ReferenceRelation relation = a.relation().ordinal() <= b.relation().ordinal() ? a.relation() : b.relation();
        return new Reference(a.number(), a.asWritten(), a.type() != null ? a.type() : b.type(),
                a.date() != null ? a.date() : b.date(), a.issuer() != null ? a.issuer() : b.issuer(), relation,
                a.clausePath(), a.partial() && b.partial());
    }

    private static String canonicalType(String written) {
        return TYPE_BY_MATCH_KEY.getOrDefault(VietnameseText.matchKey(written), written);
    }

    /** The types by their match keys, made once; the first type of a key wins, as the search in order did. */
    private static final Map<String, String> TYPE_BY_MATCH_KEY = typesByMatchKey();

    private static Map<String, String> typesByMatchKey() {
        Map<String, String> types = new HashMap<>();
        for (String type : ReferencePatterns.TYPES) {
            types.putIfAbsent(VietnameseText.matchKey(type), type);
        }
        return types;
    }

    private static LocalDate date(String day, String month, String year) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static String key(String number, String clausePath) {
        return number.toUpperCase(Locale.ROOT) + "\u0000" + clausePath;
    }
}
