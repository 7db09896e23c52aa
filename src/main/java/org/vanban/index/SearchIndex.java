package org.vanban.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one Lucene index holder: an IndexWriter and a SearcherManager over the index directory. Every write
 * replaces by document id, commits with the database's index generation in the commit data, then
 * refreshes. The database is the source of truth; {@link #generation()} lets start-up detect an index that
 * disagrees with it and rebuild.
 */
@ApplicationScoped
public class SearchIndex {

    /** Opens (creating if needed) the index in {@code directory}. */
    public void open(Path directory) throws IOException {
    }

    /** The generation stored with the last commit, or -1 when the index is new or unreadable. */
    public long generation() {
        return -1;
    }

    /** Replaces every Lucene document of {@code doc.id()} by the new ones; commits and refreshes. */
    public void replace(IndexedDocument doc, long generation) throws IOException {
    }

    /** Removes every Lucene document of the document; commits and refreshes. */
    public void delete(long documentId, long generation) throws IOException {
    }

    /** Drops everything and indexes {@code docs}; commits once at the end and refreshes. */
    public void rebuild(Iterable<IndexedDocument> docs, long generation) throws IOException {
    }

    public SearchResponse search(SearchRequest request) {
        return new SearchResponse(List.of(), 0, Map.of());
    }

    public void close() throws IOException {
    }
}
