package org.vanban.index;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.vanban.parse.VietnameseText;

/**
 * The user's query in the simple syntax → a Lucene query on one text field. Never throws on what a user
 * types: stray quotes, operators and punctuation are read as well as they can be; only an empty, oversized or
 * overlong query is rejected, with an {@link InvalidQueryException} that says what to change.
 *
 * <p>Syntax: {@code words}, {@code "a phrase"}, {@code +must}, {@code -not}, {@code a | b} (alternatives:
 * everything left of the bar or everything right of it), {@code prefix*}, {@code fuzzy~1}. Every word must
 * match, except that in queries of three to six words one may be missing, in longer ones one in four. A word
 * typed without diacritics matches every spelling ("do son" finds "Đồ Sơn" and "độ sơn"); a word typed with
 * them matches that spelling ("Đồ Sơn" finds "đồ sơn" and "ĐỒ SƠN", "hoà" finds "hòa", not "độ sơn" or
 * "hoa"), and is weighed by the rarity of its unaccented form ({@link SpelledTermQuery}), so both list the passages
 * that have the spelling in the same order. When the spelling finds nothing, {@link Spelling#ANY} searches again
 * ignoring it. A document number ("45-NQ/TW") matches the number exactly. Adjacent words also score as a pair, and
 * {@link #buildAdjacent} picks the matches where they all stand together, which searches rank first.
 */
public final class SimpleQueryBuilder {

    public static final int MAX_QUERY_LENGTH = 1000;
    public static final int MAX_CLAUSES = 32;
    /** Queries with up to this many plain words need all of them. */
    static final int ALL_WORDS_REQUIRED_UP_TO = 2;
    /** Queries with up to this many plain words may miss one. */
    static final int ONE_WORD_MAY_MISS_UP_TO = 6;

    static final float NUMBER_BOOST = 2.0f;
    static final float SHINGLE_BOOST = 0.5f;
    static final int MIN_PREFIX_LENGTH = 2;

    /** How words typed with diacritics match. */
    public enum Spelling {
        /** A word typed with diacritics matches only that spelling (case and tone placement aside). */
        AS_TYPED,
        /** Diacritics are ignored: the fallback when the spelling as typed finds nothing. */
        ANY
    }

    /** True when {@code query} has a word whose diacritics narrow it, i.e. {@link Spelling#ANY} could add hits. */
    public static boolean spellingMatters(String query) {
        return query != null && VietnameseText.hasDiacritics(query);
    }

    /** The query on the passages' field, spelling as typed. */
    public Query build(String query) {
        return build(query, IndexFields.BODY, Spelling.AS_TYPED);
    }

    /** What one piece of the query asks for. */
    enum Operator { DEFAULT, MUST, MUST_NOT }

    enum Shape { WORD, PHRASE, PREFIX, FUZZY, NUMBER }

    /** One parsed piece: {@code +"giao thông"} is (MUST, PHRASE, "giao thông"). */
    record Part(Operator operator, Shape shape, String text, int edits) {
    }

