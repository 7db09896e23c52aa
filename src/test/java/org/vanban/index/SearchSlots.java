package org.vanban.index;

import java.time.Duration;
import java.util.concurrent.Semaphore;

/** For tests outside this package: every search slot of an index held, as if searches were running, until closed. */
public final class SearchSlots implements AutoCloseable {

    private final SearchIndex index;

    private SearchSlots(SearchIndex index) {
        this.index = index;
    }

    /** Takes the only slot of {@code index}; searches then wait {@code maxWait} and are refused. */
    public static SearchSlots holdAll(SearchIndex index, Duration maxWait) throws InterruptedException {
        index.limitConcurrentSearches(1, maxWait);
        Semaphore slots = index.searchSlots();
        slots.acquire();
        return new SearchSlots(index);
    }

    /** Gives the slot back and restores the default limit. */
    @Override
    public void close() {
        index.limitConcurrentSearches(SearchIndex.defaultConcurrentSearches());
    }
}
