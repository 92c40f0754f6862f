package org.papergraph.store.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.apache.jena.graph.Node;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.papergraph.store.Catalog;
import org.papergraph.store.SourceRecord;
import org.papergraph.store.Store;
import org.papergraph.store.views.PaperViews;
import org.papergraph.store.views.ViewOrders;
import org.papergraph.store.views.Search;

/**
 * The store's search index ({@code store/text}, Lucene): one document per paper with the words of all its titles and
 * abstracts, its topics, its latest date and IRI to sort by, and the sources that list it. Like the
 * {@link Statistics} it is derived from the sources and kept at load: each commit records the SHA-256 of every
 * source it was built from, so a load that was killed before the index caught up, or a store from before the index,
 * is brought up to date by the next load, which rebuilds the documents of the papers the changed sources list or
 * listed.
 * <p>
 * The search answers a page of papers newest first, sorted inside Lucene: a word found in half the papers costs no
 * more than a rare one.
 */
public final class TextIndex implements AutoCloseable {
    static final String IRI = "iri", DATE = "date", SOURCE = "source", TOPIC = "topic", CODE = "code";
    /**
     * Bumped when documents change shape or words are split otherwise: every document is made again. 3: the
     * authors' names and topics' labels ({@link Words#NAMES}), whether a paper has code ({@link #CODE}), and the
     * topics and sources as doc values too (the search page's facets).
     */
    static final String FORMAT_KEY = "papergraph:text-format", FORMAT = "3";
    /** {@link ViewOrders#NEWEST_FIRST}, in the index's fields. */
    private static final Sort NEWEST_FIRST = newestFirst();
    /**
     * {@link ViewOrders#MOST_SHARED_FIRST} (ORDER BY DESC(?shared) ?other): a document's score is the number of the
     * topics asked for that it has.
     */
    private static final Sort MOST_SHARED_FIRST =
            new Sort(SortField.FIELD_SCORE, new SortField(IRI, SortField.Type.STRING));

    private final Path dir;
    private final Directory directory;
    private final Analyzer analyzer = Words.analyzer();
    private SearcherManager searchers; // opened at the first search, once the index exists

