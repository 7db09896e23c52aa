package org.vanban.domain;

/** How a document relates to a document it cites. */
public enum ReferenceRelation {
    /** The citing document carries out the cited one ("thực hiện", "triển khai", "cụ thể hóa"). */
    IMPLEMENTS,
    /** The cited document is a legal basis ("Căn cứ ..."). */
    BASIS,
    /** Any other citation. */
    CITES
}
