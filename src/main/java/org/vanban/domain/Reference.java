package org.vanban.domain;

import java.time.LocalDate;

/**
 * A citation of another document by number.
 *
 * @param number     the number normalized for lookup ("76-CTr/TU", "108/NQ-CP"); for a partial reference
 *                   without a symbol ("Quyết định số 994"), just the number
 * @param asWritten  the number as the text wrote it ("76-CTR/TU", "108/NQ- CP")
 * @param type       the cited document's type when stated ("Nghị quyết"), otherwise null
 * @param date       the cited document's date when stated, otherwise null
 * @param issuer     the cited document's issuer when stated ("Bộ Chính trị"), otherwise null
 * @param relation   how the citing document relates to it
 * @param clausePath the clause where it is cited; null for the header and title
 * @param partial    true when the number has no symbol and cannot be resolved reliably
 */
public record Reference(String number, String asWritten, String type, LocalDate date, String issuer,
        ReferenceRelation relation, String clausePath, boolean partial) {
}