    public TextIndex(Path dir) {
        this.dir = dir;
        try {
            this.directory = FSDirectory.open(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the index was built from the sources as the catalog has them now. */
    public boolean isCurrent(Map<Node, SourceRecord> catalog) {
        return built().equals(wanted(catalog));
    }

    /** The sources the last commit was built from (source IRI → SHA-256) and the format; empty for no index. */
    private Map<String, String> built() {
        try {
            if (!exists()) return Map.of();
            return SegmentInfos.readLatestCommit(directory).getUserData();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean exists() throws IOException {
        return Files.isDirectory(dir) && DirectoryReader.indexExists(directory);
    }

    private static Map<String, String> wanted(Map<Node, SourceRecord> catalog) {
        Map<String, String> out = new HashMap<>();
        catalog.forEach((source, r) -> out.put(source.getURI(), r.sha256()));
        out.put(FORMAT_KEY, FORMAT);
        return out;
    }

    /**
     * Opens the index for a load, which feeds it the papers it writes ({@link TextFeed}); {@link #update} finishes
     * it. An index of an older format, or none, is made anew.
     */
    public TextFeed feed() {
        return TextUpdate.feed(directory, analyzer, !FORMAT.equals(built().get(FORMAT_KEY)));
    }

    /** Brings the index up to date with the store's sources after a load's writes; see {@link TextUpdate}. */
    public int update(Store store, TextFeed feed) {
        return store.dataset().calculateRead(() -> TextUpdate.run(store, feed, feed.fresh ? Map.of() : built(),
                wanted(new Catalog(store).sources())));
    }

    /**
     * The IRIs of the papers whose titles or abstracts hold the words searched for (see {@link Words}), newest first
     * (latest date, then IRI; undated last), at most {@code n} of them.
     *
     * @throws IllegalStateException when the store has no index yet
     */
    public List<String> newest(String searched, int n) throws IOException {
        return search(n, searcher -> newest(searcher, Words.query(analyzer, searcher.getIndexReader(), searched), n));
    }

    /** The IRIs of the papers on a topic, newest first as {@link #newest}, at most {@code n} of them. */
    public List<String> newestOn(String topic, int n) throws IOException { return newestOn(List.of(topic), n); }

    /** The papers on any of the topics (a topic with the topics it gathers), newest first; at most {@code n}. */
    public List<String> newestOn(Collection<String> topics, int n) throws IOException {
        if (topics.size() == 1) return search(n, searcher -> newest(searcher, new TermQuery(new Term(TOPIC, topics.iterator().next())), n));
        // One term set, not a clause per topic: a broad topic may gather more topics than a BooleanQuery takes.
        List<BytesRef> terms = topics.stream().map(BytesRef::new).toList();
        return search(n, searcher -> newest(searcher, new org.apache.lucene.search.TermInSetQuery(TOPIC, terms), n));
    }

    private static List<String> newest(IndexSearcher searcher, Query query, int n) throws IOException {
        List<String> out = new ArrayList<>();
        for (ScoreDoc d : searcher.search(query, cap(searcher, n), NEWEST_FIRST).scoreDocs)
            out.add(((BytesRef) ((FieldDoc) d).fields[1]).utf8ToString());
        return out;
    }

    /**
     * The search page's search: a page of the papers holding every word ({@link Words#allOf}) narrowed by the facets,
     * and the facets' counts over all of them ({@link FacetedSearch}).
     *
     * @throws IllegalArgumentException when the words cannot be searched for as asked
     * @throws IllegalStateException when the store has no index yet
     */
    public Search.Found find(Search.Ask ask) throws IOException {
        Query query = FacetedSearch.query(Words.allOf(analyzer, ask.words()), ask);
        List<Search.Found> found = search(1, searcher -> List.of(FacetedSearch.run(searcher, query, ask, NEWEST_FIRST)));
        return found.get(0);
    }

    /**
     * Marks the words of a search in titles and abstracts ({@link Highlights}): escaped by {@code escape}, then the
     * matches wrapped in {@code open} and {@code close}. The words' continuations are looked up once, here.
     */
    public Search.Marker marker(String words, UnaryOperator<String> escape, String open, String close) throws IOException {
        return search(1, searcher -> List.<Search.Marker>of(
                new Highlights(analyzer, searcher.getIndexReader(), words, escape, open, close))).get(0);
    }

    /** A paper and how many topics it shares with another. */
    public record Neighbour(String iri, int shared) {}

    /**
     * The papers other than {@code paper} that have any of the topics, most topics shared first, then by IRI; at most
     * {@code n} of them. A topic is given with its other spellings (the IRIs the lists name it by): a paper on any of
     * them shares it, once.
     */
    public List<Neighbour> neighbours(String paper, Collection<? extends Collection<String>> topics, int n) throws IOException {
        if (topics.isEmpty()) return List.of();
        return search(n, searcher -> {
            BooleanQuery.Builder query = new BooleanQuery.Builder();
            for (Collection<String> t : topics) {
                Query spellings = t.size() == 1 ? new TermQuery(new Term(TOPIC, t.iterator().next()))
                        : new org.apache.lucene.search.TermInSetQuery(TOPIC, t.stream().map(BytesRef::new).toList());
                query.add(new ConstantScoreQuery(spellings), Occur.SHOULD);
            }
            query.add(new TermQuery(new Term(IRI, paper)), Occur.MUST_NOT);
            List<Neighbour> out = new ArrayList<>();
            for (ScoreDoc d : searcher.search(query.build(), cap(searcher, n), MOST_SHARED_FIRST, true).scoreDocs) {
                Object[] f = ((FieldDoc) d).fields;
                out.add(new Neighbour(((BytesRef) f[1]).utf8ToString(), Math.round((Float) f[0])));
            }
            return out;
        });
    }

    private interface Run<T> {
        List<T> run(IndexSearcher searcher) throws IOException;
    }

    private <T> List<T> search(int n, Run<T> search) throws IOException {
        if (n <= 0) return List.of();
        SearcherManager manager = searchers();
        manager.maybeRefreshBlocking();
        IndexSearcher searcher = manager.acquire();
        try {
            return search.run(searcher);
        } finally {
            manager.release(searcher);
        }
    }

    private static int cap(IndexSearcher searcher, int n) {
        return Math.max(1, Math.min(n, searcher.getIndexReader().maxDoc()));
    }

    private synchronized SearcherManager searchers() throws IOException {
        if (searchers == null) {
            if (!exists())
                throw new IllegalStateException("the store has no search index yet: `papergraph load` its lists again");
            searchers = new SearcherManager(directory, null);
        }
        return searchers;
    }

    /** ORDER BY DESC(?date) ?paper, by the latest date's key ({@link PaperTexts#dateKey}); undated papers last. */
    private static Sort newestFirst() {
        SortField date = new SortField(DATE, SortField.Type.STRING, true);
        date.setMissingValue(SortField.STRING_FIRST);
        return new Sort(date, new SortField(IRI, SortField.Type.STRING));
    }

    @Override
    public synchronized void close() {
        try {
            if (searchers != null) searchers.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
