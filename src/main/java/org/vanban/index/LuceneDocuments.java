package org.vanban.index;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.vanban.domain.AgencyRef;
import org.vanban.domain.Clause;
import org.vanban.domain.Document;
import org.vanban.domain.DocumentHeader;
import org.vanban.domain.Reference;
import org.vanban.domain.Target;
import org.vanban.domain.Task;
import org.vanban.parse.RegexGate;
import org.vanban.parse.VietnameseText;

/**
 * A stored document → its Lucene documents: one for the document itself (title, number, type, issuer), one
 * per clause, one per task and one per target. Document and clause units are searched in
 * {@link IndexFields#BODY}, task and target units in {@link IndexFields#FACT_BODY}. Every one carries {@link IndexFields#DOC_ID} so that the whole
 * set is replaced at once by {@code updateDocuments(new Term(DOC_ID, id), docs)}, and the document's
 * metadata (title, type, issuer, year, date) so that filters and facets need no join. Pure.
 *
 * <p>The document unit comes first, then the clause units, then the tasks and targets in the order of their clauses;
 * {@link IndexFields#ORDINAL} is each unit's position. A fact whose text is its clause's text is not analysed a
 * second time: its clause records where its facts that share the text are ({@link IndexFields#CLAUSE_FACTS}), and
 * they are found through it ({@link ClauseTextQuery}). Such copies were 31% of the index's tokens, and writing them
 * 18% of the time indexing took.
 */
public final class LuceneDocuments {

    public List<org.apache.lucene.document.Document> build(IndexedDocument indexed) {
        Document doc = indexed.document();
        DocumentMetadata meta = DocumentMetadata.of(indexed);

        DocumentHeader header = doc.header() == null ? DocumentHeader.empty() : doc.header();
        List<org.apache.lucene.document.Document> units = new ArrayList<>();
        units.add(documentUnit(meta, header));
        Map<String, Set<String>> agenciesByClause = new HashMap<>();
        for (Task task : doc.tasks()) {
            agenciesByClause.computeIfAbsent(task.clausePath(), path -> new LinkedHashSet<>())
                    .addAll(agencyIds(task));
        }
        Map<String, List<String>> numbersByClause = new HashMap<>();
        for (Reference reference : doc.references()) {
            if (reference.clausePath() != null && !reference.partial()) {
                numbersByClause.computeIfAbsent(reference.clausePath(), path -> new ArrayList<>())
                        .add(reference.number());
            }
        }
        Map<String, Integer> clausePositions = new HashMap<>();
        Map<String, String> clauseTexts = new HashMap<>();
        for (Clause clause : doc.clauses()) {
            String text = clause.fullText();
            if (text == null || text.isBlank()) {
                continue;
            }
            var unit = unit(meta, IndexFields.KIND_CLAUSE, clause.path(), text, IndexFields.BODY, false);
            numbersByClause.getOrDefault(clause.path(), List.of()).forEach(number -> addNumber(unit, number));
            addAgencies(unit, agenciesByClause.getOrDefault(clause.path(), Set.of()));
            clausePositions.putIfAbsent(clause.path(), units.size());
            clauseTexts.putIfAbsent(clause.path(), text);
            units.add(unit);
        }
        List<Fact> facts = new ArrayList<>();
        for (Task task : doc.tasks()) {
            if (task.text() == null || task.text().isBlank()) {
                continue;
            }
            boolean textOfClause = task.text().equals(clauseTexts.get(task.clausePath()));
            var unit = unit(meta, IndexFields.KIND_TASK, task.clausePath(), task.text(), IndexFields.FACT_BODY,
                    textOfClause);
            addAgencies(unit, agencyIds(task));
            for (AgencyRef agency : concat(task.lead(), task.cooperating())) {
                // a table row names its agencies in other columns than the task text: make them findable
                if (agency.name() != null) {
                    addSearchableText(unit, IndexFields.FACT_BODY, agency.name());
                }
            }
            facts.add(Fact.of(unit, task.clausePath(), textOfClause, clausePositions));
        }
        for (Target target : doc.targets()) {
            if (target.text() == null || target.text().isBlank()) {
                continue;
            }
            boolean textOfClause = target.text().equals(clauseTexts.get(target.clausePath()));
            facts.add(Fact.of(unit(meta, IndexFields.KIND_TARGET, target.clausePath(), target.text(),
                    IndexFields.FACT_BODY, textOfClause), target.clausePath(), textOfClause,
                    clausePositions));
        }
        // in the order of their clauses, those that share their clause's text first (stable: tasks, then targets),
        // so that a clause's sharing facts are consecutive units
        facts.sort(Comparator.comparingInt(Fact::clausePosition).thenComparing(fact -> !fact.textOfClause()));
        // clause position -> {position of its first sharing fact, how many}
        Map<Integer, int[]> sharingFacts = new HashMap<>();
        for (Fact fact : facts) {
            if (fact.textOfClause()) {
                sharingFacts.computeIfAbsent(fact.clausePosition(), clause -> new int[] {units.size(), 0})[1]++;
            }
            units.add(fact.unit());
        }
        sharingFacts.forEach((clause, first) -> {
            var clauseUnit = units.get(clause);
            clauseUnit.add(new StringField(IndexFields.TEXT_OF_FACTS, IndexFields.YES, Field.Store.NO));
            clauseUnit.add(new NumericDocValuesField(IndexFields.CLAUSE_FACTS,
                    ClauseTextQuery.factsOfClause(first[0] - clause, first[1])));
        });
        // the unit's position in its document: what a search needs to find the document's first unit
        for (int position = 0; position < units.size(); position++) {
            units.get(position).add(new NumericDocValuesField(IndexFields.ORDINAL, position));
        }
        return units;
    }

