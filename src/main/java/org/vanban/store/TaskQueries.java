package org.vanban.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import org.vanban.agency.Agency;
import org.vanban.agency.AgencyRegister;
import org.vanban.agency.Successions;
import org.vanban.domain.Deadline;
import org.vanban.domain.DeadlineKind;
import org.vanban.domain.DueStatus;
import org.vanban.store.Views.AgencyName;
import org.vanban.store.Views.DeadlineView;
import org.vanban.store.Views.DocumentRef;
import org.vanban.store.Views.TaskView;

/** Questions about tasks: who owns what, in which document, due when. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TaskQueries {

    private static final AgencyRegister REGISTER = AgencyRegister.standard();
    private static final Successions SUCCESSIONS = Successions.standard();

    @Inject
    EntityManager em;

    /** Which of a task's agencies a filter looks at. */
    public enum Role {
        LEAD, COOPERATING, ANY;

        List<String> stored() {
            return switch (this) {
                case LEAD -> List.of(TaskAgencyEmbeddable.LEAD);
                case COOPERATING -> List.of(TaskAgencyEmbeddable.COOPERATING);
                case ANY -> List.of(TaskAgencyEmbeddable.LEAD, TaskAgencyEmbeddable.COOPERATING);
            };
        }
    }

    /**
     * @param agencyIds  tasks naming any of these agencies (in {@code role}); null for all, empty for none
     * @param documentId tasks of this document, or null
     * @param text       words the task text contains, with or without diacritics, or null
     * @param dueFrom    deadline range ends on or after this day, or null
     * @param dueTo      deadline range starts on or before this day, or null
     * @param passedAsOf deadline range ended before this day, or null
     * @param asOf       the day due status and current owners are computed for
     * @param inheritor  when listing for an agency including its predecessors' tasks, that agency; else null
     */
    public record TaskFilter(List<String> agencyIds, Role role, Long documentId, String text, LocalDate dueFrom,
            LocalDate dueTo, LocalDate passedAsOf, LocalDate asOf, String inheritor) {
    }

    public DocumentQueries.Page<TaskView> find(TaskFilter filter, int page, int size) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (filter.agencyIds() != null && filter.agencyIds().isEmpty()) {
            return new DocumentQueries.Page<>(List.of(), 0); // an agency was asked for and none matched
        }
        if (filter.agencyIds() != null) {
            where.append(" and t.id in (select t2.id from TaskEntity t2 join t2.agencies a"
                    + " where a.agencyId in :agencies and a.role in :roles)");
            params.put("agencies", filter.agencyIds());
            params.put("roles", filter.role().stored());
        }
        if (filter.documentId() != null) {
            where.append(" and t.document.id = :doc");
            params.put("doc", filter.documentId());
        }
        FoldedWordFilter.append(where, params, "t.textFolded", filter.text());
        if (filter.dueFrom() != null) {
            where.append(" and t.deadlineTo >= :dueFrom");
            params.put("dueFrom", filter.dueFrom());
        }
        if (filter.dueTo() != null) {
            where.append(" and t.deadlineFrom <= :dueTo");
            params.put("dueTo", filter.dueTo());
        }
        if (filter.passedAsOf() != null) {
            where.append(" and t.deadlineKind = :fixed and t.deadlineTo < :asOf");
            params.put("fixed", DeadlineKind.FIXED);
            params.put("asOf", filter.passedAsOf());
        }
        TypedQuery<Long> count = em.createQuery("select count(t) from TaskEntity t" + where, Long.class);
        TypedQuery<TaskEntity> select = em.createQuery("select t from TaskEntity t join fetch t.document"
                + where + " order by t.document.id, t.ord", TaskEntity.class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            select.setParameter(k, v);
        });
        List<TaskView> items = select.setFirstResult(page * size).setMaxResults(size).getResultList().stream()
                .map(t -> view(t, filter.asOf(), filter.inheritor())).toList();
        return new DocumentQueries.Page<>(items, count.getSingleResult());
    }

    /** Task counts per agency id and role, for the agency list. */
    public Map<String, long[]> countsByAgency() {
        Map<String, long[]> counts = new HashMap<>();
        List<Object[]> rows = em.createQuery("select a.agencyId, a.role, count(t) from TaskEntity t join t.agencies a"
                + " group by a.agencyId, a.role", Object[].class).getResultList();
        for (Object[] row : rows) {
            long[] c = counts.computeIfAbsent((String) row[0], k -> new long[2]);
            c[TaskAgencyEmbeddable.LEAD.equals(row[1]) ? 0 : 1] += (Long) row[2];
        }
        return counts;
    }

    /** Agencies named in tasks: id → canonical name as stored. */
    public Map<String, String> namedAgencies() {
        Map<String, String> names = new HashMap<>();
        em.createQuery("select distinct a.agencyId, a.name from TaskEntity t join t.agencies a", Object[].class)
                .getResultList().forEach(r -> names.putIfAbsent((String) r[0], (String) r[1]));
        return names;
    }

    /** Due-status counts by role ("lead", "cooperating") for tasks naming any of the agencies. */
    public Map<String, Map<String, Long>> statusCounts(List<String> agencyIds, LocalDate asOf) {
        Map<String, Map<String, Long>> counts = new java.util.LinkedHashMap<>();
        for (String role : List.of("lead", "cooperating")) {
            Map<String, Long> byStatus = new java.util.LinkedHashMap<>();
            for (DueStatus status : DueStatus.values()) {
                byStatus.put(status.name().toLowerCase(Locale.ROOT), 0L);
            }
            counts.put(role, byStatus);
        }
        if (agencyIds.isEmpty()) {
            return counts;
        }
        List<Object[]> rows = em.createQuery("select distinct t.id, a.role, t.deadlineKind, t.deadlineFrom,"
                + " t.deadlineTo from TaskEntity t join t.agencies a where a.agencyId in :ids", Object[].class)
                .setParameter("ids", agencyIds).getResultList();
        for (Object[] r : rows) {
            DueStatus status = DueStatus.of(new Deadline(null, (LocalDate) r[3], (LocalDate) r[4],
                    (DeadlineKind) r[2]), asOf);
            counts.get(((String) r[1]).toLowerCase(Locale.ROOT)).merge(status.name().toLowerCase(Locale.ROOT), 1L,
                    Long::sum);
        }
        return counts;
    }

    static TaskView view(TaskEntity t, LocalDate asOf, String inheritor) {
        List<AgencyName> lead = new ArrayList<>();
        List<AgencyName> cooperating = new ArrayList<>();
        AgencyName inheritedFrom = null;
        boolean namesInheritor = false;
        for (TaskAgencyEmbeddable a : t.agencies) {
            AgencyName name = new AgencyName(a.agencyId, a.name);
            (TaskAgencyEmbeddable.LEAD.equals(a.role) ? lead : cooperating).add(name);
            if (inheritor != null) {
                if (a.agencyId.equals(inheritor)) {
                    namesInheritor = true;
                } else if (inheritedFrom == null && SUCCESSIONS.allPredecessors(inheritor).contains(a.agencyId)) {
                    inheritedFrom = name;
                }
            }
        }
        Deadline deadline = new Deadline(t.deadlineText, t.deadlineFrom, t.deadlineTo, t.deadlineKind);
        DeadlineView deadlineView = new DeadlineView(t.deadlineText, t.deadlineFrom, t.deadlineTo,
                t.deadlineKind.name().toLowerCase(Locale.ROOT));
        return new TaskView(t.id, t.text, DocumentRef.of(t.document), t.clausePath, lead, cooperating, t.collective,
                t.product, deadlineView, DueStatus.of(deadline, asOf).name().toLowerCase(Locale.ROOT),
                currentOwners(lead, asOf), namesInheritor ? null : inheritedFrom);
    }

    private static List<AgencyName> currentOwners(List<AgencyName> lead, LocalDate asOf) {
        java.util.LinkedHashMap<String, AgencyName> owners = new java.util.LinkedHashMap<>();
        for (AgencyName agency : lead) {
            for (String id : SUCCESSIONS.currentOwners(agency.id(), agency.name(), asOf)) {
                owners.putIfAbsent(id, id.equals(agency.id()) ? agency
                        : new AgencyName(id, REGISTER.byId(id).map(Agency::name).orElse(id)));
            }
        }
        return List.copyOf(owners.values());
    }

}
