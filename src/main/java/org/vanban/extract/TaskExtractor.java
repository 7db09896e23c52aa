package org.vanban.extract;

import static org.vanban.extract.ExtractPatterns.ANNOUNCEMENT;
import static org.vanban.extract.ExtractPatterns.APPROVAL;
import static org.vanban.extract.ExtractPatterns.ASSIGNING_WORDS;
import static org.vanban.extract.ExtractPatterns.REPORT_SECTION;
import static org.vanban.extract.ExtractPatterns.TARGET_SECTION;
import static org.vanban.extract.ExtractPatterns.ASSIGN_VERB;
import static org.vanban.extract.ExtractPatterns.ASSIGN_VERB_START;
import static org.vanban.extract.ExtractPatterns.ASSIGN_VERB_WORDS;
import static org.vanban.extract.ExtractPatterns.CLOSING_CLAUSE;
import static org.vanban.extract.ExtractPatterns.CELL_EDGE_PIPES;
import static org.vanban.extract.ExtractPatterns.CLOSING_CLAUSE_WORDS;
import static org.vanban.extract.ExtractPatterns.COOPERATION_MARKER;
import static org.vanban.extract.ExtractPatterns.COOPERATION_OPENING;
import static org.vanban.extract.ExtractPatterns.DUTY_HEADING;
import static org.vanban.extract.ExtractPatterns.HEADER_CELL_WORDS;
import static org.vanban.extract.ExtractPatterns.LEADING_ADVERBIAL;
import static org.vanban.extract.ExtractPatterns.LEAD_MARKER;
import static org.vanban.extract.ExtractPatterns.NOT_AN_ASSIGNMENT;
import static org.vanban.extract.ExtractPatterns.NOTICE_CLOSING;
import static org.vanban.extract.ExtractPatterns.NOTICE_CLOSING_WORDS;
import static org.vanban.extract.ExtractPatterns.ONLY_CLOSING_PUNCTUATION;
import static org.vanban.extract.ExtractPatterns.ROLE_APPOSITION;
import static org.vanban.extract.ExtractPatterns.RECIPIENTS;
import static org.vanban.extract.ExtractPatterns.RESPONSIBILITY_MARKER;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

import org.vanban.agency.AgencyList;
import org.vanban.agency.AgencyMention;
import org.vanban.agency.AgencyRecognizer;
import org.vanban.agency.WordTokenizer;
import org.vanban.domain.AgencyRef;
import org.vanban.domain.Clause;
import org.vanban.domain.ClauseKind;
import org.vanban.domain.ColumnRole;
import org.vanban.domain.Deadline;
import org.vanban.domain.DocumentHeader;
import org.vanban.domain.Task;
import org.vanban.parse.RegexGate;
import org.vanban.parse.VietnameseText;

/**
 * Stage 3a: clause tree → tasks with their agencies and deadlines. Pure.
 *
 * <p>A task is a clause that assigns work. The readings, in the order they are tried on a clause:
 * <ul>
 * <li>a table row with a task column: lead, cooperating, product and deadline from their columns;</li>
 * <li>"Kính gửi" and "Nơi nhận" lists, approvals ("Đồng ý ...", "Phê duyệt ...") and all-capital titles assign
 *     nothing; the closing "... chịu trách nhiệm thi hành Quyết định này" is one collective task;</li>
 * <li>"Nhiệm vụ chung của các Sở, ngành, ..." heads a list whose items are tasks of those named;</li>
 * <li>"Phối hợp với Y &lt;work&gt;": inside X's list X leads and Y cooperates; alone, Y cooperates;</li>
 * <li>"[Giao] X [chủ trì][, phối hợp với Y] [có trách nhiệm] &lt;work&gt;" is a task of X with Y; with nothing
 *     after the actors and a list below ("X chủ trì, phối hợp với Y, Z:") it heads that list; "... giao X
 *     &lt;work&gt;" later in the sentence is read the same way;</li>
 * <li>an item of a list headed by X that opens with its own actor ("Bộ Chỉ huy Quân sự thành phố thực hiện
 *     ...") is led by that actor alone; any other item is led by X.</li>
 * </ul>
 * An apposition of role ("Công an tỉnh là cơ quan thường trực, có trách nhiệm ...") is skipped; a letter's
 * closing notice ("... thông báo để các đơn vị biết, thực hiện") assigns nothing.
 * Groups ("các sở, ban, ngành liên quan", "Giám đốc các sở", "Sở Nông nghiệp và Môi trường các tỉnh") are never
 * agencies: a task assigned only to groups is collective.
 */
