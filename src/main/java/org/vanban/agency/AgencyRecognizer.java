package org.vanban.agency;

import static org.vanban.agency.AgencyVocabulary.GROUP_NOUN_OPENERS;
import static org.vanban.agency.AgencyVocabulary.GROUP_OPENERS;
import static org.vanban.agency.AgencyVocabulary.GROUP_TERMS;
import static org.vanban.agency.AgencyVocabulary.HEADS;
import static org.vanban.agency.AgencyVocabulary.LEVELS;
import static org.vanban.agency.AgencyVocabulary.LONGEST_GROUP_TERM;
import static org.vanban.agency.AgencyVocabulary.LONGEST_HEAD;
import static org.vanban.agency.AgencyVocabulary.LONGEST_STOP;
import static org.vanban.agency.AgencyVocabulary.PERSON_TITLES;
import static org.vanban.agency.AgencyVocabulary.SHARED_HEADS;
import static org.vanban.agency.AgencyVocabulary.STOPS;
import static org.vanban.agency.AgencyVocabulary.VERBS_INSIDE_NAMES;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.vanban.agency.AgencyVocabulary.HeadKind;
import org.vanban.domain.AgencyRef;
import org.vanban.parse.VietnameseText;

/**
 * Reads agency names in Vietnamese text: names the register knows (longest match over its names and aliases)
 * and names it lacks, recognised by their form (a head noun such as "Sở", "Ban", "Ủy ban nhân dân" followed by
 * a specialty or a level and place). Generic groups ("các sở, ban, ngành liên quan", "UBND các quận, huyện")
 * are read as groups, never as agencies. Pure and thread-safe.
 */
public final class AgencyRecognizer {

    private static final int LONGEST_UNKNOWN_NAME = 24;
    private static final int LIST_WINDOW = 700;
    private static final int LONGEST_PLACE = 4;
    private static final int LONGEST_LOWERCASE_RUN = 3;

    // the vocabularies as tries of folded words (see Phrases): looked up at nearly every word read
    private static final Phrases<Boolean> GROUP_NOUN_OPENERS_TRIE = Phrases.of(GROUP_NOUN_OPENERS);
    private static final Phrases<Boolean> GROUP_OPENERS_TRIE = Phrases.of(GROUP_OPENERS);
    private static final Phrases<Boolean> GROUP_TERMS_TRIE = Phrases.of(GROUP_TERMS);
    private static final Phrases<Boolean> LEVELS_TRIE = Phrases.of(LEVELS);
    private static final Phrases<Boolean> PERSON_TITLES_TRIE = Phrases.of(PERSON_TITLES);
    private static final Phrases<Boolean> VERBS_INSIDE_NAMES_TRIE = Phrases.of(VERBS_INSIDE_NAMES);
    private static final Phrases<HeadKind> HEADS_TRIE = new Phrases<>(HEADS);
    /** {@link AgencyVocabulary#STOPS} by words in lower case (NFC), as {@link Words#lower} gives them. */
    private static final Phrases<Boolean> STOPS_TRIE = Phrases.of(STOPS);
    /** {@link AgencyVocabulary#COMPOUNDS} as first word (lower case, NFC) to the second words it forms one with. */
    private static final java.util.Map<String, Set<String>> COMPOUND_SECONDS = compoundSeconds();

    private static java.util.Map<String, Set<String>> compoundSeconds() {
        java.util.Map<String, Set<String>> seconds = new java.util.HashMap<>();
        for (String compound : AgencyVocabulary.COMPOUNDS) {
            String[] pair = compound.split(" ", -1);
            if (pair.length != 2 || pair[0].isEmpty() || pair[1].isEmpty()) {
                throw new IllegalArgumentException("a compound is two words: " + compound);
            }
            seconds.computeIfAbsent(pair[0], k -> new java.util.HashSet<>()).add(pair[1]);
        }
        return seconds;
    }

    private final AgencyRegister register;

    public AgencyRecognizer() {
        this(AgencyRegister.standard());
    }

    public AgencyRecognizer(AgencyRegister register) {
        this.register = register;
    }

    public AgencyRegister register() {
        return register;
    }

    /**
     * Reads the list of actors that starts at {@code from} (leading spaces skipped): agencies and groups
     * separated by ",", ";", "và", "cùng". Stops at the first word that is neither.
     */
    public AgencyList readList(String text, int from) {
        // a list of actors is short: reading a window, not the whole clause, keeps long clauses cheap
        int to = Math.min(text.length(), from + LIST_WINDOW);
        while (to < text.length() && !Character.isWhitespace(text.charAt(to))) {
            to++;
        }
        return readList(text, new Words(text, from, to), 0);
    }

