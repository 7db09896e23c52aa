package org.vanban.config;

import java.nio.file.Path;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Typed configuration under the prefix {@code vanban}; every key also reads from its environment variable. */
@ConfigMapping(prefix = "vanban")
public interface VanbanConfig {

    /** Where vanban keeps its H2 database and Lucene index ({@code VANBAN_DATA_DIR}). */
    @WithDefault("./data")
    Path dataDir();

    /** The folder ingested at start-up ({@code VANBAN_CORPUS_DIR}); a missing folder is skipped with a warning. */
    @WithDefault("./corpus")
    Path corpusDir();

    /**
     * The key every write must present as {@code X-API-Key} or {@code Authorization: Bearer}
     * ({@code VANBAN_API_KEY}). Without one, writes are refused.
     */
    Optional<String> apiKey();

    /** The largest upload accepted, in bytes ({@code VANBAN_MAX_UPLOAD_BYTES}); larger ones get 413. */
    @WithDefault("52428800")
    long maxUploadBytes();

    /** The most characters extracted from one file before it is refused as too large (zip bombs). */
    @WithDefault("20000000")
    int maxExtractedChars();

    /** The longest a single file may take to parse, in seconds, before it is refused. */
    @WithDefault("60")
    int parseTimeoutSeconds();

    /**
     * How many searches run at once ({@code VANBAN_SEARCH_CONCURRENCY}); later ones wait their turn. Unset: as many
     * as the processors ({@link org.vanban.index.SearchIndex#defaultConcurrentSearches()}).
     */
    Optional<Integer> searchConcurrency();

    /** Ingest {@link #corpusDir()} at start-up. */
    @WithDefault("true")
    boolean ingestCorpusAtStartup();

    /**
     * Exit as soon as start-up is done (index checked, corpus ingested). For a training run of the JVM's
     * ahead-of-time cache ({@code -XX:AOTCacheOutput}), which the JVM writes when the process ends.
     */
    @WithDefault("false")
    boolean exitWhenReady();
}
