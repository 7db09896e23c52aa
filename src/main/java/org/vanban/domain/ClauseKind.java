package org.vanban.domain;

/** What kind of unit of text a clause is. */
public enum ClauseKind {
    /** A labelled section or item: "I.", "1.", "2.1.", "a)", "(6)", "Điều 1." */
    NUMBERED,
    /** An unlabelled list item: "-", "+", "•", "Một là, ..." */
    BULLET,
    /** A plain paragraph without any label. */
    PARAGRAPH,
    /** An appendix ("PHỤ LỤC 1"); its children are table rows. */
    APPENDIX,
    /** One row of a table, rebuilt from flattened cells. */
    TABLE_ROW
}