public final class TaskExtractor {

    private final AgencyRecognizer recognizer;
    private final DeadlineParser deadlines = new DeadlineParser();

    public TaskExtractor() {
        this(new AgencyRecognizer());
    }

    public TaskExtractor(AgencyRecognizer recognizer) {
        this.recognizer = recognizer;
    }

    public List<Task> extract(DocumentHeader header, List<Clause> clauses) {
        LocalDate reference = header == null ? null
                : header.issuedDate() != null ? header.issuedDate() : header.meetingDate();
        Set<String> parents = new HashSet<>();
        for (Clause c : clauses) {
            if (c.parentPath() != null) {
                parents.add(c.parentPath());
            }
        }
        // whether a section's items may assign work; only asked of parents, so only their headings are read
        Map<String, Boolean> assigning = new HashMap<>();
        for (Clause c : clauses) {
            if (parents.contains(c.path())) {
                boolean parentAssigns = c.parentPath() == null || assigning.getOrDefault(c.parentPath(), true);
                assigning.put(c.path(), parentAssigns && !isNonAssigningSection(textOf(c)));
            }
        }
        List<Task> tasks = new ArrayList<>();
        Map<String, Assignment> listContext = new HashMap<>();
        SiblingContext siblingContext = null;
        String recipientsPath = null;
        String recipientsParent = null;
        Map<String, ClauseKind> lastKindUnder = new HashMap<>();
        for (Clause clause : clauses) {
            if (clause.kind() == ClauseKind.TABLE_ROW) {
                tableTask(clause, reference).ifPresent(tasks::add);
                recipientsPath = null;
                continue;
            }
            if (recipientsPath != null) {
                boolean inside = clause.path().startsWith(recipientsPath + ".")
                        || sameParent(clause.parentPath(), recipientsParent) && clause.kind() != ClauseKind.NUMBERED
                        && clause.kind() != ClauseKind.APPENDIX;
                if (inside) {
                    continue;
                }
                recipientsPath = null;
            }
            Assignment inherited = clause.parentPath() == null ? null : listContext.get(clause.parentPath());
            if (inherited == null && siblingContext != null) {
                inherited = siblingContext.appliesTo(clause) ? siblingContext.assignment : null;
                if (inherited == null) {
                    siblingContext = null;
                }
            }
            boolean hasChildren = parents.contains(clause.path());
            ClauseKind previousSibling = lastKindUnder.put(String.valueOf(clause.parentPath()), clause.kind());
            String text = textOf(clause);
            if (clause.parentPath() != null && !assigning.getOrDefault(clause.parentPath(), true)) {
                continue; // an item of a targets or results section
            }
            Reading reading = read(text);
            switch (reading.kind) {
                case RECIPIENTS -> {
                    recipientsPath = clause.path();
                    recipientsParent = clause.parentPath();
                }
                case CLOSING -> tasks.add(new Task(clause.path(), text, List.of(), List.of(), true, null,
                        deadlines.find(text, reference)));
                case NOTHING -> {
                }
                case HEADING -> {
                    Assignment heading = reading.assignment(null);
                    if (hasChildren) {
                        listContext.put(clause.path(), heading);
                    } else if (reading.explicitList) {
                        siblingContext = new SiblingContext(clause, heading);
                    }
                }
                case TASK -> {
                    Assignment own = reading.assignment(inherited);
                    if (!hasChildren && ANNOUNCEMENT.matcher(text).find()) {
                        // "Ủy ban nhân dân tỉnh ban hành Kế hoạch ... như sau:", "Chính phủ yêu cầu các bộ ...
                        // triển khai 7 nhiệm vụ giải pháp sau:" announce what follows and assign nothing themselves
                        continue;
                    }
                    if (hasChildren && reading.explicitList) {
                        listContext.put(clause.path(), own);
                    } else {
                        tasks.add(own.toTask(clause.path(), text, deadlines.find(text, reference)));
                    }
                }
                case COOPERATION -> {
                    Assignment cooperation = reading.cooperation(inherited);
                    if (cooperation != null) {
                        tasks.add(cooperation.toTask(clause.path(), text, deadlines.find(text, reference)));
                    }
                }
                case PLAIN -> {
                    if (inherited != null && clause.kind() == ClauseKind.PARAGRAPH
                            && previousSibling == ClauseKind.BULLET) {
                        continue; // an unlabelled paragraph among bullets goes on with the item before it
                    }
                    if (inherited != null) {
                        if (hasChildren && text.strip().endsWith(":")) {
                            listContext.put(clause.path(), inherited); // a sub-heading inside the list
                        } else {
                            tasks.add(inherited.toTask(clause.path(), text, deadlines.find(text, reference)));
                        }
                    }
                }
                default -> throw new IllegalStateException(reading.kind.name());
            }
        }
        return tasks;
    }

