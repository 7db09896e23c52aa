package org.vanban.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden round trip: each seed text, with its markdown debris, URLs, tables and English boilerplate, is
 * encoded into a legacy encoding and must come back exactly — every line, not just the Vietnamese ones.
 */
class LegacyCorpusRoundTripTest {

    private static final TextExtractor EXTRACTOR = new TextExtractor();

    static Stream<Arguments> seedsTimesEncodings() throws IOException {
        List<Path> seeds;
        try (Stream<Path> files = Files.list(Path.of("corpus"))) {
            seeds = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertEquals(5, seeds.size());
        return seeds.stream().flatMap(seed -> Stream.of(
                Arguments.of(seed.getFileName().toString(), LegacyVietnameseEncoding.TCVN3),
                Arguments.of(seed.getFileName().toString(), LegacyVietnameseEncoding.VNI),
                Arguments.of(seed.getFileName().toString(), LegacyVietnameseEncoding.WINDOWS_1258)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("seedsTimesEncodings")
    void seedSurvivesTheRoundTrip(String seed, LegacyVietnameseEncoding encoding) throws Exception {
        String original = Files.readString(Path.of("corpus", seed));
        Function<String, byte[]> encoder = switch (encoding) {
            case TCVN3 -> LegacyEncoders::tcvn3;
            case VNI -> LegacyEncoders::vni;
            case WINDOWS_1258 -> LegacyEncoders::windows1258;
        };
        ExtractedText extracted = EXTRACTOR.extract(encoder.apply(original), seed);
        if (encoding == LegacyVietnameseEncoding.TCVN3) {
            // TCVN3 has no toned capitals: compare without case
            assertEquals(original.toLowerCase(Locale.ROOT), extracted.text().toLowerCase(Locale.ROOT));
        } else {
            assertEquals(original, extracted.text());
        }
        assertEquals(List.of("Converted from " + encoding.label() + " legacy encoding to Unicode."),
                extracted.warnings());
    }
}
