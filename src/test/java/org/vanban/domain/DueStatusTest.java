package org.vanban.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DueStatusTest {

    @ParameterizedTest(name = "{0} {1}..{2} as of {3} is {4}")
    @CsvSource(nullValues = "-", value = {
            // Quý IV/2021 = 2021-10-01..2021-12-31
            "FIXED, 2021-10-01, 2021-12-31, 2021-09-30, UPCOMING",
            "FIXED, 2021-10-01, 2021-12-31, 2021-10-01, DUE",
            "FIXED, 2021-10-01, 2021-12-31, 2021-12-31, DUE",
            "FIXED, 2021-10-01, 2021-12-31, 2022-01-01, PASSED",
            // "trước ngày 30/6/2025": open start
            "FIXED, -, 2025-06-30, 2025-01-01, DUE",
            "FIXED, -, 2025-06-30, 2025-07-01, PASSED",
            "RECURRING, -, -, 2030-01-01, RECURRING",
            "ONGOING, -, -, 2030-01-01, ONGOING",
            "NONE, -, -, 2030-01-01, NONE" })
    void statusAsOfADay(DeadlineKind kind, LocalDate from, LocalDate to, LocalDate asOf, DueStatus expected) {
        assertEquals(expected, DueStatus.of(new Deadline("x", from, to, kind), asOf));
    }
}
