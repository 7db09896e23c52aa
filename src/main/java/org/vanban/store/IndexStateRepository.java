package org.vanban.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * The index generation: bumped in the same transaction as every document write, and written into the Lucene
 * commit that reflects it. When the index's generation differs from the database's, the index missed a write
 * (a crash between commit and index) and start-up rebuilds it.
 */
@ApplicationScoped
public class IndexStateRepository implements PanacheRepositoryBase<IndexStateEntity, Integer> {

    private static final int ROW = 1;

    private static final String BUMP = "update index_state set generation = generation + 1 where id = ?";
    private static final String READ = "select generation from index_state where id = ?";

    @Inject
    DataSource dataSource;

    /**
     * Must run inside the writing transaction; the update's row lock orders concurrent writers until it ends. In
     * plain SQL on the transaction's connection, as {@link DocumentInserts} writes: loading the row for update as an
     * entity, then Hibernate's dirty check and flush at commit, were an eighth of the storing thread's time in a
     * bulk load, for one number per document.
     */
    public long next() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement bump = connection.prepareStatement(BUMP);
                PreparedStatement read = connection.prepareStatement(READ)) {
            bump.setInt(1, ROW);
            bump.executeUpdate();
            read.setInt(1, ROW);
            try (ResultSet generation = read.executeQuery()) {
                generation.next();
                return generation.getLong(1);
            }
        } catch (SQLException e) {
            throw new PersistenceException("Counting the index generation failed: " + e.getMessage(), e);
        }
    }

    public long current() {
        return findById(ROW).generation;
    }
}
