package org.vanban.store;

import org.vanban.extract.DocumentNumber;

/**
 * The lookup key of a document number stored in the database, so that "76-CTr/TU", "76-CTR/TU" and
 * "76 - CTr/TU" meet; display keeps the number as extracted. The rule itself lives in
 * {@link DocumentNumber#compareKey}.
 */
public final class NumberKeys {

    private NumberKeys() {
    }

    public static String of(String number) {
        if (number == null || number.isBlank()) {
            return null;
        }
        return DocumentNumber.compareKey(number);
    }
}