    /** The query on {@code field} ({@link IndexFields#BODY} or {@link IndexFields#FACT_BODY}). */
    public Query build(String query, String field, Spelling spelling) {
        List<List<Part>> alternatives = parse(query);
        Terms terms = new Terms(field, spelling);
        List<Query> built = new ArrayList<>();
        for (List<Part> alternative : alternatives) {
            Query q = terms.alternative(alternative, false);
            if (q != null) {
                built.add(q);
            }
        }
        if (built.isEmpty()) {
            throw new InvalidQueryException("q",
                    "The query has no word to search for; type at least one word or document number.");
        }
        if (built.size() == 1) {
            return built.get(0);
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        built.forEach(q -> any.add(q, Occur.SHOULD));
        return any.build();
    }

    /**
     * The part of {@link #build}'s matches that have every word as typed, adjacent words next to each other: the
     * same clauses, every word and every pair of adjacent words required rather than optional, so its matches score
     * as they do in the query. Null when there is no such pair (one word, a phrase, a number) or the query has
     * alternatives. Searches rank these matches first: typed words that stand together in a passage are what the
     * reader meant far more often than the same syllables scattered ("Sở Y tế" against "sở ... y ... tế"), and
     * unlike optional pairs and a may-miss-one disjunction of words, one conjunction lets the top hits be found
     * without scoring every match (SearchIndex).
     */
    public Query buildAdjacent(String query, String field, Spelling spelling) {
        List<List<Part>> alternatives = parse(query);
        if (alternatives.size() != 1) {
            return null;
        }
        return new Terms(field, spelling).alternative(alternatives.get(0), true);
    }

    /** Splits the query into alternatives (at '|') of parts. Validates size; never fails on content. */
    List<List<Part>> parse(String query) {
        if (query == null || query.isBlank()) {
            throw new InvalidQueryException("q", "The query is empty; type at least one word to search for.");
        }
        if (query.length() > MAX_QUERY_LENGTH) {
            throw new InvalidQueryException("q", "The query is " + query.length()
                    + " characters long; shorten it to at most " + MAX_QUERY_LENGTH + " characters.");
        }
        String text = VietnameseText.nfc(query);
        List<List<Part>> alternatives = new ArrayList<>();
        List<Part> current = new ArrayList<>();
        int count = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (c == '|') {
                alternatives.add(current);
                current = new ArrayList<>();
                i++;
                continue;
            }
            Operator operator = Operator.DEFAULT;
            if ((c == '+' || c == '-') && i + 1 < n && !Character.isWhitespace(text.charAt(i + 1))) {
                operator = c == '+' ? Operator.MUST : Operator.MUST_NOT;
                i++;
                c = text.charAt(i);
            }
            Part part;
            if (c == '"') {
                int close = text.indexOf('"', i + 1);
                int end = close < 0 ? n : close;
                part = new Part(operator, Shape.PHRASE, text.substring(i + 1, end), 0);
                i = close < 0 ? n : close + 1;
            } else {
                int end = i;
                while (end < n && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '|'
                        && text.charAt(end) != '"') {
                    end++;
                }
                part = word(operator, text.substring(i, end));
                i = end;
            }
            if (part != null && !part.text().isBlank()) {
                current.add(part);
                count++;
                if (count > MAX_CLAUSES) {
                    throw new InvalidQueryException("q", "The query has more than " + MAX_CLAUSES
                            + " words, phrases and operators; remove some so that at most " + MAX_CLAUSES
                            + " remain.");
                }
            }
        }
        alternatives.add(current);
        alternatives.removeIf(List::isEmpty);
        return alternatives;
    }

    private static Part word(Operator operator, String raw) {
        String word = IndexPatterns.EDGE_PUNCTUATION.matcher(raw).replaceAll("");
        if (word.isEmpty()) {
            return null;
        }
        if (IndexPatterns.QUERY_DOCUMENT_NUMBER.matcher(word).matches()) {
            return new Part(operator, Shape.NUMBER, word, 0);
        }
        Matcher fuzzy = IndexPatterns.FUZZY_SUFFIX.matcher(word);
        if (fuzzy.find()) {
            int edits = fuzzy.group(1).isEmpty() ? 1 : Math.min(Integer.parseInt(fuzzy.group(1)), 2);
            String stem = word.substring(0, fuzzy.start());
            return new Part(operator, edits == 0 ? Shape.WORD : Shape.FUZZY, stem, edits);
        }
        if (word.endsWith("*")) {
            String stem = word.replaceAll("\\*+$", "");
            return new Part(operator, Shape.PREFIX, stem, 0);
        }
        return new Part(operator, Shape.WORD, word.replace("*", "").replace("~", ""), 0);
    }

    /**
     * How many of the plain words a unit must contain: all of one or two, all but one of three to six (the
     * texts say "cảng hàng không Cát Bi" where a reader types "sân bay Cát Bi"), three in four of more.
     * Units that contain every word still rank first: each word adds to the score, adjacent pairs more.
     */
    static int minimumToMatch(int optional) {
        if (optional <= ALL_WORDS_REQUIRED_UP_TO) {
            return optional;
        }
        if (optional <= ONE_WORD_MAY_MISS_UP_TO) {
            return optional - 1;
        }
        return (int) Math.ceil(optional * 0.75);
    }

