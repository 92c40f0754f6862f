package org.papergraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.util.Symbol;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
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

/**
 * The store's search index ({@code store/text}, Lucene): one document per paper with the words of all its titles and
 * abstracts, its latest date and IRI to sort by, and the sources that list it. Like the {@link Statistics} it is
 * derived from the sources and kept at load: each commit records the SHA-256 of every source it was built from, so a
 * load that was killed before the index caught up, or a store from before the index, is brought up to date by the
 * next load, which rebuilds the documents of the papers the changed sources list or listed.
 * <p>
 * The search answers a page of papers newest first, sorted inside Lucene: a word found in half the papers costs no
 * more than a rare one.
 */
public final class TextIndex implements AutoCloseable {
    /** Where queries find the index: in the store's dataset context. */
    public static final Symbol SYMBOL = Symbol.create("papergraph:textIndex");

    private static final String IRI = "iri", DATE = "date", SOURCE = "source";
    /** Bumped when documents change shape or words are split otherwise: every document is made again. */
    private static final String FORMAT_KEY = "papergraph:text-format", FORMAT = "1";
    private static final FieldType TEXT = textType();
    /** Fewer, larger segments: fewer flushes and merges while a large list loads. */
    private static final double RAM_BUFFER_MB = 256;
    private static final Sort NEWEST_FIRST = newestFirst();

    private final Path dir;
    private final Directory directory;
    private final Analyzer analyzer = Words.analyzer();
    private SearcherManager searchers; // opened at the first search, once the index exists

