package org.papergraph.store.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.NullFragmenter;
import org.apache.lucene.search.highlight.QueryTermScorer;
import org.apache.lucene.search.highlight.SimpleFragmenter;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.WeightedTerm;
import org.apache.lucene.util.BytesRef;
import org.papergraph.store.views.Search;

/**
 * The words a search found, marked in titles and abstracts by Lucene's highlighter: the text is split into the
 * index's words ({@link Words}), every piece is escaped by the caller's escape, and only then are the matches
 * wrapped in the caller's marks, so nothing in the text can become markup. The words are looked up once a search:
 * those typed, and the index's words the last one continues into.
 */
final class Highlights implements Search.Marker {
    /** Most continuations of the last word marked; beyond them, only the word as typed. */
    private static final int MAX_CONTINUATIONS = 256;

    private final Analyzer analyzer;
    private final WeightedTerm[] terms;
    private final UnaryOperator<String> escape;
    private final SimpleHTMLFormatter marks;

    Highlights(Analyzer analyzer, IndexReader reader, String searched, UnaryOperator<String> escape, String open, String close) {
        this.analyzer = analyzer;
        this.escape = escape;
        this.marks = new SimpleHTMLFormatter(open, close);
        List<String> words = Words.of(analyzer, searched);
        List<WeightedTerm> out = new ArrayList<>();
        for (String w : words) out.add(new WeightedTerm(1, w));
        if (!words.isEmpty()) for (String c : continuations(reader, words.get(words.size() - 1))) out.add(new WeightedTerm(1, c));
        this.terms = out.toArray(WeightedTerm[]::new);
    }

    @Override
    public String mark(String text, int maxChars) {
        if (terms.length == 0) return null;
        Highlighter h = new Highlighter(marks, escape::apply, new QueryTermScorer(terms));
        h.setTextFragmenter(maxChars > 0 ? new SimpleFragmenter(maxChars) : new NullFragmenter());
        try {
            return h.getBestFragment(analyzer, Words.FIELD, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidTokenOffsetsException e) {
            return null;
        }
    }

    /** The index's words, in titles and abstracts, that go on from {@code prefix}; none when there are too many. */
    private static List<String> continuations(IndexReader reader, String prefix) {
        List<String> out = new ArrayList<>();
        try {
            Terms all = MultiTerms.getTerms(reader, Words.FIELD);
            if (all == null) return out;
            TermsEnum it = all.iterator();
            if (it.seekCeil(new BytesRef(prefix)) == TermsEnum.SeekStatus.END) return out;
            for (BytesRef t = it.term(); t != null; t = it.next()) {
                String word = t.utf8ToString();
                if (!word.startsWith(prefix)) break;
                if (out.size() == MAX_CONTINUATIONS) return List.of();
                out.add(word);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
