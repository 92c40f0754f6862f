package org.papergraph.store.text;

import static org.papergraph.store.text.TextIndex.CODE;
import static org.papergraph.store.text.TextIndex.DATE;
import static org.papergraph.store.text.TextIndex.SOURCE;
import static org.papergraph.store.text.TextIndex.TOPIC;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.NodeFactory;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.util.BytesRef;
import org.papergraph.store.views.Search;

/**
 * The search page's search: the words' query ({@link Words#allOf}) narrowed by the facets asked for, a page of it
 * sorted inside Lucene, and the facets' counts over every paper found, read from the documents' doc values (and
 * the code term's postings) in the same pass over the matches: no second index, nothing per paper outside Lucene.
 */
final class FacetedSearch {
    private FacetedSearch() {}

    /** The query of the words and facets asked: the words score, the facets only filter. */
    static Query query(Query words, Search.Ask ask) {
        BooleanQuery.Builder q = new BooleanQuery.Builder().add(words, Occur.MUST);
        for (String t : ask.topics()) q.add(new TermQuery(new Term(TOPIC, t)), Occur.FILTER);
        for (String s : ask.sources()) q.add(new TermQuery(new Term(SOURCE, s)), Occur.FILTER);
        if (ask.withCode()) q.add(codeQuery(), Occur.FILTER);
        if (ask.from() != null || ask.to() != null) q.add(dated(ask.from(), ask.to()), Occur.FILTER);
        return q.build();
    }

    static Query codeQuery() { return new TermQuery(new Term(CODE, "yes")); }

    /**
     * Dated from the start of {@code from} to the end of {@code to}: a date's key ({@link PaperTexts#dateKey}) is
     * {@code 2} and an xsd:date, or {@code 1} and a month (a year's is its January), so a range of each.
     */
    private static Query dated(String from, String to) {
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        for (String kind : new String[] {"1", "2"}) {
            BytesRef lower = from == null ? new BytesRef(kind) : new BytesRef(kind + from);
            BytesRef upper = new BytesRef(kind + (to == null ? "~" : to + "~")); // '~' sorts after digits, '-' and '|'
            either.add(SortedDocValuesField.newSlowRangeQuery(DATE, lower, upper, true, true), Occur.SHOULD);
        }
        return either.build();
    }

    /** One pass over the matches: the page's papers sorted inside Lucene, and the facets counted beside them. */
    static Search.Found run(IndexSearcher searcher, Query query, Search.Ask ask, Sort newestFirst) throws IOException {
        Sort sort = ask.order() == Search.Order.NEWEST ? newestFirst
                : new Sort(SortField.FIELD_SCORE, newestFirst.getSort()[0], newestFirst.getSort()[1]);
        int n = Math.max(1, Math.min(ask.offset() + ask.limit(), searcher.getIndexReader().maxDoc()));
        TopFieldCollector top = TopFieldCollector.create(sort, n, Integer.MAX_VALUE);
        Counter counts = new Counter();
        searcher.search(query, MultiCollector.wrap(top, counts));
        counts.flush();
        List<org.apache.jena.graph.Node> papers = new ArrayList<>();
        ScoreDoc[] docs = top.topDocs().scoreDocs;
        for (int i = ask.offset(); i < docs.length && papers.size() < ask.limit(); i++) {
            Object[] f = ((FieldDoc) docs[i]).fields;
            papers.add(NodeFactory.createURI(((BytesRef) f[f.length - 1]).utf8ToString()));
        }
        return new Search.Found(counts.total, papers, mostFirst(counts.topics), mostFirst(counts.sources),
                inOrder(counts.months), counts.withCode);
    }

    private static List<Search.Count> mostFirst(Map<String, Integer> counts) {
        List<Search.Count> out = new ArrayList<>(counts.size());
        counts.forEach((v, c) -> out.add(new Search.Count(v, c)));
        out.sort(Comparator.comparingInt((Search.Count c) -> -c.count()).thenComparing(Search.Count::value));
        return out;
    }

    private static List<Search.Count> inOrder(Map<String, Integer> counts) {
        List<Search.Count> out = new ArrayList<>(counts.size());
        new TreeMap<>(counts).forEach((v, c) -> out.add(new Search.Count(v, c)));
        return out;
    }

    /** Counts the matches, and per segment their topics', sources' and dates' ordinals, named at the segment's end. */
    private static final class Counter extends SimpleCollector {
        int total, withCode;
        final Map<String, Integer> topics = new HashMap<>(), sources = new HashMap<>(), months = new HashMap<>();
        private SortedSetDocValues topicValues, sourceValues;
        private SortedDocValues dateValues;
        private PostingsEnum code;
        private int[] topicCounts, sourceCounts, dateCounts;

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            flush();
            topicValues = DocValues.getSortedSet(context.reader(), TOPIC);
            sourceValues = DocValues.getSortedSet(context.reader(), SOURCE);
            dateValues = DocValues.getSorted(context.reader(), DATE);
            code = context.reader().postings(new Term(CODE, "yes"), PostingsEnum.NONE);
            topicCounts = new int[(int) topicValues.getValueCount()];
            sourceCounts = new int[(int) sourceValues.getValueCount()];
            dateCounts = new int[dateValues.getValueCount()];
        }

        @Override
        public void collect(int doc) throws IOException {
            total++;
            count(topicValues, topicCounts, doc);
            count(sourceValues, sourceCounts, doc);
            if (dateValues.advanceExact(doc)) dateCounts[dateValues.ordValue()]++;
            if (code != null && (code.docID() >= doc || code.advance(doc) != PostingsEnum.NO_MORE_DOCS) && code.docID() == doc) withCode++;
        }

        private static void count(SortedSetDocValues values, int[] counts, int doc) throws IOException {
            if (!values.advanceExact(doc)) return;
            for (int i = 0, n = values.docValueCount(); i < n; i++) counts[(int) values.nextOrd()]++;
        }

        /** Names the current segment's counts. */
        void flush() throws IOException {
            if (topicCounts == null) return;
            name(topicValues, topicCounts, topics);
            name(sourceValues, sourceCounts, sources);
            for (int o = 0; o < dateCounts.length; o++) {
                if (dateCounts[o] == 0) continue;
                String key = dateValues.lookupOrd(o).utf8ToString();
                if (key.length() < 8 || key.charAt(0) != '1' && key.charAt(0) != '2') continue;
                boolean yearOnly = key.length() == 14 && key.charAt(8) == '|'; // an xsd:gYear: "1" 2024-01 "|" 2024
                months.merge(key.substring(1, yearOnly ? 5 : 8), dateCounts[o], Integer::sum);
            }
            topicCounts = null;
        }

        private static void name(SortedSetDocValues values, int[] counts, Map<String, Integer> into) throws IOException {
            for (int o = 0; o < counts.length; o++)
                if (counts[o] > 0) into.merge(values.lookupOrd(o).utf8ToString(), counts[o], Integer::sum);
        }

        @Override
        public ScoreMode scoreMode() { return ScoreMode.COMPLETE_NO_SCORES; }
    }
}