    /** Every agency named anywhere in the text, in order (groups skipped). */
    public List<AgencyMention> findAll(String text) {
        Words words = new Words(text, 0, text.length());
        List<AgencyMention> found = new ArrayList<>();
        int i = 0;
        while (words.has(i)) {
            Read read = readAgencies(text, words, i);
            if (read != null) {
                found.addAll(read.mentions);
                i = read.end;
            } else {
                int group = readGroup(text, words, i);
                i = group > i ? group : i + 1;
            }
        }
        return found;
    }

    /** The agency a whole string names ("Sở GTVT", "UBND quận Đồ Sơn"), if it names exactly one. */
    public Optional<AgencyMention> resolve(String name) {
        Words words = new Words(name, 0, name.length());
        Read read = readAgencies(name, words, 0);
        if (read == null || read.mentions.size() != 1 || words.has(read.end)) {
            return Optional.empty();
        }
        return Optional.of(read.mentions.get(0));
    }

    // ---------------------------------------------------------------- lists

    private AgencyList readList(String text, Words words, int start) {
        List<AgencyMention> agencies = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<String> groups = new ArrayList<>();
        boolean allLevels = false;
        int i = start;
        int end = start;
        NameTrie.Node sharedHead = null;
        while (words.has(i)) {
            int groupEnd = readGroup(text, words, i);
            Read read = groupEnd > i ? null : readAgencies(text, words, i);
            if (groupEnd > i) {
                String group = text.substring(words.get(i).start(), words.get(groupEnd - 1).end());
                groups.add(group);
                String groupKey = WordTokenizer.phraseKey(group);
                // "các cấp ủy", "... các cấp": the bodies of every level, of which a named one is but one
                allLevels |= groupKey.endsWith("cac cap") || groupKey.contains("cap uy");
                i = groupEnd;
                sharedHead = null;
            } else if (read != null && isEveryPlaceOf(words, read.end)) {
                // "Sở Nông nghiệp và Môi trường các tỉnh, thành phố": the body of every place, a group
                int placesEnd = readGroup(text, words, read.end);
                groups.add(text.substring(words.get(i).start(), words.get(placesEnd - 1).end()));
                i = placesEnd;
                sharedHead = null;
            } else if (read != null) {
                for (AgencyMention m : read.mentions) {
                    if (seen.add(m.ref().agencyId())) {
                        agencies.add(m);
                    }
                }
                i = read.end;
                sharedHead = read.sharedHead;
            } else if (sharedHead != null && i > start && isSpecialtyStart(words, i)) {
                // "Sở Tài chính, Xây dựng": the second name shares the first one's head noun
                Read shared = readSpecialties(text, words, i, sharedHead, headWordsBefore(words, i));
                if (shared == null) {
                    break;
                }
                for (AgencyMention m : shared.mentions) {
                    if (seen.add(m.ref().agencyId())) {
                        agencies.add(m);
                    }
                }
                i = shared.end;
            } else {
                break;
            }
            end = i;
            if (words.has(i) && words.get(i).isWord() && words.get(i).key().equals("cac")
                    && words.has(i + 1) && words.get(i + 1).key().equals("cap")) {
                // "... và các tổ chức chính trị - xã hội các cấp"
                allLevels = true;
                i += 2;
                end = i;
            }
            int next = skipSeparator(words, i);
            if (next == i || !words.has(next)) {
                break;
            }
            i = next;
        }
        if (end == start) {
            int at = words.has(start) ? words.get(start).start() : text.length();
            return AgencyList.empty(at);
        }
        return new AgencyList(agencies, groups, allLevels, words.get(start).start(), words.get(end - 1).end());
    }

    /** "các tỉnh", "các huyện, thị xã" right after a name: it names that body in every such place. */
    private static boolean isEveryPlaceOf(Words words, int end) {
        return nextIs(words, end, "cac") && matchPhrase(words, end + 1, LEVELS_TRIE, 2) > end + 1;
    }

    private static int skipSeparator(Words words, int i) {
        int j = i;
        if (words.has(j) && (words.get(j).text().equals(",") || words.get(j).text().equals(";"))) {
            j++;
        }
        if (words.has(j) && (words.get(j).key().equals("va") || words.get(j).key().equals("cung"))) {
            j++;
        }
        return j;
    }

    // ---------------------------------------------------------------- groups