    /** A heading over targets, purposes or a report of past results: its items assign nothing. */
    private static boolean isNonAssigningSection(String heading) {
        if (REPORT_SECTION.matcher(heading).lookingAt()) {
            return true;
        }
        return TARGET_SECTION.matcher(heading).lookingAt() && !ASSIGNING_WORDS.matcher(heading).find();
    }

    private static boolean sameParent(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    private static String textOf(Clause clause) {
        String full = clause.fullText();
        return full == null ? "" : full.replace('\n', ' ').strip();
    }

    // ------------------------------------------------------------------ table rows

    private java.util.Optional<Task> tableTask(Clause row, LocalDate reference) {
        Map<ColumnRole, String> cells = row.cells();
        String work = cell(cells, ColumnRole.TASK);
        if (work == null || !(cells.containsKey(ColumnRole.LEAD) || cells.containsKey(ColumnRole.COOPERATING))
                || isHeaderRow(cells)) {
            return java.util.Optional.empty();
        }
        String leadCell = cell(cells, ColumnRole.LEAD);
        String coopCell = cell(cells, ColumnRole.COOPERATING);
        AgencyList lead = leadCell == null ? AgencyList.empty(0) : recognizer.readList(leadCell, 0);
        AgencyList coop = coopCell == null ? AgencyList.empty(0) : recognizer.readList(coopCell, 0);
        List<AgencyRef> leads = lead.allLevels() ? List.of() : refs(lead);
        return java.util.Optional.of(new Task(row.path(), work, leads, refs(coop), leads.isEmpty(),
                cell(cells, ColumnRole.PRODUCT), deadlines.parse(cell(cells, ColumnRole.DEADLINE), reference)));
    }

    private static String cell(Map<ColumnRole, String> cells, ColumnRole role) {
        String value = cells.get(role);
        if (value == null) {
            return null;
        }
        value = VietnameseText.collapseWhitespace(value);
        if (value.indexOf('|') >= 0) {
            value = CELL_EDGE_PIPES.matcher(value).replaceAll("").strip();
        }
        return value.isEmpty() ? null : value;
    }

    private static boolean isHeaderRow(Map<ColumnRole, String> cells) {
        String lead = cells.getOrDefault(ColumnRole.LEAD, "");
        String leadKey = WordTokenizer.phraseKey(lead);
        // a task cell is folded no further than the longest header word could reach
        String work = WordTokenizer.phraseKey(cells.getOrDefault(ColumnRole.TASK, ""), HEADER_WORKS_LONGEST);
        return HEADER_CELL_WORDS.matcher(leadKey).matches()
                && !lead.isBlank() && recognizerFree(leadKey)
                || work != null && HEADER_WORKS.contains(work);
    }

    /** The phrase keys of a task column's header cell. */
    private static final List<String> HEADER_WORKS = List.of("nhiem vu", "noi dung", "ten nhiem vu",
            "noi dung cong viec");
    private static final int HEADER_WORKS_LONGEST = HEADER_WORKS.stream().mapToInt(String::length).max().orElseThrow();

    /** {@code key}: the lead cell's phrase key. */
    private static boolean recognizerFree(String key) {
        return key.startsWith("co quan chu tri") || key.startsWith("don vi chu tri") || key.contains("chu tri thuc hien");
    }

    // ------------------------------------------------------------------ reading one clause

    private enum Kind {
        RECIPIENTS, CLOSING, NOTHING, HEADING, TASK, COOPERATION, PLAIN
    }

    /** What one clause says about assignment, before its place in the list is taken into account. */
    private record Reading(Kind kind, AgencyList actors, AgencyList cooperating, boolean explicitList) {

        static Reading of(Kind kind) {
            return new Reading(kind, AgencyList.empty(0), AgencyList.empty(0), false);
        }

        /** The assignment this reading makes; an item's own actor narrows the list's leads. */
        Assignment assignment(Assignment inherited) {
            List<AgencyRef> leads = actors.allLevels() ? List.of() : refs(actors);
            List<AgencyRef> coop = new ArrayList<>(refs(cooperating));
            if (inherited != null && !leads.isEmpty() && inherited.lead.containsAll(leads)) {
                for (AgencyRef ref : inherited.cooperating) {
                    if (!coop.contains(ref)) {
                        coop.add(ref);
                    }
                }
            }
            return new Assignment(leads, coop, leads.isEmpty());
        }

        /** "Phối hợp với Y ...": inside X's list X leads; alone, only Y is known. */
        Assignment cooperation(Assignment inherited) {
            List<AgencyRef> coop = refs(cooperating);
            if (inherited != null) {
                return new Assignment(inherited.lead, coop, inherited.collective && coop.isEmpty());
            }
            return coop.isEmpty() ? null : new Assignment(List.of(), coop, false);
        }
    }

    private record Assignment(List<AgencyRef> lead, List<AgencyRef> cooperating, boolean collective) {

        Task toTask(String path, String text, Deadline deadline) {
            return new Task(path, text, lead, cooperating, collective, null, deadline);
        }
    }

    /** A heading whose items the parser left as its following siblings rather than as its children. */
    private record SiblingContext(Clause heading, Assignment assignment) {

        /** Unlabelled or bulleted siblings that follow the heading belong to it; a numbered one ends it. */
        boolean appliesTo(Clause clause) {
            return sameParent(clause.parentPath(), heading.parentPath())
                    && (clause.kind() == ClauseKind.BULLET || clause.kind() == ClauseKind.PARAGRAPH);
        }
    }

    private Reading read(String text) {
        if (text.isEmpty()) {
            return Reading.of(Kind.NOTHING);
        }
        // the patterns anchored at the start open with a few letters: the first character rules most of them out
        // (a text opening with something other than a letter may open with white space, which they skip)
        char opening = RegexGate.foldCase(text.charAt(0));
        boolean letterFirst = Character.isLetter(text.charAt(0));
        if (mayOpen(opening, letterFirst, "kn") && RECIPIENTS.matcher(text).lookingAt()) {
            return Reading.of(Kind.RECIPIENTS);
        }
        if (RegexGate.findAtWords(CLOSING_CLAUSE.matcher(text), text, 0, CLOSING_CLAUSE_WORDS, null)) {
            return Reading.of(Kind.CLOSING);
        }
        if (mayOpen(opening, letterFirst, "đptb") && APPROVAL.matcher(text).lookingAt() || isMostlyCapitals(text)
                || NOTICE_CLOSING_WORDS.foundIn(text) && NOTICE_CLOSING.matcher(text).find()) {
            return Reading.of(Kind.NOTHING);
        }
        Matcher duty = DUTY_HEADING.matcher(text);
        if ("mnt".indexOf(opening) >= 0 && duty.lookingAt()) { // no white space before it
            AgencyList named = recognizer.readList(text, duty.end());
            if (!named.isEmpty() && ONLY_CLOSING_PUNCTUATION.matcher(text.substring(named.end()).strip()).matches()) {
                return new Reading(Kind.HEADING, named, AgencyList.empty(0), true);
            }
        }
        Matcher cooperation = COOPERATION_OPENING.matcher(text);
        if (mayOpen(opening, letterFirst, "cp") && cooperation.lookingAt()) {
            AgencyList with = recognizer.readList(text, cooperation.end());
            return with.isEmpty() ? Reading.of(Kind.PLAIN)
                    : new Reading(Kind.COOPERATION, AgencyList.empty(0), with, false);
        }
        boolean assigned = false;
        int start = 0;
        Matcher giao = ASSIGN_VERB.matcher(text);
        if ("gyđ".indexOf(opening) >= 0 && giao.lookingAt()) { // no white space before it
            start = giao.end();
            assigned = true;
        }
        AgencyList actors = recognizer.readList(text, start);
        if (actors.isEmpty()) {
            Matcher adverbial = LEADING_ADVERBIAL.matcher(text);
            if (mayOpen(opening, letterFirst, "tchđ") && adverbial.lookingAt()) {
                actors = recognizer.readList(text, adverbial.end());
            }
        }
        if (actors.isEmpty() && !assigned) {
            giao.reset();
            int from = 0;
            while (RegexGate.findAtWords(giao, text, from, ASSIGN_VERB_WORDS, ASSIGN_VERB_START)) {
                from = Math.max(giao.end(), giao.start() + 1);
                if (giao.end() >= text.length() || !Character.isUpperCase(text.charAt(giao.end()))
                        && !text.startsWith("các", giao.end())) {
                    continue; // "giao thông", "giao dịch": no actor follows
                }
                AgencyList named = recognizer.readList(text, giao.end());
                if (!named.agencies().isEmpty()) {
                    actors = named;
                    assigned = true;
                    break;
                }
            }
        }
        if (actors.isEmpty() || actors.agencies().isEmpty() && !namesBodies(actors)) {
            return Reading.of(Kind.PLAIN);
        }
        return readAfterActors(text, actors, assigned);
    }

    /**
     * Whether a pattern anchored at the start, skipping white space first, can match a text that opens with
     * {@code opening} (folded): when it is a letter, it must be one the pattern's words open with.
     */
    private static boolean mayOpen(char opening, boolean letterFirst, String letters) {
        return !letterFirst || letters.indexOf(opening) >= 0;
    }

    private Reading readAfterActors(String text, AgencyList actors, boolean assigned) {
        int pos = skipParenthetical(text, actors.end());
        int next = pos;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        Matcher delegation = ASSIGN_VERB.matcher(text).region(next, text.length());
        if (delegation.lookingAt()) {
            // "Ủy ban nhân dân tỉnh giao Sở Nội vụ ...": the one given the work is the actor
            AgencyList assignee = recognizer.readList(text, delegation.end());
            if (!assignee.isEmpty()) {
                return readAfterActors(text, assignee, true);
            }
        }
        AgencyList cooperating = AgencyList.empty(pos);
        Matcher role = ROLE_APPOSITION.matcher(text).region(pos, text.length());
        if (role.lookingAt()) {
            pos = role.end();
        }
        Matcher lead = LEAD_MARKER.matcher(text).region(pos, text.length());
        if (lead.lookingAt()) {
            pos = lead.end();
        }
        Matcher coop = COOPERATION_MARKER.matcher(text).region(pos, text.length());
        if (coop.lookingAt()) {
            AgencyList with = recognizer.readList(text, coop.end());
            if (!with.isEmpty()) {
                cooperating = with;
                pos = with.end();
            } else {
                pos = coop.end();
            }
        }
        Matcher duty = RESPONSIBILITY_MARKER.matcher(text).region(pos, text.length());
        if (duty.lookingAt()) {
            pos = duty.end();
        }
        String rest = text.substring(pos).strip();
        if (ONLY_CLOSING_PUNCTUATION.matcher(rest).matches()) {
            return new Reading(Kind.HEADING, actors, cooperating, !rest.isEmpty() && !rest.equals("."));
        }
        if (rest.startsWith(":")) {
            return new Reading(Kind.TASK, actors, cooperating, true);
        }
        if (!assigned && (NOT_AN_ASSIGNMENT.matcher(rest).lookingAt() || startsLikeAName(rest))) {
            return Reading.of(Kind.PLAIN);
        }
        return new Reading(Kind.TASK, actors, cooperating, false);
    }

    private static int skipParenthetical(String text, int pos) {
        int i = pos;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i < text.length() && text.charAt(i) == '(') {
            int close = text.indexOf(')', i);
            if (close > 0) {
                return close + 1;
            }
        }
        return pos;
    }

