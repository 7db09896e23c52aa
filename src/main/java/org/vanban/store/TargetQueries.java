package org.vanban.store;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import org.vanban.store.Views.DocumentRef;
import org.vanban.store.Views.IndicatorView;
import org.vanban.store.Views.TargetView;
import org.vanban.store.Views.TimelinePoint;
import org.vanban.store.Views.ValueView;

/** Questions about targets and how an indicator's promises changed across documents. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TargetQueries {

    @Inject
    EntityManager em;

    public DocumentQueries.Page<TargetView> find(Long documentId, Integer year, String text, int page, int size) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (documentId != null) {
            where.append(" and t.document.id = :doc");
            params.put("doc", documentId);
        }
        if (year != null) {
            where.append(" and t.year = :year");
            params.put("year", year);
        }
        FoldedWordFilter.append(where, params, "t.textFolded", text);
        TypedQuery<Long> count = em.createQuery("select count(t) from TargetEntity t" + where, Long.class);
        TypedQuery<TargetEntity> select = em.createQuery("select t from TargetEntity t join fetch t.document" + where
                + " order by t.document.id, t.ord", TargetEntity.class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            select.setParameter(k, v);
        });
        List<TargetView> items = select.setFirstResult(page * size).setMaxResults(size).getResultList().stream()
                .map(TargetQueries::view).toList();
        return new DocumentQueries.Page<>(items, count.getSingleResult());
    }

    /**
     * Targets grouped by indicator, each group's timeline ordered by year then document date. Only indicators
     * with a target whose text or key matches {@code text} are returned.
     */
    public DocumentQueries.Page<IndicatorView> indicators(String text, int page, int size) {
        StringBuilder where = new StringBuilder(" where t.indicator is not null");
        Map<String, Object> params = new HashMap<>();
        FoldedWordFilter.append(where, params, "t.textFolded", text);
        TypedQuery<String> keys = em.createQuery("select distinct t.indicator from TargetEntity t" + where
                + " order by t.indicator", String.class);
        params.forEach(keys::setParameter);
        List<String> all = keys.getResultList();
        List<String> pageKeys = all.stream().skip((long) page * size).limit(size).toList();
        if (pageKeys.isEmpty()) {
            return new DocumentQueries.Page<>(List.of(), all.size());
        }
        Map<String, List<TargetEntity>> grouped = new LinkedHashMap<>();
        pageKeys.forEach(k -> grouped.put(k, new java.util.ArrayList<>()));
        em.createQuery("select t from TargetEntity t join fetch t.document where t.indicator in :keys",
                TargetEntity.class).setParameter("keys", pageKeys).getResultList()
                .forEach(t -> grouped.get(t.indicator).add(t));
        List<IndicatorView> items = grouped.entrySet().stream().map(e -> indicator(e.getKey(), e.getValue()))
                .toList();
        return new DocumentQueries.Page<>(items, all.size());
    }

    private static IndicatorView indicator(String key, List<TargetEntity> targets) {
        Comparator<TimelinePoint> order = Comparator
                .comparing(TimelinePoint::year, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(TimelinePoint::date, Comparator.nullsLast(Comparator.naturalOrder()));
        List<TimelinePoint> timeline = targets.stream().flatMap(t -> {
            DocumentRef doc = DocumentRef.of(t.document);
            if (t.values.isEmpty()) {
                return java.util.stream.Stream.of(new TimelinePoint(doc, t.document.effectiveDate(), t.year, null,
                        null, null, null, t.clausePath, t.text));
            }
            return t.values.stream().map(v -> new TimelinePoint(doc, t.document.effectiveDate(), t.year, v.value,
                    v.upper, v.unit, v.comparator, t.clausePath, t.text));
        }).sorted(order).toList();
        String label = targets.stream().map(t -> t.text).min(Comparator.comparingInt(String::length)).orElse(key);
        return new IndicatorView(key, label, targets.size(), timeline);
    }


    static TargetView view(TargetEntity t) {
        return new TargetView(t.id, DocumentRef.of(t.document), t.clausePath, t.group, t.text, t.year,
                t.values.stream().map(v -> new ValueView(v.value, v.upper, v.unit, v.comparator)).toList(),
                t.indicator);
    }
}