    /** End index of a group starting at {@code i}, or {@code i} when there is none. */
    int readGroup(String text, Words words, int i) {
        if (!words.has(i) || !words.get(i).isWord()) {
            return i;
        }
        int j = i;
        int opener = matchPhrase(words, j, GROUP_OPENERS_TRIE, 2);
        boolean opened = false;
        if (opener > j) {
            if (PERSON_TITLES.contains(keyOf(words, j, opener)) && !nextIs(words, opener, "cac")
                    && !keyOf(words, j, opener).equals("thu truong")) {
                return i; // "Giám đốc Sở Y tế": the person stands for the agency
            }
            if (keyOf(words, j, opener).equals("cac") && isSharedHeadList(words, j)) {
                return i; // "các Sở: Tài chính, Xây dựng" names agencies
            }
            j = opener;
            opened = true;
        } else if (matchPhrase(words, j, PERSON_TITLES_TRIE, 3) > j) {
            // "Giám đốc các sở", "Chủ tịch Ủy ban nhân dân các huyện": the heads of a group stand for it
            int title = matchPhrase(words, j, PERSON_TITLES_TRIE, 3);
            if (nextIs(words, title, "cac") || isLocalGovernmentGroup(words, title)) {
                int inner = readGroup(text, words, title);
                return inner > title ? inner : i;
            }
            return i;
        } else {
            int noun = matchPhrase(words, j, GROUP_NOUN_OPENERS_TRIE, 3);
            if (noun > j) {
                j = noun;
                opened = true;
            } else if (isLocalGovernmentGroup(words, j)) {
                j = headEnd(words, j);
                opened = true;
            }
        }
        if (!opened) {
            return i;
        }
        int last = j;
        while (words.has(j)) {
            Word w = words.get(j);
            if (!w.isWord()) {
                if ((w.text().equals(",") || w.text().equals("-")) && words.has(j + 1)
                        && matchPhrase(words, j + 1, GROUP_TERMS_TRIE, LONGEST_GROUP_TERM) > j + 1
                        && !startsAgency(words, j + 1)) {
                    j++;
                    continue;
                }
                break;
            }
            if (w.key().equals("va") && words.has(j + 1)
                    && matchPhrase(words, j + 1, GROUP_TERMS_TRIE, LONGEST_GROUP_TERM) > j + 1
                    && !startsAgency(words, j + 1)) {
                j++;
                continue;
            }
            boolean directly = w.key().equals("truc") && nextIs(words, j + 1, "thuoc");
            if (w.key().equals("cua") || w.key().equals("thuoc") || directly) {
                // "Các ban của Thành ủy", "đảng ủy trực thuộc Tỉnh ủy": the owner belongs to the group's description
                int ownerAt = directly ? j + 2 : j + 1;
                Read owner = readAgencies(text, words, ownerAt);
                if (owner != null) {
                    j = owner.end;
                    last = j;
                    continue;
                }
                if (!directly) {
                    break; // "các đơn vị trực thuộc" ends with its qualifier
                }
            }
            int term = matchPhrase(words, j, GROUP_TERMS_TRIE, LONGEST_GROUP_TERM);
            if (term > j && (!w.isCapitalized() || !startsAgency(words, j) || opened && term == j + 1
                    && isGroupNounCapitalizedInList(words, j))) {
                boolean members = AgencyVocabulary.MEMBER_TERMS.contains(keyOf(words, j, term));
                j = term;
                last = j;
                Read owner = members ? readAgencies(text, words, j) : null;
                if (owner != null) {
                    j = owner.end; // "đại biểu Hội đồng nhân dân tỉnh": the members, not the body
                    last = j;
                }
                continue;
            }
            if (w.key().equals("uy") && words.has(j + 1) && words.get(j + 1).key().equals("vien")) {
                j += 2; // "Ủy viên Ban Thường vụ Thành ủy": members, not the body
                Read body = readAgencies(text, words, j);
                if (body != null) {
                    j = body.end;
                    last = j;
                }
                continue;
            }
            if (last == j && words.get(i).key().equals("cac") && j == i + 1) {
                break;
            }
            break;
        }
        if (last == i + 1 && isOpenerOnly(words, i)) {
            return i; // a bare "các" is no group
        }
        return last > i ? last : i;
    }

    private static boolean isOpenerOnly(Words words, int i) {
        String k = words.get(i).key();
        return k.equals("cac") || k.equals("nhung") || k.equals("moi");
    }

