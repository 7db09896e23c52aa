package org.vanban.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class DocumentRepository implements PanacheRepository<DocumentEntity> {

    /** Covered by the index document_source_file_idx (V2): the rows are never read. */
    private static final String ALL_SOURCES =
            "select sha256, source_name, size_bytes, source_modified_at from document";

    @Inject
    DataSource dataSource;

    public Optional<DocumentEntity> findBySha256(String sha256) {
        return find("sha256", sha256).firstResultOptional();
    }

    public Optional<DocumentEntity> findBySourceName(String sourceName) {
        return find("sourceName", sourceName, Sort.by("id")).firstResultOptional();
    }

    public List<DocumentEntity> findByNumberKey(String numberKey) {
        return list("numberKey", Sort.by("id"), numberKey);
    }

    public List<DocumentEntity> page(int page, int size) {
        return findAll(Sort.by("id")).page(Page.of(page, size)).list();
    }

    /**
     * Hash, name, size and file time of every stored document, so that a corpus pass needs no query per file.
     * Plain SQL: it runs before the service is ready, and the first HQL query in a JVM pays for warming up
     * Hibernate's query parser (about a tenth of a second of a restart).
     */
    public List<StoredSource> allSources() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(ALL_SOURCES);
                ResultSet rows = statement.executeQuery()) {
            List<StoredSource> sources = new ArrayList<>();
            while (rows.next()) {
                long size = rows.getLong(3);
                sources.add(new StoredSource(rows.getString(1), rows.getString(2), rows.wasNull() ? null : size,
                        rows.getObject(4, OffsetDateTime.class)));
            }
            return sources;
        } catch (SQLException e) {
            throw new PersistenceException("reading the stored documents' sources failed", e);
        }
    }

    /**
     * Records a corpus file's last-modified time on the document stored from it (same content, name and size),
     * so that the next pass recognises the file without reading it. Returns the number of documents updated.
     */
    public int recordSourceModified(String sha256, String sourceName, long sizeBytes, OffsetDateTime modifiedAt) {
        return update("sourceModifiedAt = ?1 where sha256 = ?2 and sourceName = ?3 and sizeBytes = ?4", modifiedAt,
                sha256, sourceName, sizeBytes);
    }

    /** Ids in order, for rebuilding the index one document at a time. */
    public List<Long> allIds() {
        return find("select d.id from DocumentEntity d order by d.id").project(Long.class).list();
    }
}
