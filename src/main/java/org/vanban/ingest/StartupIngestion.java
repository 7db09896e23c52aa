package org.vanban.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.vanban.config.VanbanConfig;
import org.vanban.index.SearchIndex;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Start-up: open the index, repair it from the database when it disagrees (missing directory, crash between
 * a commit and its index update), then ingest the corpus folder. The last two run in the background so the
 * server answers health checks at once; readiness stays DOWN until they are done.
 */
@ApplicationScoped
public class StartupIngestion {

    private static final Logger LOG = Logger.getLogger(StartupIngestion.class);

    @Inject
    VanbanConfig config;

    @Inject
    SearchIndex index;

    @Inject
    IngestService ingest;

    @Inject
    CorpusLoader corpus;

    private final ExecutorService background = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("vanban-startup").daemon().factory());
    private static final String INGESTING = "ingesting corpus";

    private volatile String state = "starting";
    private volatile boolean ready;

    void onStart(@Observes StartupEvent event) throws IOException {
        index.limitConcurrentSearches(config.searchConcurrency().orElse(SearchIndex.defaultConcurrentSearches()));
        index.open(config.dataDir().resolve("index"));
        background.submit(this::prepare);
    }

    void onStop(@Observes ShutdownEvent event) throws IOException {
        background.shutdownNow();
        index.close();
    }

    private void prepare() {
        try {
            repairIndex();
            if (config.ingestCorpusAtStartup()) {
                state = INGESTING;
                CorpusLoader.CorpusReport report = corpus.load(config.corpusDir());
                LOG.infof("Corpus %s: %d files, %d new, %d unchanged (%d known by name, size and time, not read), "
                        + "rejected %s", config.corpusDir(), report.files(), report.created(), report.unchanged(),
                        report.unread(), report.rejected());
            }
            state = "ready";
            ready = true;
            if (config.exitWhenReady()) {
                LOG.info("Start-up done; exiting as vanban.exit-when-ready asks");
                Quarkus.asyncExit(0);
            }
        } catch (IOException | RuntimeException e) {
            state = "start-up failed: " + e.getMessage();
            LOG.error("Start-up ingestion failed; the service stays not ready", e);
        }
    }

    /** Rebuilds the index from the database when their generations differ. */
    public void repairIndex() throws IOException {
        if (ingest.indexIsBehind()) {
            state = "rebuilding index";
            int count;
            try {
                count = ingest.rebuildIndex();
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            LOG.infof("Index rebuilt from the database: %d documents", count);
        }
    }

    public boolean isReady() {
        return ready;
    }

    /** What start-up is doing now ("rebuilding index", "ingesting corpus: 120 of 5000 files", "ready"). */
    public String state() {
        String current = state;
        String progress = corpus.progress();
        return progress != null && current.equals(INGESTING) ? current + ": " + progress : current;
    }
}