    /** "các Sở, ngành": a capitalised group noun followed by more group nouns is still a group. */
    private static boolean isGroupNounCapitalizedInList(Words words, int j) {
        return words.has(j + 1) && (words.get(j + 1).text().equals(",") || words.get(j + 1).key().equals("va"))
                && words.has(j + 2) && !words.get(j + 2).isCapitalized();
    }

    /** "UBND các quận, huyện", "Ủy ban nhân dân quận, huyện", "UBND cấp huyện". */
    private static boolean isLocalGovernmentGroup(Words words, int i) {
        int head = headEnd(words, i);
        if (head == i || HEADS_TRIE.valueOf(words, i, head) != HeadKind.LOCAL_GOVERNMENT) {
            return false;
        }
        if (nextIs(words, head, "cac") || nextIs(words, head, "cap")) {
            return true;
        }
        int level = matchPhrase(words, head, LEVELS_TRIE, 2);
        return level > head && words.has(level) && words.get(level).text().equals(",")
                && matchPhrase(words, level + 1, LEVELS_TRIE, 2) > level + 1;
    }

    private boolean isSharedHeadList(Words words, int cac) {
        int h = cac + 1;
        if (!words.has(h) || !words.get(h).isCapitalized() || !SHARED_HEADS.contains(words.get(h).key())) {
            return false;
        }
        int k = h + 1;
        if (words.has(k) && words.get(k).text().equals(":")) {
            return true;
        }
        return isSpecialtyStart(words, k);
    }

    // ---------------------------------------------------------------- agencies

    /** One read of one or more agencies (a shared head gives several) and where it ended. */
    private record Read(List<AgencyMention> mentions, int end, NameTrie.Node sharedHead) {
    }

    private Read readAgencies(String text, Words words, int i) {
        if (!words.has(i) || !words.get(i).isWord()) {
            return null;
        }
        int title = matchPhrase(words, i, PERSON_TITLES_TRIE, 3);
        if (title > i && words.get(i).isCapitalized()) {
            Read afterTitle = readAgencies(text, words, title);
            if (afterTitle != null) {
                return afterTitle;
            }
        }
        Read shared = readSharedHeadList(text, words, i);
        if (shared != null) {
            return shared;
        }
        Word first = words.get(i);
        if (!first.isCapitalized()) {
            return null;
        }
        NameTrie.Match known = words.known(register.trie(), i);
        int knownEnd = -1;
        int knownQualified = -1;
        if (known != null) {
            knownEnd = known.end();
            knownQualified = placeQualifierEnd(words, knownEnd);
        }
        Form form = readForm(words, i);
        if (form != null && known != null && !hasCapitalized(words, knownEnd, form.end)) {
            form = null; // "Sở KH&ĐT bố trí kinh phí": lower-case words after a register name are its sentence
        }
        if (form != null && form.end > Math.max(knownEnd, knownQualified)) {
            return single(mentionByForm(text, words, i, form.end, form.kind, form.headKey), form.end,
                    sharedNode(form.headKey));
        }
        if (known == null) {
            return null;
        }
        NameTrie.Node head = sharedNode(words.get(i).key());
        if (knownQualified > knownEnd) {
            String qualifier = text.substring(words.get(knownEnd).start(), words.get(knownQualified - 1).end());
            String canonical = known.agency().name() + " " + VietnameseText.collapseWhitespace(qualifier);
            Agency agency = new Agency(AgencyRegister.idFor(canonical), canonical, known.agency().type(),
                    known.agency().level(), List.of());
            return single(mention(text, words, i, knownQualified, agency), knownQualified, head);
        }
        return single(mention(text, words, i, knownEnd, known.agency()), knownEnd, head);
    }

    private static boolean hasCapitalized(Words words, int from, int to) {
        for (int k = from; k < to; k++) {
            if (words.get(k).isWord() && words.get(k).isCapitalized()) {
                return true;
            }
        }
        return false;
    }

    private NameTrie.Node sharedNode(String headKey) {
        return SHARED_HEADS.contains(headKey) ? register.trie().root().child(headKey) : null;
    }

    private static Read single(AgencyMention mention, int end, NameTrie.Node sharedHead) {
        return new Read(List.of(mention), end, sharedHead);
    }

    /** "các Sở: Tài chính, Xây dựng", "Các Bộ: KH&ĐT, TC", "các Sở Tư pháp, Nội vụ". */
    private Read readSharedHeadList(String text, Words words, int i) {
        int h = i;
        if (words.get(h).key().equals("cac")) {
            h++;
        } else {
            return null;
        }
        if (!isSharedHeadList(words, i)) {
            return null;
        }
        NameTrie.Node head = register.trie().root().child(words.get(h).key());
        int k = h + 1;
        if (words.get(k).text().equals(":")) {
            k++;
        }
        return readSpecialties(text, words, k, head, words.get(h).text());
    }

