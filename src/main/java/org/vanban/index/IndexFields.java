package org.vanban.index;

/**
 * Every Lucene field name, in one place. One Lucene document is written per clause, per task, per target
 * and one per document; all of them carry {@link #DOC_ID}, the unique term a document is replaced by.
 */
public final class IndexFields {

    private IndexFields() {
    }

    /** Database id of the document, as a decimal string: keyword, stored, doc values (facet "document"). */
    public static final String DOC_ID = "doc_id";
    /** "clause", "task", "target" or "document": keyword, stored. */
    public static final String KIND = "kind";
    /** Clause path of the unit, absent on the document unit: stored only. */
    public static final String CLAUSE_PATH = "clause_path";
    /**
     * Position of the unit inside its document's units (0: the document unit), to keep document order when sorting
     * by date, and for a search to find the document's first unit ({@link ClauseTextQuery}).
     */
    public static final String ORDINAL = "ordinal";

    /** The unit's text as shown to the reader; the highlighter reads it. Stored only. */
    public static final String TEXT = "text";
    /**
     * The searchable text of document and clause units (the passages a reader looks for), analysed by
     * {@link VietnameseAnalyzers#text()}: exact syllables ("hòa", tone placement unified), folded forms
     * ("hoa") and folded pairs ("hoa binh") in one field.
     */
    public static final String BODY = "body";
    /**
     * The same for task and target units. A separate field so that a search over passages never walks the
     * postings of tasks and targets; {@code kind=task|target} asks for them. Only the words a fact does not share
     * with its clause are here: a task's agency names, and the text of a fact that is a part of its clause; a fact
     * whose text is its clause's is found through the clause ({@link #CLAUSE_FACTS}).
     * Each unit also has the other text field, empty: no term, but a norm, so that norms are dense in both.
     */
    public static final String FACT_BODY = "fact_body";
    /**
     * On a clause unit whose text is also the whole text of facts read from it: where those facts are, as numeric
     * doc values (how many units after the clause the first is, and how many there are, consecutive:
     * {@link ClauseTextQuery#factsOfClause}). A document's units are written together and stay in order through
     * merges, so the distance holds.
     */
    public static final String CLAUSE_FACTS = "clause_facts";
    /**
     * On a clause unit whose text is also the text of facts read from it (value {@link #YES}): only these clauses
     * are searched for such facts. Keyword, not stored.
     */
    public static final String TEXT_OF_FACTS = "text_of_facts";
    public static final String YES = "yes";
    /** Document numbers the unit mentions, normalized (no spaces, upper case: "45-NQ/TW"). Keyword. */
    public static final String NUMBERS = "numbers";

    /** The document's title, number and file name, stored on every unit so a hit needs no second read. */
    public static final String TITLE = "title";
    public static final String NUMBER = "number";
    public static final String SOURCE_NAME = "source_name";

    /** Document type as the document names itself ("Kế hoạch"): keyword, doc values (facet "type"). */
    public static final String TYPE = "type";
    /** Issuing body: keyword, doc values. */
    public static final String ISSUER = "issuer";
    /**
     * Ids of the lead and cooperating agencies: on task units, and on the clause units the tasks were read
     * from (so a search over passages filters and counts by agency). Keyword, doc values (facet "agency").
     */
    public static final String AGENCY = "agency";
    /** Year of the document (issue date, else meeting date): point and doc values (facet "year"). */
    public static final String YEAR = "year";
    /** Date of the document as epoch day, doc values only: sort by date. */
    public static final String DATE = "date";

    /** Unit kinds, the values of {@link #KIND}. */
    public static final String KIND_CLAUSE = "clause";
    public static final String KIND_TASK = "task";
    public static final String KIND_TARGET = "target";
    public static final String KIND_DOCUMENT = "document";

    /** Facet names in {@link SearchResponse#facets()}. */
    public static final String FACET_TYPE = "type";
    public static final String FACET_DOCUMENT = "document";
    public static final String FACET_AGENCY = "agency";
    public static final String FACET_YEAR = "year";
}
