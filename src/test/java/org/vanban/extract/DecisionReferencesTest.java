package org.vanban.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.vanban.domain.Document;
import org.vanban.domain.Reference;
import org.vanban.domain.ReferenceRelation;
import org.vanban.ingest.IngestPipeline;

/** A decision (Quyết định) with Căn cứ lines and Điều articles, through the whole pipeline. */
class DecisionReferencesTest {

    private static final String DECISION = """
            ỦY BAN NHÂN DÂN
            TỈNH NAM ĐỊNH
            Số: 1234/QĐ-UBND
            Nam Định, ngày 15 tháng 6 năm 2021
            QUYẾT ĐỊNH
            Ban hành Kế hoạch thực hiện Nghị quyết số 02/NQ-CP ngày 01/01/2021 của Chính phủ
            CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
            Căn cứ Luật Tổ chức chính quyền địa phương số 77/2015/QH13 ngày 19 tháng 6 năm 2015;
            Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;
            Theo đề nghị của Giám đốc Sở Kế hoạch và Đầu tư tại Tờ trình số 56/TTr-SKHĐT ngày 10/6/2021.
            QUYẾT ĐỊNH:
            Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện Nghị quyết số 02/NQ-CP.
            Điều 2. Quyết định này thay thế Quyết định số 994 của Chủ tịch Ủy ban nhân dân tỉnh.
            Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở chịu trách nhiệm thi hành Quyết định này./.
            """;

    @Test
    void readsBasisImplementedCitedAndPartialReferencesButNotItsOwnNumber() {
        Document d = new IngestPipeline().process("qd.txt", "sha", DECISION, List.of());
        Map<String, ReferenceRelation> strongest = d.references().stream().collect(Collectors.toMap(
                Reference::number, Reference::relation, (a, b) -> a.ordinal() <= b.ordinal() ? a : b));
        assertEquals(Map.of(
                "02/NQ-CP", ReferenceRelation.IMPLEMENTS,
                "77/2015/QH13", ReferenceRelation.BASIS,
                "30/2020/NĐ-CP", ReferenceRelation.BASIS,
                "56/TTr-SKHĐT", ReferenceRelation.CITES,
                "994", ReferenceRelation.CITES), strongest);
        assertEquals(List.of(true), d.references().stream().filter(r -> r.number().equals("994"))
                .map(Reference::partial).toList());
        assertEquals(List.of(), d.targets());
    }
}