    private String headWordsBefore(Words words, int i) {
        for (int j = i - 1; j >= 0; j--) {
            Word w = words.get(j);
            if (w.isWord() && SHARED_HEADS.contains(w.key()) && w.isCapitalized()) {
                return w.text();
            }
        }
        return "";
    }

    /** Specialties sharing one head noun, separated by ",", ";" or "và". */
    private Read readSpecialties(String text, Words words, int k, NameTrie.Node head, String headText) {
        List<AgencyMention> mentions = new ArrayList<>();
        int i = k;
        int end = k;
        while (words.has(i) && isSpecialtyStart(words, i)) {
            NameTrie.Match known = head == null ? null : register.trie().longest(words, i, head);
            int stop;
            Agency agency;
            if (known != null) {
                stop = known.end();
                agency = known.agency();
            } else {
                stop = specialtyEnd(words, i);
                String canonical = canonical(headText + " " + text.substring(words.get(i).start(),
                        words.get(stop - 1).end()));
                agency = new Agency(AgencyRegister.idFor(canonical), canonical, typeOf(headText), AgencyLevel.UNKNOWN,
                        List.of());
            }
            mentions.add(mention(text, words, i, stop, agency));
            end = stop;
            int next = skipSeparator(words, stop);
            if (next == stop || !isSpecialtyStart(words, next)) {
                break;
            }
            i = next;
        }
        return mentions.isEmpty() ? null : new Read(mentions, end, head);
    }

    /** A capitalised word that starts neither a new agency nor a group: "Xây dựng" in "các Sở: Tài chính, Xây dựng". */
    private boolean isSpecialtyStart(Words words, int i) {
        if (!words.has(i)) {
            return false;
        }
        Word w = words.get(i);
        if (!w.isWord() || !w.isCapitalized() || w.isDigits()) {
            return false;
        }
        int head = headEnd(words, i);
        if (head > i && HEADS_TRIE.valueOf(words, i, head) != HeadKind.LOCALITY) {
            return false;
        }
        return words.known(register.trie(), i) == null;
    }

    private static int specialtyEnd(Words words, int i) {
        int j = i + 1;
        int lower = 0;
        while (words.has(j) && words.get(j).isWord() && !words.get(j).isCapitalized() && lower < 3
                && !isStop(words, j) && !words.get(j).key().equals("va")) {
            j++;
            lower++;
        }
        return j;
    }

    // ---------------------------------------------------------------- names by form

    private record Form(int end, HeadKind kind, String headKey) {
    }

    /** A name recognised by its form; null when the words at {@code i} do not look like one. */
    private Form readForm(Words words, int i) {
        int head = headEnd(words, i);
        if (head == i) {
            return null;
        }
        String headKey = keyOf(words, i, head);
        HeadKind kind = HEADS_TRIE.valueOf(words, i, head);
        Word first = words.get(i);
        if (!first.isCapitalized()) {
            return null;
        }
        switch (kind) {
            case LOCAL_GOVERNMENT -> {
                int level = matchPhrase(words, head, LEVELS_TRIE, 2);
                if (level == head || nextIs(words, level, ",") && matchPhrase(words, level + 1, LEVELS_TRIE, 2) > level + 1) {
                    return null;
                }
                return new Form(properNameEnd(words, level), kind, headKey);
            }
            case LOCALITY -> {
                int place = properNameEnd(words, head);
                return place > head ? new Form(place, kind, headKey) : null;
            }
            default -> {
                return readNamed(words, i, head, kind, headKey);
            }
        }
    }

