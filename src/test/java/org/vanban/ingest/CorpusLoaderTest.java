package org.vanban.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
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

    /** The index is merged into one segment after a first load, not after a restart that finds a new file. */
    @Test
    void aPassThatAtLeastDoublesTheStoreIsABulkLoad() {
        assertTrue(CorpusLoader.isBulkLoad(5, 0));
        assertTrue(CorpusLoader.isBulkLoad(10_000, 10_000));
        assertFalse(CorpusLoader.isBulkLoad(1, 10_000));
        assertFalse(CorpusLoader.isBulkLoad(0, 0));
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
    void aFileKnownByNameSizeAndTimeIsNotReadAgainButATouchedOneIs() throws Exception {
        String seed = Files.readString(Path.of("corpus/002_849468c7549e9275.txt"), StandardCharsets.UTF_8);
        Path file = folder.resolve("stamped.txt");
        Files.writeString(file, seed.replace("Hải Phòng", "Thái Bình") + "\nBản kiểm thử dấu thời gian "
                + System.nanoTime() + ".\n", StandardCharsets.UTF_8);

        CorpusLoader.CorpusReport first = loader.load(folder);
        assertEquals(1, first.created());
        assertEquals(0, first.unread());

        CorpusLoader.CorpusReport unchanged = loader.load(folder);
        assertEquals(0, unchanged.created());
        assertEquals(1, unchanged.unchanged());
        assertEquals(1, unchanged.unread(), "same name, size and time: known without reading");

        // touched, content the same: read and hashed (still known), and the new time remembered
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(60)));
        CorpusLoader.CorpusReport touched = loader.load(folder);
        assertEquals(0, touched.created());
        assertEquals(1, touched.unchanged());
        assertEquals(0, touched.unread(), "a different time: read again");

        CorpusLoader.CorpusReport afterTouch = loader.load(folder);
        assertEquals(1, afterTouch.unread(), "the new time was recorded");

        // edited in place: another size, so read, and new content is a new document
        Files.writeString(file, "\nMột đoạn thêm vào cuối.\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        CorpusLoader.CorpusReport edited = loader.load(folder);
        assertEquals(1, edited.created());
        assertEquals(0, edited.unread());
    }

    @Test
    void aMissingFolderIngestsNothing() throws Exception {
        CorpusLoader.CorpusReport report = loader.load(folder.resolve("not-there"));
        assertEquals(0, report.files());
        assertEquals(0, report.created());
    }
}