    /** The parts of one alternative turned into queries on one field. */
    private static final class Terms {

        private final String field;
        private final Spelling spelling;

        Terms(String field, Spelling spelling) {
            this.field = field;
            this.spelling = spelling;
        }

        /**
         * One alternative. With {@code pairsRequired}, its matches that have every word (as typed) and every pair:
         * all of them required, one conjunction, whose matches score as they do in the query with optional words
         * and pairs (the sum of the same clauses); null when there is no pair of adjacent words.
         */
        Query alternative(List<Part> parts, boolean pairsRequired) {
            BooleanQuery.Builder required = new BooleanQuery.Builder();
            List<Query> negatives = new ArrayList<>();
            List<Query> pairs = new ArrayList<>();
            List<String> run = new ArrayList<>();
            int optional = 0;
            int positives = 0;
            for (Part part : parts) {
                Query q = partQuery(part);
                boolean plainWord = part.shape() == Shape.WORD || part.shape() == Shape.PHRASE;
                if (q == null || part.operator() == Operator.MUST_NOT || !plainWord) {
                    addPairs(run, pairs);
                    run.clear();
                }
                if (q == null) {
                    continue;
                }
                switch (part.operator()) {
                    case MUST_NOT -> negatives.add(q);
                    case MUST -> {
                        required.add(q, Occur.MUST);
                        positives++;
                    }
                    case DEFAULT -> {
                        required.add(q, pairsRequired ? Occur.MUST : Occur.SHOULD);
                        optional += pairsRequired ? 0 : 1;
                        positives++;
                    }
                }
                if (part.operator() != Operator.MUST_NOT && part.shape() == Shape.WORD) {
                    VietnameseAnalyzers.syllables(part.text()).forEach(s -> run.add(s.folded()));
                } else if (part.shape() == Shape.PHRASE) {
                    // a phrase is matched and scored on its pairs already; it ends a run of words
                    addPairs(run, pairs);
                    run.clear();
                }
            }
            addPairs(run, pairs);
            if (positives == 0 && negatives.isEmpty() || pairsRequired && pairs.isEmpty()) {
                return null;
            }
            if (optional > 0) {
                required.setMinimumNumberShouldMatch(minimumToMatch(optional));
            }
            BooleanQuery.Builder alternative = new BooleanQuery.Builder();
            alternative.add(positives == 0 ? new MatchAllDocsQuery() : required.build(), Occur.MUST);
            negatives.forEach(q -> alternative.add(q, Occur.MUST_NOT));
            pairs.forEach(q -> alternative.add(q, pairsRequired ? Occur.MUST : Occur.SHOULD));
            return alternative.build();
        }

        private void addPairs(List<String> run, List<Query> pairs) {
            for (int i = 0; i + 1 < run.size(); i++) {
                pairs.add(new BoostQuery(new TermQuery(pairTerm(run.get(i), run.get(i + 1))), SHINGLE_BOOST));
            }
        }

        private Query partQuery(Part part) {
            return switch (part.shape()) {
                case WORD -> wordQuery(part.text());
                case PHRASE -> phraseQuery(part.text());
                case PREFIX -> prefixQuery(part.text());
                case FUZZY -> fuzzyQuery(part.text(), part.edits());
                case NUMBER -> numberQuery(part.text());
            };
        }

        private boolean asTyped(VietnameseAnalyzers.Syllable syllable) {
            return spelling == Spelling.AS_TYPED && syllable.hasDiacritics();
        }

