package org.papergraph.store.text;

import static org.papergraph.store.text.TextIndex.CODE;
import static org.papergraph.store.text.TextIndex.DATE;
import static org.papergraph.store.text.TextIndex.FORMAT_KEY;
import static org.papergraph.store.text.TextIndex.IRI;
import static org.papergraph.store.text.TextIndex.SOURCE;
import static org.papergraph.store.text.TextIndex.TOPIC;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.NodeFactory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.papergraph.store.Store;

/**
 * Writes the {@link TextIndex}: documents as a load's {@link TextFeed} makes them, then, in a read transaction on
 * the store, the documents of the papers a changed source lists or listed made again from the union of the graphs,
 * except those the feed made from a committed source that no other source lists. The commit records the sources it
 * was built from.
 */
final class TextUpdate {
    private static final FieldType TEXT = textType();
    /** Fewer, larger segments: fewer flushes and merges while a large list loads. */
    private static final double RAM_BUFFER_MB = 256;
    /** Up to this many papers fed, each is looked up; more, and one scan finds those several sources list. */
    private static final int FEW = 20_000;

    private TextUpdate() {}

    static TextFeed feed(Directory directory, Analyzer analyzer, boolean fresh) {
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

    /**
     * Finishes a load's feed and commits, inside the caller's read transaction. {@code built} is what the index was
     * built from (empty when made anew), {@code wanted} the sources as the catalog has them. Returns the number of
     * papers whose documents were made from the store.
     */
    static int run(Store store, TextFeed feed, Map<String, String> built, Map<String, String> wanted) {
        return run(PaperTexts.of(store.dataset()), feed, built, wanted);
    }

    private static <I> int run(PaperTexts<I> texts, TextFeed feed, Map<String, String> built, Map<String, String> wanted) {
        try {
            Map<String, TextFeed.Fed> fed = feed.finish();
            // Papers fed that other sources list too are made again from the union: found by a lookup each when
            // a reload fed few, by one scan when a load fed many.
            int fedPapers = fed.values().stream().mapToInt(f -> f.papers().size()).sum();
            Set<String> listedTwice = fedPapers > FEW ? texts.papersInSeveralSources() : null;
            Set<String> remake = new HashSet<>(feed.abandonedPapers());
            Set<I> remakeIds = new HashSet<>();
            for (TextFeed.Fed f : fed.values()) {
                remake.addAll(f.remake());
                for (String p : f.papers())
                    if (listedTwice != null ? listedTwice.contains(p) : texts.inSeveralSources(p)) remake.add(p);
            }
            for (String source : changed(built, wanted, feed.fresh)) {
                TextFeed.Fed f = fed.get(source);
                if (!feed.fresh) for (String iri : papersIndexedFrom(feed.writer, source))
                    if (f == null || !f.papers().contains(iri)) remake.add(iri);
                if (f == null) texts.papersOf(NodeFactory.createURI(source), remakeIds::add);
            }
            for (String iri : remake) {
                I id = texts.idOf(iri);
                if (id == null) feed.writer.deleteDocuments(new Term(IRI, iri));
                else remakeIds.add(id);
            }
            for (I id : remakeIds) {
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
            Sort byIri = new Sort(new SortField(IRI, SortField.Type.STRING));
            for (ScoreDoc d : searcher.search(new TermQuery(new Term(SOURCE, source)), n, byIri).scoreDocs)
                out.add(((BytesRef) ((FieldDoc) d).fields[0]).utf8ToString());
            return out;
        }
    }

    private static Document document(PaperTexts.Paper p) {
        Document doc = new Document();
        doc.add(new StringField(IRI, p.iri(), Field.Store.NO));
        doc.add(new SortedDocValuesField(IRI, new BytesRef(p.iri())));
        if (p.latestDate() != null) doc.add(new SortedDocValuesField(DATE, new BytesRef(p.latestDate())));
        for (String s : p.sources()) {
            doc.add(new StringField(SOURCE, s, Field.Store.NO));
            doc.add(new SortedSetDocValuesField(SOURCE, new BytesRef(s))); // counted for the search's facets
        }
        for (String t : p.topics()) {
            doc.add(new StringField(TOPIC, t, Field.Store.NO));
            doc.add(new SortedSetDocValuesField(TOPIC, new BytesRef(t)));
        }
        if (p.hasCode()) doc.add(new StringField(CODE, "yes", Field.Store.NO));
        for (String t : p.texts()) doc.add(new Field(Words.FIELD, t, TEXT));
        for (String n : p.names()) doc.add(new Field(Words.NAMES, n, TEXT));
        return doc;
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
}
