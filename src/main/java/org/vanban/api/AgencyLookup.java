package org.vanban.api;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.vanban.parse.VietnameseText;
import org.vanban.store.TaskQueries;

/** Resolves what a caller typed for an agency (an id, a name, an abbreviation) to agency ids. */
@ApplicationScoped
public class AgencyLookup {

    @Inject
    TaskQueries tasks;

    /** Ids matching {@code query}; unknown names give an empty list, so the filter finds nothing. */
    public List<String> resolve(String query) {
        String q = query.strip();
        Map<String, String> named = tasks.namedAgencies();
        if (named.containsKey(q)) {
            return List.of(q);
        }
        String key = VietnameseText.fold(q);
        return named.entrySet().stream().filter(e -> VietnameseText.fold(e.getValue()).equals(key))
                .map(Map.Entry::getKey).toList();
    }
}