    /** After the actors comes their work, in lower case; a capital or a cell bar means a name list or a table. */
    private static boolean startsLikeAName(String rest) {
        if (rest.isEmpty()) {
            return true;
        }
        char c = rest.charAt(0);
        return c == '|' || Character.isUpperCase(c) || Character.isDigit(c);
    }

    /** A group counts as an actor only if it names bodies, not persons or the public. */
    private static boolean namesBodies(AgencyList actors) {
        for (String group : actors.groups()) {
            String key = " " + WordTokenizer.phraseKey(group) + " ";
            for (String body : List.of(" so ", " ban ", " nganh ", " bo ", " co quan ", " don vi ", " dia phuong ",
                    " cap uy ", " uy ban ", " ubnd ", " to chuc dang ", " chinh quyen ", " dang ", " chu dau tu ")) {
                if (key.contains(body)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** At least 70% capitals among the first {@value #CAPITALS_SCAN} letters (and at least 8 letters). */
    private static boolean isMostlyCapitals(String text) {
        int letters = 0;
        int upper = 0;
        int length = text.length();
        for (int i = 0; i < length && letters < CAPITALS_SCAN; i++) {
            char c = text.charAt(i);
            byte kind = c < LETTER_CASE.length ? LETTER_CASE[c] : Character.isLetter(c)
                    ? Character.isUpperCase(c) ? UPPER : LETTER : NOT_A_LETTER;
            if (kind != NOT_A_LETTER) {
                letters++;
                if (kind == UPPER) {
                    upper++;
                } else if ((letters - upper) * 10 > 3 * Math.min(CAPITALS_SCAN, letters + length - i - 1)) {
                    // more small letters than the most letters still to come can outweigh: a sentence, stop
                    return false;
                }
            }
        }
        return letters >= 8 && upper * 10 >= letters * 7;
    }

    private static final int CAPITALS_SCAN = 400;

    private static final byte NOT_A_LETTER = 0;
    private static final byte LETTER = 1;
    private static final byte UPPER = 2;

    /** {@link Character#isLetter} and {@link Character#isUpperCase} ahead for the characters of Vietnamese text. */
    private static final byte[] LETTER_CASE = new byte[0x2000];

    static {
        for (char c = 0; c < LETTER_CASE.length; c++) {
            LETTER_CASE[c] = Character.isLetter(c) ? Character.isUpperCase(c) ? UPPER : LETTER : NOT_A_LETTER;
        }
    }

    private static List<AgencyRef> refs(AgencyList list) {
        Map<String, AgencyRef> byId = new LinkedHashMap<>();
        for (AgencyMention m : list.agencies()) {
            byId.putIfAbsent(m.ref().agencyId(), m.ref());
        }
        return List.copyOf(byId.values());
    }
}
