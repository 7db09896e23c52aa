package org.vanban.agency;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.vanban.parse.VietnameseText;

/**
 * The register of Vietnamese state and Party bodies, loaded from {@value #RESOURCE} on the classpath. Lookups
 * accept any spelling the register knows: canonical name, alias or abbreviation, any case, either tone
 * placement, with or without diacritics ("so giao thong van tai", "Sở GTVT").
 *
 * <p>The data file is a JSON object {@code {"schema": 1, "agencies": [{"id", "name", "type", "level",
 * "aliases"}]}}; unknown fields are ignored so the file can grow (successor links) without breaking readers.
 */
public final class AgencyRegister {

    public static final String RESOURCE = "/agency/register.json";

    // compiled once (String.replaceAll compiled them again for every agency read by its form), and before
    // DEFAULT, whose loading uses them

    /** What an id spells with '-': "so ke hoach va dau tu" gives "so-ke-hoach-va-dau-tu", "kh&dt" gives "kh-dt". */
    private static final Pattern NOT_ID_CHARACTERS = Pattern.compile("[^a-z0-9]+");

    /** A dash at either end of an id: "-so-y-te-" gives "so-y-te". */
    private static final Pattern EDGE_DASHES = Pattern.compile("^-|-$");

    /**
     * A separator with the spaces around it, written as the separator and one space: "sở lao động - thương binh"
     * gives "sở lao động- thương binh", "sở văn hóa , thể thao" gives "sở văn hóa, thể thao".
     */
    private static final Pattern SPACED_SEPARATOR = Pattern.compile("\\s*([,\\-–])\\s*");

    private static final AgencyRegister DEFAULT = load(RESOURCE);

    private final List<Agency> agencies;
    private final Map<String, Agency> byId = new HashMap<>();
    private final Map<String, Agency> byMatchKey = new HashMap<>();
    private final Map<String, Agency> byFoldedKey = new HashMap<>();
    private final Map<String, List<String>> foldedNames = new LinkedHashMap<>();
    private final NameTrie trie = new NameTrie();

    AgencyRegister(List<Agency> agencies) {
        this.agencies = List.copyOf(agencies);
        for (Agency agency : this.agencies) {
            if (byId.putIfAbsent(agency.id(), agency) != null) {
                throw new IllegalArgumentException("duplicate agency id " + agency.id());
            }
            index(agency.name(), agency);
            for (String alias : agency.aliases()) {
                index(alias, agency);
            }
        }
    }

    /** The register shipped with the application (shared, immutable). */
    public static AgencyRegister standard() {
        return DEFAULT;
    }

    public static AgencyRegister load(String resource) {
        try (InputStream in = AgencyRegister.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("agency register not found on the classpath: " + resource);
            }
            ObjectMapper mapper = new ObjectMapper()
                    .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
            RegisterFile file = mapper.readValue(in, RegisterFile.class);
            return new AgencyRegister(file.agencies());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read agency register " + resource, e);
        }
    }

    /** The file's shape; more fields may follow. */
    record RegisterFile(int schema, List<Agency> agencies) {
    }

    public List<Agency> all() {
        return agencies;
    }

    public Optional<Agency> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The agency a name or alias denotes: exact key first, then the diacritics-free key. */
    public Optional<Agency> lookup(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        Agency exact = byMatchKey.get(matchKey(name));
        if (exact != null) {
            return Optional.of(exact);
        }
        return Optional.ofNullable(byFoldedKey.get(WordTokenizer.phraseKey(name)));
    }

    /**
     * Agencies whose name or an alias contains every word of the query (folded, as substrings so that "bien
     * phong" finds "Bộ đội Biên phòng"), best first: exact name, then
     * names starting with the query, then the rest, shorter names first.
     */
    public List<Agency> search(String query) {
        String q = query == null ? "" : WordTokenizer.phraseKey(query);
        if (q.isEmpty()) {
            return List.of();
        }
        String[] terms = q.split(" ");
        List<Agency> hits = new ArrayList<>();
        Map<Agency, Integer> rank = new HashMap<>();
        for (Agency agency : agencies) {
            int best = Integer.MAX_VALUE;
            for (String key : foldedNames.get(agency.id())) {
                if (!containsAllWords(key, terms)) {
                    continue;
                }
                int r = key.equals(q) ? 0 : key.startsWith(q) ? 1 : 2;
                best = Math.min(best, r * 1000 + key.length());
            }
            if (best != Integer.MAX_VALUE) {
                hits.add(agency);
                rank.put(agency, best);
            }
        }
        hits.sort(Comparator.comparingInt(rank::get));
        return hits;
    }

    NameTrie trie() {
        return trie;
    }

    /** Stable id for a name the register lacks: its folded words joined by '-'. */
    public static String idFor(String canonicalName) {
        String dashed = NOT_ID_CHARACTERS.matcher(WordTokenizer.phraseKey(canonicalName)).replaceAll("-");
        return EDGE_DASHES.matcher(dashed).replaceAll("");
    }

    static String matchKey(String name) {
        return SPACED_SEPARATOR.matcher(VietnameseText.matchKey(name)).replaceAll("$1 ").toLowerCase(Locale.ROOT);
    }

    private void index(String name, Agency agency) {
        byMatchKey.putIfAbsent(matchKey(name), agency);
        String folded = WordTokenizer.phraseKey(name);
        byFoldedKey.putIfAbsent(folded, agency);
        foldedNames.computeIfAbsent(agency.id(), k -> new ArrayList<>()).add(folded);
        trie.add(name, agency);
    }

    private static boolean containsAllWords(String key, String[] terms) {
        for (String term : terms) {
            if (!key.contains(term)) {
                return false;
            }
        }
        return true;
    }
}
