package org.vanban.domain;

import java.time.LocalDate;

/**
 * Where a deadline stands on a given day. The service cannot know whether the work was done, so a deadline
 * whose range has ended is {@link #PASSED}, never "overdue".
 */
public enum DueStatus {
    /** The deadline's range ended before the day asked about. */
    PASSED,
    /** The day asked about falls inside the deadline's range. */
    DUE,
    /** The deadline's range starts after the day asked about. */
    UPCOMING,
    /** A recurring deadline ("hằng năm"). */
    RECURRING,
    /** An open-ended one ("thường xuyên"). */
    ONGOING,
    /** No deadline stated. */
    NONE;

    public static DueStatus of(Deadline deadline, LocalDate asOf) {
        if (deadline == null) {
            return NONE;
        }
        return switch (deadline.kind()) {
            case RECURRING -> RECURRING;
            case ONGOING -> ONGOING;
            case NONE -> NONE;
            case FIXED -> {
                if (deadline.to() != null && deadline.to().isBefore(asOf)) {
                    yield PASSED;
                }
                if (deadline.from() != null && deadline.from().isAfter(asOf)) {
                    yield UPCOMING;
                }
                yield deadline.from() == null && deadline.to() == null ? NONE : DUE;
            }
        };
    }
}
