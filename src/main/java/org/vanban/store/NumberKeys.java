package org.vanban.store;

import java.util.Locale;

/**
 * The lookup key of a document number: spaces removed, upper case, so that "76-CTr/TU", "76-CTR/TU" and
 * "76 - CTr/TU" meet. Display keeps the number as extracted.
 */
public final class NumberKeys {

    private NumberKeys() {
    }

    public static String of(String number) {
        if (number == null || number.isBlank()) {
            return null;
        }
        return number.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }
}
