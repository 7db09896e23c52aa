package org.vanban.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.store.FSDirectory;

/** File helpers for the benchmark's scratch space under target/bench. */
final class BenchFiles {

    private BenchFiles() {
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Bytes of every regular file under {@code root}; 0 when it does not exist. */
    static long sizeOf(Path root) {
        if (!Files.exists(root)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0; // a file Lucene merged away while we walked
                }
            }).sum();
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    static long sizeOf(List<Path> files) throws IOException {
        long total = 0;
        for (Path f : files) {
            total += Files.size(f);
        }
        return total;
    }

    /**
     * How many tokens the index at {@code indexDir} holds in {@code fields} (the sum of their total term
     * frequencies, stacked tokens included); -1 when it cannot be read. Read with the writer closed.
     */
    static long tokensIndexed(Path indexDir, String... fields) {
        try (FSDirectory dir = FSDirectory.open(indexDir); DirectoryReader reader = DirectoryReader.open(dir)) {
            long tokens = 0;
            for (String field : fields) {
                Terms terms = MultiTerms.getTerms(reader, field);
                tokens += terms == null ? 0 : Math.max(0, terms.getSumTotalTermFreq());
            }
            return tokens;
        } catch (IOException e) {
            return -1;
        }
    }
}
