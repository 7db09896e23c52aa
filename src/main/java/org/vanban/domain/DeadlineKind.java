package org.vanban.domain;

/** How a deadline resolves in time. */
public enum DeadlineKind {
    /** A date range: "Quý IV/2021", "trước ngày 30/6/2025", "năm 2026", "2021 - 2025". */
    FIXED,
    /** Repeats: "hằng năm", "định kỳ hàng năm", "hằng quý". */
    RECURRING,
    /** Open-ended: "thường xuyên", "trong quá trình thực hiện Nghị quyết". */
    ONGOING,
    /** No deadline stated. */
    NONE
}
