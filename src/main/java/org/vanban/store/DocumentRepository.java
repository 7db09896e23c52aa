package org.vanban.store;

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

    /** The content hash of every stored document, so that a corpus pass can skip known files without a query each. */
    public List<String> allSha256() {
        return find("select d.sha256 from DocumentEntity d").project(String.class).list();
    }

    /** Ids in order, for rebuilding the index one document at a time. */
    public List<Long> allIds() {
        return find("select d.id from DocumentEntity d order by d.id").project(Long.class).list();
    }
}