    TextIndex(Path dir) {
        this.dir = dir;
        try {
            this.directory = FSDirectory.open(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the index was built from the sources as the catalog has them now. */
    boolean isCurrent(Map<Node, SourceRecord> catalog) {
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
    TextFeed feed() {
        boolean fresh = !FORMAT.equals(built().get(FORMAT_KEY));
        try {
            IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                    .setOpenMode(fresh ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(RAM_BUFFER_MB).setUseCompoundFile(false));
            return new TextFeed(writer, fresh, p -> index(writer, fresh, p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void index(IndexWriter writer, boolean fresh, PaperTexts.Paper p) {
        try {
            if (fresh) writer.addDocument(document(p));
            else writer.updateDocument(new Term(IRI, p.iri()), document(p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Brings the index up to date with the store's sources (for a store loaded before the index, or by tests). */
    int update(Store store) {
        try (TextFeed feed = feed()) {
            return update(store, feed);
        }
    }

    /**
     * Brings the index up to date with the store's sources, after a load's writes, in a read transaction of its own
     * (it may run beside the load's last write, the statistics' count). The documents of the papers a changed
     * source lists or listed are made again from the union of the graphs, except those the feed made from a
     * committed source that no other source lists. Returns the number of papers whose documents were made here.
     */
    int update(Store store, TextFeed feed) {
        var dsg = store.dataset();
        return dsg.calculateRead(() -> {
            try {
                Map<String, TextFeed.Fed> fed = feed.finish();
                Map<Node, SourceRecord> catalog = new Catalog(store).sources();
                Map<String, String> built = feed.fresh ? Map.of() : built(), wanted = wanted(catalog);
                PaperTexts texts = new PaperTexts(dsg);
                Set<String> listedTwice = fed.isEmpty() ? Set.of() : texts.papersInSeveralSources();
                Set<String> remake = new HashSet<>();
                Set<NodeId> remakeIds = new HashSet<>();
                for (TextFeed.Fed f : fed.values()) {
                    remake.addAll(f.remake());
                    for (String p : f.papers()) if (listedTwice.contains(p)) remake.add(p);
                }
                for (String source : changed(built, wanted, feed.fresh)) {
                    TextFeed.Fed f = fed.get(source);
                    if (!feed.fresh) for (String iri : papersIndexedFrom(feed.writer, source))
                        if (f == null || !f.papers().contains(iri)) remake.add(iri);
                    if (f == null) texts.papersOf(NodeFactory.createURI(source), remakeIds::add);
                }
                for (String iri : remake) {
                    NodeId id = texts.idOf(iri);
                    if (id == null) feed.writer.deleteDocuments(new Term(IRI, iri));
                    else remakeIds.add(id);
                }
                for (NodeId id : remakeIds) {
                    PaperTexts.Paper p = texts.paper(id);
                    if (p == null) feed.writer.deleteDocuments(new Term(IRI, texts.iriOf(id)));
                    else index(feed.writer, false, p);
                }
                if (!built.equals(wanted) || feed.writer.hasUncommittedChanges()) {
                    feed.writer.setLiveCommitData(wanted.entrySet());
                    feed.writer.commit();
                }
                feed.writer.close();
                return remakeIds.size();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The sources added, changed or dropped since the last commit; every source for a fresh index. */
    private static Set<String> changed(Map<String, String> built, Map<String, String> wanted, boolean fresh) {
        Set<String> out = new HashSet<>();
        for (var e : wanted.entrySet()) if (fresh || !e.getValue().equals(built.get(e.getKey()))) out.add(e.getKey());
        for (String s : built.keySet()) if (!wanted.containsKey(s)) out.add(s);
        out.remove(FORMAT_KEY);
        return out;
    }

    private static List<String> papersIndexedFrom(IndexWriter writer, String source) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            List<String> out = new ArrayList<>();
            int n = Math.max(1, reader.maxDoc());
            for (ScoreDoc d : searcher.search(new TermQuery(new Term(SOURCE, source)), n, new Sort(new SortField(IRI,
                    SortField.Type.STRING))).scoreDocs)
                out.add(((BytesRef) ((FieldDoc) d).fields[0]).utf8ToString());
            return out;
        }
    }

    private static Document document(PaperTexts.Paper p) {
        Document doc = new Document();
        doc.add(new StringField(IRI, p.iri(), Field.Store.NO));
        doc.add(new SortedDocValuesField(IRI, new BytesRef(p.iri())));
        if (p.latestDate() != null) doc.add(new SortedDocValuesField(DATE, new BytesRef(p.latestDate())));
        for (String s : p.sources()) doc.add(new StringField(SOURCE, s, Field.Store.NO));
        for (String t : p.texts()) doc.add(new Field(Words.FIELD, t, TEXT));
        return doc;
    }

    /**
     * The IRIs of the papers whose titles or abstracts hold the words searched for (see {@link Words}), newest first
     * (latest date, then IRI; undated last), at most {@code n} of them.
     *
     * @throws IllegalStateException when the store has no index yet
     */
    public List<String> newest(String searched, int n) throws IOException {
        List<String> out = new ArrayList<>();
        if (n <= 0) return out;
        SearcherManager manager = searchers();
        manager.maybeRefreshBlocking();
        IndexSearcher searcher = manager.acquire();
        try {
            Query query = Words.query(analyzer, searcher.getIndexReader(), searched);
            int k = Math.max(1, Math.min(n, searcher.getIndexReader().maxDoc()));
            for (ScoreDoc d : searcher.search(query, k, NEWEST_FIRST).scoreDocs)
                out.add(((BytesRef) ((FieldDoc) d).fields[1]).utf8ToString());
            return out;
        } finally {
            manager.release(searcher);
        }
    }

    private synchronized SearcherManager searchers() throws IOException {
        if (searchers == null) {
            if (!exists())
                throw new IllegalStateException("the store has no search index yet: `papergraph load` its lists again");
            searchers = new SearcherManager(directory, null);
        }
        return searchers;
    }

    /** Words with their positions (for phrases); no frequencies' weight or norms are needed to sort by date. */
    private static FieldType textType() {
        FieldType t = new FieldType();
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        t.setTokenized(true);
        t.setOmitNorms(true);
        t.freeze();
        return t;
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
