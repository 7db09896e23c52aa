package org.vanban.index;

import java.io.IOException;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;

/**
 * The task and target units whose text is their clause's whole text and whose clause matches a query on the
 * clauses, scored as their clause. Such a unit holds no copy of the words: its clause unit records where its
 * sharing facts are ({@link IndexFields#CLAUSE_FACTS}: consecutive units after the document's clauses). The clause
 * query leads; each clause it matches yields its facts. Clauses and their facts come in the same order
 * ({@link LuceneDocuments} writes a document's facts in the order of their clauses, each document after the one
 * before), so the facts come out in index order, as Lucene's iterators must. Like a block join, but the facts stay
 * after the passages, where they were, and a sparse clause query goes straight to its facts.
 */
final class ClauseTextQuery extends Query {

    private static final Query TEXT_OF_FACTS = new TermQuery(new Term(IndexFields.TEXT_OF_FACTS, IndexFields.YES));

    private final Query clauses;

    private ClauseTextQuery(Query clauses) {
        this.clauses = clauses;
    }

    /**
     * The facts matching {@code onFactBody} (their own words), or whose text is their clause's and whose clause
     * matches {@code onBody}: the same query text built on each field.
     */
    static Query facts(Query onFactBody, Query onBody) {
        // only the clauses whose text facts share
        Query clauses = new BooleanQuery.Builder().add(onBody, Occur.MUST).add(TEXT_OF_FACTS, Occur.FILTER).build();
        return new BooleanQuery.Builder()
                .add(onFactBody, Occur.SHOULD)
                .add(new ClauseTextQuery(clauses), Occur.SHOULD)
                .build();
    }

    /** The {@link IndexFields#CLAUSE_FACTS} value: the first sharing fact {@code distance} units on, {@code count}. */
    static long factsOfClause(int distance, int count) {
        return (long) distance << 32 | count;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query rewritten = clauses.rewrite(searcher);
        return rewritten == clauses ? this : new ClauseTextQuery(rewritten);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Weight clauseWeight = clauses.createWeight(searcher, scoreMode, boost);
        return new Weight(this) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
                NumericDocValues facts = context.reader().getNumericDocValues(IndexFields.CLAUSE_FACTS);
                NumericDocValues positions = context.reader().getNumericDocValues(IndexFields.ORDINAL);
                ScorerSupplier clauseScorers = facts == null || positions == null ? null
                        : clauseWeight.scorerSupplier(context);
                if (clauseScorers == null) {
                    return null;
                }
                return new ScorerSupplier() {
                    @Override
                    public Scorer get(long leadCost) throws IOException {
                        return new FactScorer(clauseScorers.get(leadCost), facts, positions);
                    }

                    @Override
                    public long cost() {
                        return clauseScorers.cost();
                    }
                };
            }

            @Override
            public Explanation explain(LeafReaderContext context, int doc) throws IOException {
                Scorer scorer = scorer(context);
                if (scorer != null && scorer.iterator().advance(doc) == doc) {
                    int clause = ((FactScorer) scorer).clauseMatches.docID();
                    return Explanation.match(scorer.score(), "the score of its clause, unit " + clause,
                            clauseWeight.explain(context, clause));
                }
                return Explanation.noMatch("not a fact whose clause matches");
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return false;
            }
        };
    }

    /** The sharing facts of each clause the clause query matches, clause by clause. */
    private static final class FactScorer extends Scorer {

        private final Scorer clauseScorer;
        private final DocIdSetIterator clauseMatches;
        private final NumericDocValues factsOfClauses;
        private final NumericDocValues positions;
        private int doc = -1;
        /** The current clause's sharing facts are [first, end); the doc is one of them. */
        private int first = -1;
        private int end = -1;

        FactScorer(Scorer clauseScorer, NumericDocValues factsOfClauses, NumericDocValues positions) {
            this.clauseScorer = clauseScorer;
            this.clauseMatches = clauseScorer.iterator();
            this.factsOfClauses = factsOfClauses;
            this.positions = positions;
        }

        /** The first fact of the first clause from {@code clause} on (the clause iterator's position) that has one. */
        private int factsFrom(int clause, int target) throws IOException {
            while (clause != DocIdSetIterator.NO_MORE_DOCS) {
                if (factsOfClauses.advanceExact(clause)) {
                    long facts = factsOfClauses.longValue();
                    first = clause + (int) (facts >>> 32);
                    end = first + (int) facts;
                    if (end > target) {
                        return doc = Math.max(first, target);
                    }
                }
                clause = clauseMatches.nextDoc();
            }
            first = end = -1;
            return doc = DocIdSetIterator.NO_MORE_DOCS;
        }

        @Override
        public int docID() {
            return doc;
        }

        @Override
        public DocIdSetIterator iterator() {
            return new DocIdSetIterator() {
                @Override
                public int docID() {
                    return doc;
                }

                @Override
                public int nextDoc() throws IOException {
                    if (doc == DocIdSetIterator.NO_MORE_DOCS) {
                        return doc;
                    }
                    if (doc + 1 < end) {
                        return ++doc;
                    }
                    return factsFrom(clauseMatches.nextDoc(), 0);
                }

                @Override
                public int advance(int target) throws IOException {
                    if (target < end) {
                        return doc = Math.max(first, target);
                    }
                    if (doc == DocIdSetIterator.NO_MORE_DOCS || target == DocIdSetIterator.NO_MORE_DOCS) {
                        return doc = DocIdSetIterator.NO_MORE_DOCS;
                    }
                    // the facts at or after the target belong to clauses of the target's document or later ones: from
                    // the document's first unit on (its position says how far back that is)
                    int documentStart = positions.advanceExact(target) ? target - (int) positions.longValue() : target;
                    int clause = clauseMatches.docID();
                    clause = clause >= documentStart ? clauseMatches.nextDoc() : clauseMatches.advance(documentStart);
                    return factsFrom(clause, target);
                }

                @Override
                public long cost() {
                    return clauseMatches.cost();
                }
            };
        }

        @Override
        public float score() throws IOException {
            return clauseScorer.score();
        }

        @Override
        public float getMaxScore(int upTo) throws IOException {
            return clauseScorer.getMaxScore(DocIdSetIterator.NO_MORE_DOCS);
        }
    }

    @Override
    public void visit(QueryVisitor visitor) {
        clauses.visit(visitor.getSubVisitor(Occur.MUST, this));
    }

    @Override
    public String toString(String field) {
        return "clause_text(" + clauses.toString(field) + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && clauses.equals(((ClauseTextQuery) other).clauses);
    }

    @Override
    public int hashCode() {
        return 31 * classHash() + clauses.hashCode();
    }
}
