package org.vanban.domain;

import java.math.BigDecimal;

/**
 * One value a target states.
 *
 * @param value      the number ("14.740" is 14740, "6,4" is 6.4); the lower bound of a range
 * @param upper      the upper bound of a range ("180 - 190" gives 190), otherwise null
 * @param unit       the unit as written ("triệu tấn", "%", "USD/người"), null when none
 * @param comparator how the value is meant: "đạt", "trên", "tối thiểu", "dưới", "khoảng", "từ ... đến",
 *                   "trở lên", or null when the text gives none
 */
public record TargetValue(BigDecimal value, BigDecimal upper, String unit, String comparator) {
}
