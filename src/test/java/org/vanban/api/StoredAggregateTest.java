package org.vanban.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vanban.domain.Document;
import org.vanban.domain.Target;
import org.vanban.domain.TargetValue;
import org.vanban.ingest.ExtractedText;
import org.vanban.ingest.IngestPipeline;
import org.vanban.ingest.IngestService;
import org.vanban.ingest.TextExtractor;
import org.vanban.store.DocumentMapper;
import org.vanban.store.DocumentRepository;
import org.vanban.store.StoredSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * What the corpus load wrote (plain JDBC batches, {@code DocumentInserts}) reads back through the entities as the
 * very document the pipeline made: header, text, every clause, task with its agencies, target with its values and
 * reference; and the sources a restart recognises files by.
 */
@QuarkusTest
class StoredAggregateTest {

    @Inject
    DocumentRepository documents;

    @BeforeEach
    void ready() {
        Ready.await();
    }

    @Test
    void everySeedReadsBackAsTheDocumentThePipelineMade() throws Exception {
        TextExtractor extractor = new TextExtractor();
        IngestPipeline pipeline = new IngestPipeline();
        for (String seed : DocumentResourceTest.SEEDS) {
            byte[] bytes = Files.readAllBytes(Path.of("corpus", seed));
            String sha = IngestService.sha256(bytes);
            ExtractedText extracted = extractor.extract(bytes, seed);
            Document parsed = pipeline.process(seed, sha, extracted.text(), extracted.warnings());
            Document stored = QuarkusTransaction.requiringNew().call(
                    () -> DocumentMapper.toDomain(documents.findBySha256(sha).orElseThrow()));

            assertFalse(parsed.clauses().isEmpty(), seed);
            assertEquals(parsed.header(), stored.header(), seed);
            assertEquals(parsed.text(), stored.text(), seed);
            assertEquals(parsed.warnings(), stored.warnings(), seed);
            assertEquals(parsed.clauses(), stored.clauses(), seed);
            assertEquals(parsed.tasks(), stored.tasks(), seed);
            assertEquals(parsed.references(), stored.references(), seed);
            assertEquals(comparable(parsed.targets()), comparable(stored.targets()), seed);
        }
    }

    @Test
    void everySeedsSourceIsListedWithItsFileSizeAndTime() throws Exception {
        List<StoredSource> sources = QuarkusTransaction.requiringNew().call(documents::allSources);
        for (String seed : DocumentResourceTest.SEEDS) {
            Path file = Path.of("corpus", seed);
            String sha = IngestService.sha256(Files.readAllBytes(file));
            StoredSource source = sources.stream().filter(s -> s.sha256().equals(sha)).findFirst().orElseThrow();
            assertEquals(seed, source.sourceName());
            assertEquals(Files.size(file), source.sizeBytes());
            assertEquals(Files.getLastModifiedTime(file).toInstant().truncatedTo(ChronoUnit.MICROS),
                    source.sourceModifiedAt().toInstant(), seed);
        }
    }

    /** Targets with their values' scale dropped: the database keeps six decimals, "6,4" reads back as 6.400000. */
    private static List<Target> comparable(List<Target> targets) {
        return targets.stream().map(t -> new Target(t.clausePath(), t.group(), t.text(), t.year(),
                t.values().stream().map(v -> new TargetValue(plain(v.value()), plain(v.upper()), v.unit(),
                        v.comparator())).toList(), t.indicator())).toList();
    }

    private static BigDecimal plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }
}