    /** A task or target unit and where its clause unit is (last when it has none). */
    private record Fact(org.apache.lucene.document.Document unit, int clausePosition, boolean textOfClause) {

        static Fact of(org.apache.lucene.document.Document unit, String clausePath, boolean textOfClause,
                Map<String, Integer> clausePositions) {
            Integer position = clausePath == null ? null : clausePositions.get(clausePath);
            return new Fact(unit, position == null ? Integer.MAX_VALUE : position, textOfClause);
        }
    }

    private static Set<String> agencyIds(Task task) {
        Set<String> ids = new LinkedHashSet<>();
        for (AgencyRef agency : concat(task.lead(), task.cooperating())) {
            if (agency.agencyId() != null) {
                ids.add(agency.agencyId());
            }
        }
        return ids;
    }

    private static void addAgencies(org.apache.lucene.document.Document unit, Set<String> agencyIds) {
        agencyIds.forEach(id -> unit.add(new KeywordField(IndexFields.AGENCY, id, Field.Store.NO)));
    }

    private org.apache.lucene.document.Document documentUnit(DocumentMetadata meta, DocumentHeader header) {
        var unit = unit(meta, IndexFields.KIND_DOCUMENT, null, meta.displayTitle(), IndexFields.BODY, false);
        for (String extra : new String[] {header.number(), header.type(), header.issuer()}) {
            if (extra != null && !extra.isBlank()) {
                addSearchableText(unit, IndexFields.BODY, extra);
            }
        }
        if (header.number() != null) {
            addNumber(unit, header.number());
        }
        return unit;
    }

    /** @param textOfClause the unit is a fact whose text is its clause's: shown, but searched in the clause */
    private org.apache.lucene.document.Document unit(DocumentMetadata meta, String kind, String clausePath,
            String text, String searchField, boolean textOfClause) {
        var unit = new org.apache.lucene.document.Document();
        unit.add(new KeywordField(IndexFields.DOC_ID, Long.toString(meta.id()), Field.Store.YES));
        unit.add(new KeywordField(IndexFields.KIND, kind, Field.Store.YES));
        if (clausePath != null) {
            unit.add(new StoredField(IndexFields.CLAUSE_PATH, clausePath));
        }
        unit.add(new StoredField(IndexFields.TEXT, text));
        addSearchableText(unit, searchField, textOfClause ? "" : text);
        // the other text field, empty: it holds no term, so it changes neither matching nor BM25's statistics, but
        // every unit then has a norm in both fields. Norms present on only some documents are read through a
        // sparse index (IndexedDISI), which was a sixth of a search's time; present on all, they are an array.
        addSearchableText(unit, IndexFields.BODY.equals(searchField) ? IndexFields.FACT_BODY : IndexFields.BODY, "");
        Matcher numbers = IndexPatterns.DOCUMENT_NUMBER.matcher(text);
        int from = 0;
        while (RegexGate.find(numbers, text, from, IndexPatterns.DOCUMENT_NUMBER_START)) {
            addNumber(unit, numbers.group());
            from = Math.max(numbers.end(), from + 1);
        }

        unit.add(new StoredField(IndexFields.TITLE, meta.displayTitle()));
        unit.add(new StoredField(IndexFields.SOURCE_NAME, meta.sourceName() == null ? "" : meta.sourceName()));
        if (meta.number() != null) {
            unit.add(new StoredField(IndexFields.NUMBER, meta.number()));
        }
        if (meta.type() != null) {
            unit.add(new KeywordField(IndexFields.TYPE, meta.type(), Field.Store.NO));
        }
        if (meta.issuer() != null) {
            unit.add(new KeywordField(IndexFields.ISSUER, meta.issuer(), Field.Store.NO));
        }
        if (meta.date() != null) {
            unit.add(new IntField(IndexFields.YEAR, meta.date().getYear(), Field.Store.NO));
            unit.add(new NumericDocValuesField(IndexFields.DATE, meta.date().toEpochDay()));
        }
        return unit;
    }

    private static void addSearchableText(org.apache.lucene.document.Document unit, String field, String text) {
        unit.add(new TextField(field, text, Field.Store.NO));
    }

    private static void addNumber(org.apache.lucene.document.Document unit, String number) {
        if (number != null && !number.isBlank()) {
            unit.add(new StringField(IndexFields.NUMBERS, IndexPatterns.normalizeNumber(number), Field.Store.NO));
        }
    }

    private static List<AgencyRef> concat(List<AgencyRef> a, List<AgencyRef> b) {
        List<AgencyRef> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** What every unit of a document repeats about it. */
    record DocumentMetadata(long id, String displayTitle, String sourceName, String number, String type,
            String issuer, LocalDate date) {

        static DocumentMetadata of(IndexedDocument indexed) {
            Document doc = indexed.document();
            DocumentHeader header = doc.header() == null ? DocumentHeader.empty() : doc.header();
            String title = header.title() != null && !header.title().isBlank() ? header.title()
                    : doc.sourceName() == null ? "" : doc.sourceName();
            LocalDate date = header.issuedDate() != null ? header.issuedDate() : header.meetingDate();
            return new DocumentMetadata(indexed.id(), title, doc.sourceName(), header.number(),
                    keyword(header.type()), keyword(header.issuer()), date);
        }

        private static String keyword(String value) {
            return value == null || value.isBlank() ? null : VietnameseText.collapseWhitespace(VietnameseText.nfc(value));
        }
    }
}
