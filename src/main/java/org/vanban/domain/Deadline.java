package org.vanban.domain;

import java.time.LocalDate;

/**
 * A deadline as written and as a date range.
 *
 * @param text the deadline as written ("Quý IV/2021"), null when none was stated
 * @param from first day of the range (inclusive), null unless {@code kind} is FIXED
 * @param to   last day of the range (inclusive), null unless {@code kind} is FIXED
 * @param kind how the deadline resolves
 */
public record Deadline(String text, LocalDate from, LocalDate to, DeadlineKind kind) {

    public static Deadline none() {
        return new Deadline(null, null, null, DeadlineKind.NONE);
    }
}
