package org.vanban.parse;

import java.util.List;
import java.util.Map;

import org.vanban.domain.ColumnRole;

/**
 * Recognises what a table column means from its header, whatever the wording: "Cơ quan chủ trì", "Bộ, ngành,
 * cơ quan thuộc Chính phủ chủ trì thực hiện" and "Đơn vị chủ trì" all lead. Matching is on folded text
 * (no diacritics, lower case), first rule wins; cooperation is tested before lead because "phối hợp thực
 * hiện" also says "thực hiện".
 */
public final class ColumnRoles {

    private ColumnRoles() {
    }

    private static final List<Map.Entry<ColumnRole, List<String>>> RULES = List.of(
            Map.entry(ColumnRole.COOPERATING, List.of("phoi hop")),
            Map.entry(ColumnRole.LEAD, List.of("chu tri", "co quan thuc hien", "don vi thuc hien", "trach nhiem",
                    "co quan, don vi thuc hien", "co quan duoc giao")),
            Map.entry(ColumnRole.DEADLINE, List.of("thoi gian", "thoi han", "tien do", "thoi diem", "han hoan thanh", "lo trinh")),
            Map.entry(ColumnRole.PRODUCT, List.of("san pham", "hinh thuc", "ket qua dau ra", "ket qua")),
            Map.entry(ColumnRole.TASK, List.of("nhiem vu", "noi dung", "cong viec", "ten de an", "ten du an", "de an",
                    "giai phap", "hoat dong")));

    /** The role of a column from its header cell; {@link ColumnRole#OTHER} when it says nothing known. */
    public static ColumnRole of(String header) {
        if (header == null || header.isBlank()) {
            return ColumnRole.OTHER;
        }
        if (Patterns.NUMBER_COLUMN_HEADER.matcher(header.strip()).matches()) {
            return ColumnRole.NUMBER;
        }
        String key = VietnameseText.fold(header);
        for (Map.Entry<ColumnRole, List<String>> rule : RULES) {
            for (String word : rule.getValue()) {
                if (key.contains(word)) {
                    return rule.getKey();
                }
            }
        }
        return ColumnRole.OTHER;
    }
}