    private Form readNamed(Words words, int i, int head, HeadKind kind, String headKey) {
        boolean longName = kind == HeadKind.NAMED_LONG;
        if (!words.has(head) || !words.get(head).isWord()) {
            return null;
        }
        Word next = words.get(head);
        int level = matchPhrase(words, head, LEVELS_TRIE, 2);
        if (level > head && !next.isCapitalized()) {
            // "Công an huyện Thủy Nguyên", "Thanh tra tỉnh"
            return new Form(properNameEnd(words, level), kind, headKey);
        }
        if (!next.isCapitalized() && (!longName || isStop(words, head)) || next.isDigits()) {
            return null;
        }
        int j = head;
        int end = head;
        int lowerRun = 0;
        while (words.has(j) && j - i < LONGEST_UNKNOWN_NAME) {
            Word w = words.get(j);
            if (isJoiningHyphen(words, j)) {
                j++; // "Vụ Kế hoạch - Tài chính", "Sở Quy hoạch - Kiến trúc": two specialties of one body
                continue;
            }
            if (!w.isWord() || w.isDigits()) {
                break;
            }
            if (w.isCapitalized()) {
                if (j > head && startsAgency(words, j)) {
                    break;
                }
                j++;
                end = j;
                lowerRun = 0;
                continue;
            }
            if (words.get(j - 1).isAcronym() && j - 1 >= head) {
                break; // "Sở VHTTDL bố trí": an abbreviation is the whole specialty
            }
            int region = regionEnd(words, j);
            if (region > j) {
                end = region; // "Chi cục Thuế khu vực II", "Bảo hiểm xã hội khu vực XXI"
                break;
            }
            int lvl = matchPhrase(words, j, LEVELS_TRIE, 2);
            if (lvl > j) {
                int place = properNameEnd(words, lvl);
                // after "tỉnh", "huyện" lower-case words are the sentence ("... công tỉnh tiếp nhận"); "xã" also
                // ends "hợp tác xã" and "quần" is no "quận" ("quần đảo"): those names may go on
                if (place > lvl || !words.has(lvl) || !words.get(lvl).isWord() || isStop(words, lvl)
                        || !keyOf(words, j, lvl).equals("xa") && (lvl - j > 1 || isSpelledAsHead(words, j))) {
                    // "... thành phố" or "... huyện Thủy Nguyên" closes the name; "hợp tác xã và" does not
                    end = place;
                    break;
                }
            }
            if (isStop(words, j) && !w.key().equals("va")) {
                break;
            }
            if (w.key().equals("va")) {
                if (!words.has(j + 1) || !words.get(j + 1).isWord()) {
                    break;
                }
                Word after = words.get(j + 1);
                boolean continues = after.isCapitalized() ? !startsAgency(words, j + 1)
                        : longName && !isStop(words, j + 1) && !after.key().equals("cac");
                if (!continues) {
                    break;
                }
                j++;
                continue;
            }
            if (w.key().equals("cac")) {
                if (!longName || !words.has(j + 1)
                        || matchPhrase(words, j + 1, GROUP_TERMS_TRIE, LONGEST_GROUP_TERM) > j + 1) {
                    break;
                }
                j++;
                continue;
            }
            if (!longName && matchPhrase(words, j, VERBS_INSIDE_NAMES_TRIE, 2) > j) {
                break;
            }
            lowerRun++;
            if (!longName && lowerRun > LONGEST_LOWERCASE_RUN) {
                break;
            }
            j++;
            end = j;
        }
        return end > head ? new Form(end, kind, headKey) : null;
    }

    /** A hyphen inside a name before a capitalised word that starting no agency of its own. */
    private boolean isJoiningHyphen(Words words, int j) {
        return words.get(j).text().equals("-") && j > 0 && words.has(j + 1) && words.get(j - 1).isWord()
                && !words.get(j - 1).isAcronym() && words.get(j + 1).isWord()
                && words.get(j + 1).isCapitalized() && !words.get(j + 1).isAcronym() && !startsAgency(words, j + 1);
    }

    /** End of a region qualifier ("khu vực XVI", "khu vực II", "khu vực Đông Nam Bộ") at {@code i}, or {@code i}. */
    private int regionEnd(Words words, int i) {
        if (words.has(i + 2) && words.get(i).key().equals("khu") && words.get(i + 1).key().equals("vuc")) {
            Word name = words.get(i + 2);
            if (name.isWord() && (name.isDigits() || name.isAcronym() || name.isRomanNumber())) {
                return i + 3;
            }
            int place = properNameEnd(words, i + 2);
            return place > i + 2 ? place : i;
        }
        return i;
    }

    /** End of "Hải Phòng" in "huyện Hải Phòng ..." style places: capitalised words that start no agency. */
    private int properNameEnd(Words words, int i) {
        int j = i;
        while (words.has(j) && j - i < LONGEST_PLACE && words.get(j).isWord() && words.get(j).isCapitalized()
                && !words.get(j).isAcronym() && !startsAgency(words, j)) {
            j++;
        }
        return j;
    }

