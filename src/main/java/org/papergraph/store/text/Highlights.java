package org.papergraph.store.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.NullFragmenter;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;

/**
 * The words a search found, marked in a title or an abstract by Lucene's highlighter: the text is split into the
 * index's words ({@link Words}), every piece is escaped by the caller's escape, and only then are the matches
 * wrapped in the caller's marks, so nothing in the text can become markup.
 */
final class Highlights {
    private Highlights() {}

    /**
     * The text, escaped, its matches marked; cut to the best passage of about {@code maxChars} when that is more
     * than zero (an abstract), whole otherwise (a title). Null when nothing in the text matches.
     */
    static String mark(Analyzer analyzer, Query query, String text, UnaryOperator<String> escape, String open,
                       String close, int maxChars) {
        QueryScorer scorer = new QueryScorer(query, Words.FIELD);
        Highlighter h = new Highlighter(new SimpleHTMLFormatter(open, close), escape::apply, scorer);
        h.setTextFragmenter(maxChars > 0 ? new SimpleSpanFragmenter(scorer, maxChars) : new NullFragmenter());
        try {
            return h.getBestFragment(analyzer, Words.FIELD, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidTokenOffsetsException e) {
            return null;
        }
    }
}
