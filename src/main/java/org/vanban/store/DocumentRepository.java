package org.vanban.store;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class DocumentRepository implements PanacheRepository<DocumentEntity> {

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

    /** Hash, name, size and file time of every stored document, so that a corpus pass needs no query per file. */
    public List<StoredSource> allSources() {
        return getEntityManager().createQuery("select new org.vanban.store.StoredSource(d.sha256, d.sourceName, "
                + "d.sizeBytes, d.sourceModifiedAt) from DocumentEntity d", StoredSource.class).getResultList();
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