    /** Where a place qualifier after a register name ends ("Ban Quản lý khu kinh tế" + "Hải Phòng"). */
    private int placeQualifierEnd(Words words, int end) {
        int region = regionEnd(words, end);
        if (region > end) {
            return region;
        }
        int level = matchPhrase(words, end, LEVELS_TRIE, 2);
        if (level > end && !words.get(end).isCapitalized()) {
            int place = properNameEnd(words, level);
            return place > level ? place : end;
        }
        return properNameEnd(words, end);
    }

    private boolean startsAgency(Words words, int i) {
        Word w = words.get(i);
        if (!w.isWord() || !w.isCapitalized()) {
            return false;
        }
        int head = headEnd(words, i);
        if (head > i && HEADS_TRIE.valueOf(words, i, head) != HeadKind.LOCALITY && !isBareHead(words, head)) {
            return true;
        }
        return words.known(register.trie(), i) != null;
    }

    /**
     * A head noun with no name after it is the owner in "Thanh tra Sở", "Văn phòng Bộ", "các đơn vị trực thuộc
     * Sở" and the end of "Hải Phòng": it starts no agency of its own.
     */
    private static boolean isBareHead(Words words, int head) {
        if (!words.has(head) || !words.get(head).isWord()) {
            return true;
        }
        Word next = words.get(head);
        return !next.isCapitalized() && matchPhrase(words, head, LEVELS_TRIE, 2) == head
                && !next.key().equals("quan") && !next.key().equals("cac");
    }

    /**
     * End of the longest head noun at {@code i}, or {@code i}. A head of one word counts only when spelled as
     * one ({@link #isSpelledAsHead}); a longer one, or one followed by a hyphen, always does.
     */
    private static int headEnd(Words words, int i) {
        int longer = HEADS_TRIE.longestEnd(words, i, LONGEST_HEAD, false);
        if (longer > i) {
            return longer;
        }
        return words.has(i) && HEADS_TRIE.valueOf(words, i, i + 1) != null && isSpelledAsHead(words, i) ? i + 1 : i;
    }

    /** "Sở" is a head, "Số" (in "Số hóa hồ sơ") is not: folding alone would confuse them. */
    private static boolean isSpelledAsHead(Words words, int i) {
        Word w = words.get(i);
        String spelling = AgencyVocabulary.HEAD_SPELLINGS.get(w.key());
        return spelling == null || w.isAcronym() || VietnameseText.unifyTonePlacement(words.lower(i)).equals(spelling);
    }

    /**
     * Whether a name ends at word {@code i}: a phrase of {@link AgencyVocabulary#STOPS} starts there, and the word
     * is not the second or first of a {@link AgencyVocabulary#COMPOUNDS}. Both are spelled in lower case (NFC),
     * compared by word, not as a joined string built per call.
     */
    private static boolean isStop(Words words, int i) {
        if (i > 0 && words.get(i - 1).isWord() && isCompound(words.lower(i - 1), words.lower(i))) {
            return false; // "trình" ends a name, "công trình" does not
        }
        if (words.has(i + 1) && words.get(i + 1).isWord() && isCompound(words.lower(i), words.lower(i + 1))) {
            return false; // "giao" ends a name, "giao thông" does not
        }
        return STOPS_TRIE.anyAt(words, i, LONGEST_STOP, words::lower);
    }

    private static boolean isCompound(String first, String second) {
        Set<String> seconds = COMPOUND_SECONDS.get(first);
        return seconds != null && seconds.contains(second);
    }

    /** End index of the longest phrase of {@code set} starting at {@code i} (words only), or {@code i}. */
    static int matchPhrase(Words words, int i, Phrases<?> set, int longest) {
        return set.longestEnd(words, i, longest);
    }

