package org.vanban.agency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgencyRegisterTest {

    private final AgencyRegister register = AgencyRegister.standard();

    /** The phrase key is the keys of the tokenizer's words, joined by spaces. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"", " ", "Sở KH&ĐT; Sở TT&TT", "  Ủy ban  nhân dân, tỉnh. ",
        "Sở Lao động - Thương binh và Xã hội", "a\u0301b \u0301c ,d", "Đ\u00D0ð 2025/NQ-CP", "\u00A0x\ty\n"})
    void phraseKeyJoinsTheWordKeys(String text) {
        StringBuilder joined = new StringBuilder();
        for (Word w : WordTokenizer.tokenize(text)) {
            if (w.isWord()) {
                joined.append(joined.isEmpty() ? "" : " ").append(w.key());
            }
        }
        assertEquals(joined.toString(), WordTokenizer.phraseKey(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', quoteCharacter = '"', commentCharacter = '%', textBlock = """
            so giao thong van tai                 # so-giao-thong-van-tai
            Sở GTVT                               # so-giao-thong-van-tai
            Sở KH&ĐT                              # so-ke-hoach-va-dau-tu
            Sở LĐTBXH                             # so-lao-dong-thuong-binh-va-xa-hoi
            Sở Lao động - Thương binh và Xã hội   # so-lao-dong-thuong-binh-va-xa-hoi
            Sở TT&TT                              # so-thong-tin-va-truyen-thong
            Sở TN&MT                              # so-tai-nguyen-va-moi-truong
            Sở NN&PTNT                            # so-nong-nghiep-va-phat-trien-nong-thon
            BQL KKT                               # ban-quan-ly-khu-kinh-te
            Ban quản lý khu kinh tế               # ban-quan-ly-khu-kinh-te
            MTTQ thành phố                        # uy-ban-mat-tran-to-quoc-viet-nam-thanh-pho
            Bộ Công An                            # bo-cong-an
            Uỷ ban nhân dân tỉnh                  # uy-ban-nhan-dan-tinh
            UBND thành phố                        # uy-ban-nhan-dan-thanh-pho
            HĐND tỉnh                             # hoi-dong-nhan-dan-tinh
            Công an tỉnh                          # cong-an-tinh
            Công an thành phố                     # cong-an-thanh-pho
            Bộ Văn hóa, Thể thao và Du lịch       # bo-van-hoa-the-thao-va-du-lich
            Bộ Văn hoá, Thể thao và Du lịch       # bo-van-hoa-the-thao-va-du-lich
            """)
    void resolvesNamesAliasesAndAbbreviations(String name, String id) {
        assertEquals(id, register.lookup(name.strip()).orElseThrow().id());
    }

    @Test
    void idsAreUniqueAsciiSlugs() {
        Set<String> ids = new HashSet<>();
        for (Agency agency : register.all()) {
            assertTrue(agency.id().matches("[a-z0-9]+(-[a-z0-9]+)*"), agency.id());
            assertTrue(ids.add(agency.id()), agency.id());
        }
        assertTrue(register.all().size() > 150);
    }

    @Test
    void searchFindsByAnyWordsWithoutDiacritics() {
        assertEquals("so-tai-chinh", register.search("so tai chinh").get(0).id());
        assertFalse(register.search("bien phong").isEmpty());
        assertTrue(register.search("khong co co quan nay").isEmpty());
    }

    @Test
    void anUnknownNameIsNotInTheRegister() {
        assertTrue(register.lookup("Ban Dân tộc").isEmpty());
        assertTrue(register.lookup("").isEmpty());
    }
}
