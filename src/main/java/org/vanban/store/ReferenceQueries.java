package org.vanban.store;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.vanban.domain.ReferenceRelation;
import org.vanban.store.Views.CitingDocument;
import org.vanban.store.Views.DocumentRef;
import org.vanban.store.Views.Graph;
import org.vanban.store.Views.GraphEdge;
import org.vanban.store.Views.GraphNode;
import org.vanban.store.Views.ReferenceView;

/** The cross-reference graph: what a document cites, who cites it, and how they relate. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReferenceQueries {

    public static final int MAX_DEPTH = 3;

    @Inject
    EntityManager em;

    @Inject
    DocumentQueries documents;

    /** The references a document makes, each resolved and flagged when statements about it conflict. */
    public List<ReferenceView> referencesOf(long documentId) {
        DocumentEntity doc = documents.find(documentId);
        Set<String> keys = new HashSet<>();
        doc.references.forEach(r -> keys.add(r.numberKey));
        Map<String, Long> resolved = resolve(keys);
        Map<String, Set<LocalDate>> stated = statedDates(keys);
        return doc.references.stream().map(r -> {
            Set<LocalDate> dates = stated.getOrDefault(r.numberKey, Set.of());
            return new ReferenceView(r.number, r.asWritten, r.type, r.date, r.issuer,
                    r.relation.name().toLowerCase(Locale.ROOT), r.clausePath, r.partial, resolved.get(r.numberKey),
                    dates.size() > 1, List.copyOf(dates));
        }).toList();
    }

    /** Documents citing the given document's own number. */
    public List<CitingDocument> citedBy(long documentId) {
        DocumentEntity doc = documents.find(documentId);
        if (doc.numberKey == null) {
            return List.of();
        }
        return citing(doc.numberKey, documentId);
    }

    /** Documents citing a number, whether or not a document with that number is stored. */
    public List<CitingDocument> citing(String numberKey, Long excludeDocumentId) {
        List<ReferenceEntity> refs = em.createQuery("select r from ReferenceEntity r join fetch r.document"
                + " where r.numberKey = :key order by r.document.id, r.ord", ReferenceEntity.class)
                .setParameter("key", numberKey).getResultList();
        Map<Long, List<ReferenceEntity>> byDoc = new LinkedHashMap<>();
        for (ReferenceEntity r : refs) {
            if (excludeDocumentId == null || !excludeDocumentId.equals(r.document.id)) {
                byDoc.computeIfAbsent(r.document.id, k -> new ArrayList<>()).add(r);
            }
        }
        List<CitingDocument> out = new ArrayList<>();
        for (List<ReferenceEntity> group : byDoc.values()) {
            LinkedHashSet<String> paths = new LinkedHashSet<>();
            ReferenceRelation strongest = ReferenceRelation.CITES;
            for (ReferenceEntity r : group) {
                paths.add(r.clausePath == null ? "" : r.clausePath);
                if (r.relation.ordinal() < strongest.ordinal()) {
                    strongest = r.relation;
                }
            }
            out.add(new CitingDocument(DocumentRef.of(group.get(0).document), List.copyOf(paths),
                    strongest.name().toLowerCase(Locale.ROOT)));
        }
        return out;
    }

    /**
     * The graph around a document ({@code depth} hops along references in both directions), or the whole graph
     * when {@code documentId} is null.
     */
    public Graph graph(Long documentId, int depth) {
        List<Object[]> rows = em.createQuery("select r.document.id, r.numberKey, r.number, r.relation"
                + " from ReferenceEntity r where r.partial = false", Object[].class).getResultList();
        Map<Long, DocumentEntity> docs = new HashMap<>();
        em.createQuery("select d from DocumentEntity d", DocumentEntity.class).getResultList()
                .forEach(d -> docs.put(d.id, d));
        Map<String, Long> byNumber = new HashMap<>();
        docs.values().stream().filter(d -> d.numberKey != null).forEach(d -> byNumber.putIfAbsent(d.numberKey, d.id));

        // one node per stored document, one per cited number that no stored document carries
        Map<String, GraphNode> nodes = new LinkedHashMap<>();
        Map<String, Set<String>> adjacent = new HashMap<>();
        Map<String, GraphEdge> edges = new LinkedHashMap<>();
        for (Object[] row : rows) {
            String from = "doc:" + row[0];
            Long target = byNumber.get((String) row[1]);
            String to = target != null ? "doc:" + target : "num:" + row[1];
            if (from.equals(to)) {
                continue;
            }
            String relation = ((ReferenceRelation) row[3]).name().toLowerCase(Locale.ROOT);
            edges.putIfAbsent(from + ">" + to + ":" + relation, new GraphEdge(from, to, relation));
            adjacent.computeIfAbsent(from, k -> new HashSet<>()).add(to);
            adjacent.computeIfAbsent(to, k -> new HashSet<>()).add(from);
            if (target == null) {
                nodes.putIfAbsent(to, new GraphNode(to, "number", (String) row[2], null));
            }
        }
        docs.values().forEach(d -> nodes.put("doc:" + d.id, new GraphNode("doc:" + d.id, "document",
                d.number != null ? d.number + " — " + d.title : d.title, d.id)));
        if (documentId == null) {
            return new Graph(List.copyOf(nodes.values()), List.copyOf(edges.values()));
        }
        documents.find(documentId);
        Set<String> reached = new TreeSet<>();
        Deque<String> frontier = new ArrayDeque<>(List.of("doc:" + documentId));
        reached.add("doc:" + documentId);
        for (int hop = 0; hop < depth; hop++) {
            Deque<String> next = new ArrayDeque<>();
            for (String node : frontier) {
                for (String n : adjacent.getOrDefault(node, Set.of())) {
                    if (reached.add(n)) {
                        next.add(n);
                    }
                }
            }
            frontier = next;
        }
        return new Graph(nodes.values().stream().filter(n -> reached.contains(n.id())).toList(),
                edges.values().stream().filter(e -> reached.contains(e.from()) && reached.contains(e.to())).toList());
    }

    private Map<String, Long> resolve(Set<String> keys) {
        Map<String, Long> resolved = new HashMap<>();
        if (keys.isEmpty()) {
            return resolved;
        }
        em.createQuery("select d.numberKey, d.id from DocumentEntity d where d.numberKey in :keys order by d.id",
                Object[].class).setParameter("keys", keys).getResultList()
                .forEach(r -> resolved.putIfAbsent((String) r[0], (Long) r[1]));
        return resolved;
    }

    /** Every date any stored document states for each number, including the document's own issue date. */
    private Map<String, Set<LocalDate>> statedDates(Set<String> keys) {
        Map<String, Set<LocalDate>> dates = new HashMap<>();
        if (keys.isEmpty()) {
            return dates;
        }
        em.createQuery("select r.numberKey, r.date from ReferenceEntity r where r.numberKey in :keys"
                + " and r.date is not null", Object[].class).setParameter("keys", keys).getResultList()
                .forEach(r -> dates.computeIfAbsent((String) r[0], k -> new TreeSet<>()).add((LocalDate) r[1]));
        em.createQuery("select d.numberKey, d.issuedDate from DocumentEntity d where d.numberKey in :keys"
                + " and d.issuedDate is not null", Object[].class).setParameter("keys", keys).getResultList()
                .forEach(r -> dates.computeIfAbsent((String) r[0], k -> new TreeSet<>()).add((LocalDate) r[1]));
        return dates;
    }
}