    /** Folded words from {@code from} to {@code to} joined by spaces; hyphens skipped; null at other punctuation. */
    static String keyOf(Words words, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            Word w = words.get(k);
            if (!w.isWord()) {
                if (w.text().equals("-") && k > from) {
                    continue;
                }
                return null;
            }
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(w.key());
        }
        return sb.toString();
    }

    private static boolean nextIs(Words words, int i, String keyOrPunct) {
        return words.has(i) && (words.get(i).key().equals(keyOrPunct) || words.get(i).text().equals(keyOrPunct));
    }

    // ---------------------------------------------------------------- mentions

    private AgencyMention mentionByForm(String text, Words words, int from, int to, HeadKind kind,
            String headKey) {
        String asWritten = text.substring(words.get(from).start(), words.get(to - 1).end());
        String canonical = canonical(asWritten);
        Optional<Agency> known = register.lookup(canonical);
        Agency agency = known.orElseGet(() -> new Agency(AgencyRegister.idFor(canonical), canonical,
                kind == HeadKind.LOCALITY ? AgencyType.LOCALITY : typeOf(headKey), levelOf(words, from, to),
                List.of()));
        return new AgencyMention(agency, new AgencyRef(agency.id(), agency.name(),
                VietnameseText.collapseWhitespace(asWritten)), words.get(from).start(), words.get(to - 1).end());
    }

    private static AgencyMention mention(String text, Words words, int from, int to, Agency agency) {
        String asWritten = VietnameseText.collapseWhitespace(
                text.substring(words.get(from).start(), words.get(to - 1).end()));
        return new AgencyMention(agency, new AgencyRef(agency.id(), agency.name(), asWritten),
                words.get(from).start(), words.get(to - 1).end());
    }

    /** The canonical spelling of a name the register lacks: abbreviations spelled out, tone placement unified. */
    static String canonical(String asWritten) {
        String name = VietnameseText.collapseWhitespace(VietnameseText.unifyTonePlacement(asWritten));
        if (name.startsWith("UBND ")) {
            name = "Ủy ban nhân dân " + name.substring(5);
        } else if (name.startsWith("HĐND ")) {
            name = "Hội đồng nhân dân " + name.substring(5);
        }
        return name;
    }

    /**
     * The type of an agency known only by its name ("Sở Tư pháp", "Ủy ban nhân dân huyện Thủy Nguyên"), from the
     * longest head noun it opens with; the same rule recognition applies in text.
     */
    public static AgencyType typeOfName(String name) {
        String[] words = VietnameseText.collapseWhitespace(name == null ? "" : name).split(" ");
        for (int n = Math.min(4, words.length); n >= 1; n--) {
            AgencyType type = typeOf(String.join(" ", java.util.Arrays.copyOf(words, n)));
            if (type != AgencyType.OTHER) {
                return type;
            }
        }
        return AgencyType.OTHER;
    }

    private static AgencyType typeOf(String head) {
        String key = WordTokenizer.phraseKey(head);
        return switch (key) {
            case "so" -> AgencyType.DEPARTMENT;
            case "bo" -> AgencyType.MINISTRY;
            case "ban", "ban quan ly", "ban chi dao" -> AgencyType.BOARD;
            case "cuc", "tong cuc", "chi cuc" -> AgencyType.AGENCY_OFFICE;
            case "uy ban nhan dan", "ubnd" -> AgencyType.PEOPLES_COMMITTEE;
            case "hoi dong nhan dan", "hdnd" -> AgencyType.PEOPLES_COUNCIL;
            case "cong an" -> AgencyType.POLICE;
            case "thanh tra" -> AgencyType.INSPECTORATE;
            case "bo chi huy", "bo tu lenh" -> AgencyType.ARMED_FORCES;
            case "truong", "vien", "hoc vien", "dai hoc", "benh vien" -> AgencyType.SCHOOL_OR_INSTITUTE;
            case "dang uy", "dang doan", "dang bo", "ban can su dang" -> AgencyType.PARTY;
            case "hoi", "lien doan", "tong lien doan", "lien minh", "lien hiep", "doan" ->
                    AgencyType.FRONT_AND_MASS_ORGANISATION;
            case "tap doan", "tong cong ty", "cong ty" -> AgencyType.STATE_ENTERPRISE;
            case "kho bac", "kho bac nha nuoc", "van phong", "uy ban", "hoi dong", "phong", "bao hiem xa hoi",
                    "cang vu" -> AgencyType.STATE_BODY;
            case "hiep hoi" -> AgencyType.FRONT_AND_MASS_ORGANISATION;
            case "buu dien", "chi nhanh" -> AgencyType.STATE_ENTERPRISE;
            default -> AgencyType.OTHER;
        };
    }

    private static AgencyLevel levelOf(Words words, int from, int to) {
        for (int k = from; k < to; k++) {
            int level = matchPhrase(words, k, LEVELS_TRIE, 2);
            if (level > k) {
                return switch (keyOf(words, k, level)) {
                    case "tinh", "thanh pho" -> AgencyLevel.PROVINCE;
                    case "quan", "huyen", "thi xa" -> AgencyLevel.DISTRICT;
                    case "xa", "phuong", "thi tran" -> AgencyLevel.COMMUNE;
                    case "trung uong" -> AgencyLevel.CENTRAL;
                    default -> AgencyLevel.UNKNOWN;
                };
            }
        }
        return AgencyLevel.UNKNOWN;
    }
}
