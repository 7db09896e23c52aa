package org.vanban.agency;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Which agencies ended, when, by what legal act, and who took over their work, loaded from {@value #RESOURCE}.
 * Explicit entries name a predecessor and its successor(s) (a split names the functions each took); rules
 * end whole classes of agencies by name (the district level, a merged province) where no single successor
 * can be named. Pure and immutable; resolution is against a date passed in.
 */
public final class Successions {

    public static final String RESOURCE = "/agency/successions.json";

    private static final Successions DEFAULT = load(RESOURCE);

    public record Successor(String id, String functions) {
    }

    public record Succession(String predecessor, LocalDate date, String source, boolean checked,
            List<Successor> successors) {
    }

    public record Rule(String namePattern, LocalDate date, String source, boolean checked, String note) {
    }

    /** How an agency ended: the date, the act, whether the mapping was checked, and who took over. */
    public record Ending(LocalDate date, String source, boolean checked, List<Successor> successors, String note) {
    }

    record SuccessionFile(int schema, List<Succession> successions, List<Rule> rules) {
    }

    private final Map<String, Succession> byPredecessor = new HashMap<>();
    private final Map<String, List<Succession>> bySuccessor = new HashMap<>();
    private final List<Rule> rules;
    private final List<Pattern> rulePatterns;

    Successions(List<Succession> successions, List<Rule> rules) {
        for (Succession s : successions) {
            byPredecessor.put(s.predecessor(), s);
            for (Successor next : s.successors()) {
                bySuccessor.computeIfAbsent(next.id(), k -> new ArrayList<>()).add(s);
            }
        }
        this.rules = List.copyOf(rules);
        this.rulePatterns = rules.stream().map(r -> Pattern.compile(r.namePattern(), Pattern.UNICODE_CASE
                | Pattern.CASE_INSENSITIVE)).toList();
    }

    public static Successions standard() {
        return DEFAULT;
    }

    static Successions load(String resource) {
        try (InputStream in = Successions.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("succession data not found on the classpath: " + resource);
            }
            SuccessionFile file = new ObjectMapper().registerModule(new JavaTimeModule())
                    .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                    .readValue(in, SuccessionFile.class);
            return new Successions(file.successions(), file.rules() == null ? List.of() : file.rules());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read succession data " + resource, e);
        }
    }

    /** How the agency ended, if it did: an explicit succession first, else a rule matching its name. */
    public Optional<Ending> ending(String agencyId, String name) {
        Succession s = byPredecessor.get(agencyId);
        if (s != null) {
            return Optional.of(new Ending(s.date(), s.source(), s.checked(), s.successors(), null));
        }
        for (int i = 0; i < rules.size(); i++) {
            if (name != null && rulePatterns.get(i).matcher(name).find()) {
                Rule r = rules.get(i);
                return Optional.of(new Ending(r.date(), r.source(), r.checked(), List.of(), r.note()));
            }
        }
        return Optional.empty();
    }

    /** The successions that ended agencies whose work went (at least in part) to this one. */
    public List<Succession> predecessorsOf(String agencyId) {
        return bySuccessor.getOrDefault(agencyId, List.of());
    }

    /** Every agency whose work this one took over, directly or through a chain of successions. */
    public Set<String> allPredecessors(String agencyId) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> frontier = new ArrayList<>(List.of(agencyId));
        while (!frontier.isEmpty()) {
            List<String> next = new ArrayList<>();
            for (String id : frontier) {
                for (Succession s : predecessorsOf(id)) {
                    if (seen.add(s.predecessor())) {
                        next.add(s.predecessor());
                    }
                }
            }
            frontier = next;
        }
        return seen;
    }

    /**
     * Who is responsible on {@code asOf} for work assigned to the agency: itself while it exists, else its
     * successors (followed through later successions). Empty when it ended with no nameable successor.
     */
    public List<String> currentOwners(String agencyId, String name, LocalDate asOf) {
        Set<String> owners = new LinkedHashSet<>();
        resolve(agencyId, name, asOf, owners, new LinkedHashSet<>());
        return List.copyOf(owners);
    }

    private void resolve(String id, String name, LocalDate asOf, Set<String> owners, Set<String> visiting) {
        if (!visiting.add(id)) {
            return;
        }
        Optional<Ending> ending = ending(id, name);
        if (ending.isEmpty() || ending.get().date().isAfter(asOf)) {
            owners.add(id);
            return;
        }
        for (Successor next : ending.get().successors()) {
            resolve(next.id(), null, asOf, owners, visiting);
        }
    }
}
