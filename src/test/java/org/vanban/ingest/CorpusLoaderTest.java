package org.vanban.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A corpus pass stores each new content once, in file order, whatever runs ahead in parallel: known
 * content and duplicates inside the folder are unchanged, unreadable files are counted, never fatal.
 */
@QuarkusTest
class CorpusLoaderTest {

    @Inject
    CorpusLoader loader;

    @Inject
    StartupIngestion startup;

    @TempDir
    Path folder;

    @BeforeEach
    void startupIsDone() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (!startup.isReady() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
    }

    @Test
    void storesNewContentOnceAndCountsTheRest() throws Exception {
        String seed = Files.readString(Path.of("corpus/002_849468c7549e9275.txt"), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("a-seed-again.txt"), seed, StandardCharsets.UTF_8);
        String variant = seed.replace("Hải Phòng", "Nam Định") + "\nBản dùng cho kiểm thử nạp thư mục "
                + System.nanoTime() + ".\n";
        Files.writeString(folder.resolve("b-variant.txt"), variant, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("c-same-variant.txt"), variant, StandardCharsets.UTF_8);
        Files.write(folder.resolve("d-empty.txt"), new byte[0]);

        CorpusLoader.CorpusReport first = loader.load(folder);
        assertEquals(4, first.files());
        assertEquals(1, first.created());
        assertEquals(2, first.unchanged());
        assertEquals(Map.of(RejectionReason.EMPTY, 1), first.rejected());

        CorpusLoader.CorpusReport second = loader.load(folder);
        assertEquals(0, second.created());
        assertEquals(3, second.unchanged());
    }

    @Test
    void aMissingFolderIngestsNothing() throws Exception {
        CorpusLoader.CorpusReport report = loader.load(folder.resolve("not-there"));
        assertEquals(0, report.files());
        assertEquals(0, report.created());
    }
}