        private Query wordQuery(String word) {
            List<VietnameseAnalyzers.Syllable> syllables = VietnameseAnalyzers.syllables(word);
            if (syllables.isEmpty()) {
                return null;
            }
            if (syllables.size() > 1) {
                return phraseQuery(word); // "kinh-tế", "Hải_Phòng": several syllables typed as one word
            }
            VietnameseAnalyzers.Syllable syllable = syllables.get(0);
            Term folded = new Term(field, syllable.folded());
            if (!asTyped(syllable)) {
                return new TermQuery(folded);
            }
            // weighed as the folded word, so "Đồ Sơn" ranks its passages as "do son" does; matched by spelling
            return new SpelledTermQuery(new Term(field, syllable.exact()), folded);
        }

        /**
         * A phrase is matched on the folded pairs the index stacks on each syllable: "phát triển kinh tế" is "phat
         * trien", "trien kinh" and "kinh te" at consecutive positions, which holds exactly where the folded
         * syllables follow one another, and walks postings a fraction as long as those of "kinh" or "te". Typed
         * with diacritics, the spelling is then checked on the exact syllables, as a filter: the phrase is scored
         * on its pairs either way, so both spellings rank alike.
         */
        private Query phraseQuery(String text) {
            List<VietnameseAnalyzers.Syllable> syllables = VietnameseAnalyzers.syllables(text);
            if (syllables.isEmpty()) {
                return null;
            }
            boolean exact = syllables.stream().anyMatch(this::asTyped);
            if (syllables.size() == 1) {
                VietnameseAnalyzers.Syllable only = syllables.get(0);
                return new TermQuery(new Term(field, exact ? only.exact() : only.folded()));
            }
            List<Term> pairTerms = new ArrayList<>();
            for (int i = 0; i + 1 < syllables.size(); i++) {
                pairTerms.add(pairTerm(syllables.get(i).folded(), syllables.get(i + 1).folded()));
            }
            Query pairs;
            if (pairTerms.size() == 1) {
                pairs = new TermQuery(pairTerms.get(0));
            } else {
                PhraseQuery.Builder phrase = new PhraseQuery.Builder();
                for (int i = 0; i < pairTerms.size(); i++) {
                    phrase.add(pairTerms.get(i), i);
                }
                pairs = phrase.build();
            }
            if (!exact) {
                return pairs;
            }
            PhraseQuery.Builder spelled = new PhraseQuery.Builder();
            syllables.forEach(s -> spelled.add(new Term(field, s.exact())));
            return new SpelledPhraseQuery(pairs, pairTerms, spelled.build());
        }

        /** The pair the index stacks on {@code first}'s position (SyllableVariantsFilter): folded, one space. */
        private Term pairTerm(String firstFolded, String secondFolded) {
            return new Term(field, firstFolded + SyllableVariantsFilter.PAIR_SEPARATOR + secondFolded);
        }

        private Query prefixQuery(String stem) {
            List<VietnameseAnalyzers.Syllable> syllables = VietnameseAnalyzers.syllables(stem);
            if (syllables.size() != 1) {
                return syllables.isEmpty() ? null : phraseQuery(stem);
            }
            VietnameseAnalyzers.Syllable syllable = syllables.get(0);
            if (syllable.folded().length() < MIN_PREFIX_LENGTH) {
                return wordQuery(stem); // "a*" would match half the index: read it as the word itself
            }
            return new PrefixQuery(new Term(field, asTyped(syllable) ? syllable.exact() : syllable.folded()));
        }

        private Query fuzzyQuery(String stem, int edits) {
            List<VietnameseAnalyzers.Syllable> syllables = VietnameseAnalyzers.syllables(stem);
            if (syllables.size() != 1) {
                return syllables.isEmpty() ? null : phraseQuery(stem);
            }
            // one unchanged first letter keeps the expansion small; users rarely misspell the first letter
            return new FuzzyQuery(new Term(field, syllables.get(0).folded()), edits, 1);
        }

        private Query numberQuery(String number) {
            Query keyword = new BoostQuery(new TermQuery(
                    new Term(IndexFields.NUMBERS, IndexPatterns.normalizeNumber(number))), NUMBER_BOOST);
            Query asText = phraseQuery(number);
            return asText == null ? keyword : new DisjunctionMaxQuery(List.of(keyword, asText), 0.0f);
        }
    }
}
