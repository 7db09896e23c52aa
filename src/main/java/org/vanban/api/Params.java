package org.vanban.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

import org.vanban.index.InvalidQueryException;

/** Parsing of query parameters into typed values, with a 400 that says what to send instead. */
final class Params {

    private Params() {
    }

    static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidQueryException(name, name + " must be an ISO date such as 2025-06-30, not '" + value + "'.");
        }
    }

    /** The day a status is computed for: the request's {@code asOf}, else today (the only clock read). */
    static LocalDate asOf(String value) {
        LocalDate day = date("asOf", value);
        return day != null ? day : LocalDate.now();
    }

    static <E extends Enum<E>> E choice(String name, String value, Class<E> type, E fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String allowed = String.join(", ", Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(Locale.ROOT)).toList());
            throw new InvalidQueryException(name, name + " must be one of " + allowed + ", not '" + value + "'.");
        }
    }

    static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidQueryException(name, "The parameter " + name + " is required.");
        }
        return value.strip();
    }
}
