package org.vanban.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * The index generation: bumped in the same transaction as every document write, and written into the Lucene
 * commit that reflects it. When the index's generation differs from the database's, the index missed a write
 * (a crash between commit and index) and start-up rebuilds it.
 */
@ApplicationScoped
public class IndexStateRepository implements PanacheRepositoryBase<IndexStateEntity, Integer> {

    private static final int ROW = 1;

    /** Must run inside the writing transaction; the row lock orders concurrent writers. */
    public long next() {
        IndexStateEntity state = findById(ROW, LockModeType.PESSIMISTIC_WRITE);
        state.generation++;
        return state.generation;
    }

    public long current() {
        return findById(ROW).generation;
    }
}
