package org.vanban.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.vanban.agency.Agency;
import org.vanban.agency.AgencyRecognizer;
import org.vanban.agency.AgencyRegister;
import org.vanban.agency.AgencyType;
import org.vanban.agency.Successions;
import org.vanban.parse.VietnameseText;

/**
 * Agencies as users look for them: every register entry, plus agencies the extractor recognised by form
 * in stored tasks, each with how many tasks name it as lead or cooperating.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AgencyQueries {

    private final AgencyRegister register = AgencyRegister.standard();
    private final Successions successions = Successions.standard();

    @Inject
    TaskQueries tasks;

    /** An agency linked to this one by a succession, with the act that made it. */
    public record Link(String id, String name, String functions, LocalDate date, String source, boolean checked) {
    }

    /**
     * @param inRegister   false for an agency recognised by its form that the register lacks
     * @param validTo      the day the agency ended (2025 reorganisation), null while it exists
     * @param endedBy      the legal act that ended it, null while it exists
     * @param successors   who took over its work (several when it was split), with the functions each took
     * @param predecessors whose work it took over
     */
    public record AgencyView(String id, String name, String type, String level, List<String> aliases,
            long leadCount, long cooperatingCount, boolean inRegister, LocalDate validTo, String endedBy,
            List<Link> successors, List<Link> predecessors) {
    }

    /** Agencies matching {@code query} (name or alias, with or without diacritics) and {@code type}. */
    public List<AgencyView> find(String query, AgencyType type) {
        Map<String, long[]> counts = tasks.countsByAgency();
        Map<String, AgencyView> found = new LinkedHashMap<>();
        boolean all = query == null || query.isBlank();
        List<Agency> fromRegister = all ? register.all() : register.search(query);
        for (Agency a : fromRegister) {
            found.put(a.id(), view(a, counts));
        }
        String folded = all ? "" : VietnameseText.fold(query).strip();
        tasks.namedAgencies().forEach((id, name) -> {
            if (!found.containsKey(id) && register.byId(id).isEmpty()
                    && (all || VietnameseText.fold(name).contains(folded))) {
                found.put(id, recognised(id, name, counts));
            }
        });
        List<AgencyView> result = new ArrayList<>(found.values());
        if (type != null) {
            result.removeIf(v -> !type.name().equals(v.type()));
        }
        if (all) {
            // with no query, the agencies that own the most work come first
            result.sort(Comparator.comparingLong((AgencyView v) -> -(v.leadCount() + v.cooperatingCount()))
                    .thenComparing(AgencyView::name));
        }
        return result;
    }

    public Optional<AgencyView> byId(String id) {
        Map<String, long[]> counts = tasks.countsByAgency();
        Optional<Agency> inRegister = register.byId(id);
        if (inRegister.isPresent()) {
            return Optional.of(view(inRegister.get(), counts));
        }
        String name = tasks.namedAgencies().get(id);
        return name == null ? Optional.empty() : Optional.of(recognised(id, name, counts));
    }

    /**
     * The agency ids a caller means: an id as it is, else a name or alias the register knows, else the name of a
     * recognised agency (folded comparison). Empty when nothing matches.
     */
    public List<String> resolve(String query) {
        String q = query.strip();
        if (register.byId(q).isPresent()) {
            return List.of(q);
        }
        Map<String, String> named = tasks.namedAgencies();
        if (named.containsKey(q)) {
            return List.of(q);
        }
        Optional<Agency> known = register.lookup(q);
        if (known.isPresent()) {
            return List.of(known.get().id());
        }
        String key = VietnameseText.fold(q);
        return named.entrySet().stream().filter(e -> VietnameseText.fold(e.getValue()).equals(key))
                .map(Map.Entry::getKey).toList();
    }

    /** Task counts by due status and role, for an agency scorecard; with its predecessors' tasks if asked. */
    public Map<String, Map<String, Long>> summary(String id, LocalDate asOf, boolean inherited) {
        List<String> ids = new ArrayList<>(List.of(id));
        if (inherited) {
            ids.addAll(successions.allPredecessors(id));
        }
        return tasks.statusCounts(ids, asOf);
    }

    /** The agency and, when asked, every agency whose work it took over. */
    public List<String> withPredecessors(String id) {
        List<String> ids = new ArrayList<>(List.of(id));
        ids.addAll(successions.allPredecessors(id));
        return ids;
    }

    private AgencyView view(Agency a, Map<String, long[]> counts) {
        return build(a.id(), a.name(), a.type().name(), a.level() == null ? null : a.level().name(), a.aliases(),
                counts, true);
    }

    private AgencyView recognised(String id, String name, Map<String, long[]> counts) {
        return build(id, name, AgencyRecognizer.typeOfName(name).name(), null, List.of(), counts, false);
    }

    private AgencyView build(String id, String name, String type, String level, List<String> aliases,
            Map<String, long[]> counts, boolean inRegister) {
        long[] c = counts.getOrDefault(id, new long[2]);
        Optional<Successions.Ending> ending = successions.ending(id, name);
        List<Link> next = ending.map(e -> e.successors().stream()
                .map(s -> new Link(s.id(), nameOf(s.id()), s.functions(), e.date(), e.source(), e.checked()))
                .toList()).orElse(List.of());
        List<Link> previous = successions.predecessorsOf(id).stream()
                .map(s -> new Link(s.predecessor(), nameOf(s.predecessor()), s.successors().stream()
                        .filter(x -> x.id().equals(id)).map(Successions.Successor::functions).findFirst()
                        .orElse(null), s.date(), s.source(), s.checked()))
                .toList();
        return new AgencyView(id, name, type, level, aliases, c[0], c[1], inRegister,
                ending.map(Successions.Ending::date).orElse(null), ending.map(Successions.Ending::source).orElse(null),
                next, previous);
    }

    private String nameOf(String id) {
        return register.byId(id).map(Agency::name).orElse(id);
    }
}
