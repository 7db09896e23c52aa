package org.vanban.parse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A guard against quadratic work, not a benchmark: about 1 MB of seed text, every paragraph made unique so no
 * repeat is dropped, must go through normalize → header → structure well within a generous bound even on a
 * loaded build machine (a quadratic step would take minutes here).
 */
class ParseThroughputTest {

    private static final List<String> SEEDS = List.of("000_a94093d8dfa7b875.txt", "001_a99ad02499007063.txt",
            "002_849468c7549e9275.txt", "003_a5a578a4b8df2a53.txt", "004_bf0562e2cffc9437.txt");

    @Test
    void aMegabyteParsesInSeconds() {
        StringBuilder big = new StringBuilder();
        int copy = 0;
        while (big.length() < 1_000_000) {
            for (String seed : SEEDS) {
                String marked = GoldCorpus.seed(seed).replace(". ", ". [" + copy + "] ");
                big.append(marked).append('\n');
                copy++;
            }
        }
        String raw = big.toString();
        new StructureParser().parse(new TextNormalizer().normalize(raw.substring(0, 100_000)).text()); // warm-up
        long start = System.nanoTime();
        NormalizedText normalized = new TextNormalizer().normalize(raw);
        new HeaderParser().parse(normalized);
        int clauses = new StructureParser().parse(normalized.text()).size();
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(clauses > 1000, "clauses: " + clauses);
        assertTrue(seconds < 20, String.format("%.1f MB took %.1f s", raw.length() / 1e6, seconds));
    }
}
