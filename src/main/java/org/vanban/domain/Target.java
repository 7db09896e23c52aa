package org.vanban.domain;

import java.util.List;

/**
 * A numbered target (chỉ tiêu).
 *
 * @param clausePath the clause it was read from
 * @param group      the heading it sits under ("1. Chỉ tiêu chủ yếu bình quân/năm và đến năm 2025")
 * @param text       the target's text
 * @param year       the horizon year from the text or its heading, null when neither states one
 * @param values     the values it states, in order
 * @param indicator  a normalized key naming what is measured ("san luong hang hoa qua cang"), used to
 *                   link the same indicator across documents; null when none could be derived
 */
public record Target(String clausePath, String group, String text, Integer year, List<TargetValue> values,
        String indicator) {

    public Target {
        values = List.copyOf(values);
    }
}
