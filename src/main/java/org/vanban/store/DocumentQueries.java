package org.vanban.store;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.vanban.domain.Clause;
import org.vanban.ingest.DocumentNotFoundException;
import org.vanban.store.Views.ClauseView;
import org.vanban.store.Views.Counts;
import org.vanban.store.Views.DocumentDetail;
import org.vanban.store.Views.DocumentSummary;

/** Read-only questions about documents and their clauses. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DocumentQueries {

    @Inject
    DocumentRepository documents;

    public record Page<T>(List<T> items, long total) {
    }

    public Page<DocumentSummary> list(int page, int size) {
        return new Page<>(documents.page(page, size).stream().map(DocumentSummary::of).toList(), documents.count());
    }

    /**
     * The {@code limit} most recently ingested or replaced documents, newest first (ties by id, newest first),
     * each with its task count.
     */
    public List<RecentDocument> recent(int limit) {
        // a projection, so the documents' bodies are not read for a feed that never shows them
        return documents.getEntityManager().createQuery("select new org.vanban.store.RecentDocument(d.id,"
                + " d.sourceName, d.title, d.type, d.number, d.issuedDate, d.issuer, d.ingestedAt, d.updatedAt,"
                + " (select count(t) from TaskEntity t where t.document = d))"
                + " from DocumentEntity d order by d.updatedAt desc, d.id desc", RecentDocument.class)
                .setMaxResults(limit).getResultList();
    }

    public DocumentDetail detail(long id) {
        DocumentEntity e = find(id);
        Counts counts = new Counts(count("ClauseEntity", id), count("TaskEntity", id), count("TargetEntity", id),
                count("ReferenceEntity", id));
        return new DocumentDetail(e.id, e.sourceName, e.title, e.type, e.number, e.issuedDate, e.meetingDate,
                e.issuer, e.place, e.signer, e.about, e.sourceSite, e.mediaType, e.sizeBytes, e.sha256, e.ingestedAt,
                e.updatedAt, DocumentMapper.warnings(e), counts);
    }

    public String text(long id) {
        return find(id).text;
    }

    public List<ClauseView> clauses(long id) {
        return find(id).clauses.stream().map(c -> view(c, null)).toList();
    }

    /** One clause with its children's paths, or null when the document has no such path. */
    public ClauseView clause(long id, String path) {
        List<ClauseEntity> all = find(id).clauses;
        for (ClauseEntity c : all) {
            if (c.path.equals(path)) {
                List<String> children = all.stream().filter(k -> path.equals(k.parentPath)).map(k -> k.path)
                        .toList();
                return view(c, children);
            }
        }
        return null;
    }

    DocumentEntity find(long id) {
        DocumentEntity e = documents.findById(id);
        if (e == null) {
            throw new DocumentNotFoundException(id);
        }
        return e;
    }

    private long count(String entity, long documentId) {
        return documents.getEntityManager()
                .createQuery("select count(x) from " + entity + " x where x.document.id = :id", Long.class)
                .setParameter("id", documentId).getSingleResult();
    }

    private static ClauseView view(ClauseEntity c, List<String> children) {
        Clause d = DocumentMapper.toDomain(c);
        return new ClauseView(d.path(), d.parentPath(), d.label(), d.heading(), d.text(), d.start(), d.end(),
                d.kind().name().toLowerCase(java.util.Locale.ROOT), d.cells().isEmpty() ? null : d.cells(),
                children);
    }
}
