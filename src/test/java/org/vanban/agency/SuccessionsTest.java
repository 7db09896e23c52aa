package org.vanban.agency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class SuccessionsTest {

    private final Successions successions = Successions.standard();
    private final AgencyRegister register = AgencyRegister.standard();

    @Test
    void everyIdInTheSuccessionDataIsInTheRegister() {
        Successions.standard();
        for (String id : List.of("so-giao-thong-van-tai", "so-xay-dung", "so-lao-dong-thuong-binh-va-xa-hoi",
                "so-noi-vu", "so-y-te", "so-giao-duc-va-dao-tao", "bo-giao-thong-van-tai", "bo-xay-dung")) {
            assertTrue(register.byId(id).isPresent(), id);
        }
    }

    @Test
    void soGiaoThongVanTaiWentToSoXayDung() {
        Successions.Ending ending = successions.ending("so-giao-thong-van-tai", "Sở Giao thông vận tải").orElseThrow();
        assertEquals(LocalDate.of(2025, 3, 1), ending.date());
        assertTrue(ending.source().contains("45/2025/NĐ-CP"));
        assertEquals(List.of("so-xay-dung"), ending.successors().stream().map(Successions.Successor::id).toList());
        assertTrue(successions.allPredecessors("so-xay-dung").contains("so-giao-thong-van-tai"));
    }

    @Test
    void currentOwnersDependOnTheDay() {
        assertEquals(List.of("so-giao-thong-van-tai"),
                successions.currentOwners("so-giao-thong-van-tai", "Sở Giao thông vận tải", LocalDate.of(2024, 12, 31)));
        assertEquals(List.of("so-xay-dung"),
                successions.currentOwners("so-giao-thong-van-tai", "Sở Giao thông vận tải", LocalDate.of(2025, 3, 1)));
        assertEquals(List.of("so-xay-dung"), successions.currentOwners("so-xay-dung", "Sở Xây dựng",
                LocalDate.of(2026, 1, 1)), "an agency that still exists owns its own work");
    }

    @Test
    void aSplitNamesEachSuccessorAndItsFunctions() {
        Successions.Ending ending = successions.ending("so-lao-dong-thuong-binh-va-xa-hoi", null).orElseThrow();
        assertEquals(List.of("so-noi-vu", "so-giao-duc-va-dao-tao", "so-y-te"),
                ending.successors().stream().map(Successions.Successor::id).toList());
        assertTrue(ending.successors().get(1).functions().contains("giáo dục nghề nghiệp"));
        assertEquals(3, successions.currentOwners("so-lao-dong-thuong-binh-va-xa-hoi", null,
                LocalDate.of(2025, 6, 1)).size());
    }

    @Test
    void districtGovernmentEndedWithoutANameableSuccessor() {
        Successions.Ending ending = successions.ending("uy-ban-nhan-dan-quan-do-son", "Ủy ban nhân dân quận Đồ Sơn")
                .orElseThrow();
        assertEquals(LocalDate.of(2025, 7, 1), ending.date());
        assertTrue(ending.successors().isEmpty());
        assertEquals(List.of(), successions.currentOwners("uy-ban-nhan-dan-quan-do-son", "Ủy ban nhân dân quận Đồ Sơn",
                LocalDate.of(2025, 7, 1)));
        assertTrue(successions.ending("so-tai-chinh", "Sở Tài chính").isEmpty(), "a living agency has no ending");
    }
}
