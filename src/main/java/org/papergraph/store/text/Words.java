package org.papergraph.store.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.util.CharTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * What a word is, for search: a run of letters and digits, in any case ("GPT-3.5" is "gpt", "3" and "5"). A search
 * for some words finds texts holding them in that order, the last one possibly continued: {@code agent} finds
 * "agents" and "multi-agent", {@code language model} finds "large language models", {@code gent} finds nothing.
 * That is simpler to state than Unicode's word rules (Lucene's standard tokenizer), and it is what a regular
 * expression over the text can check: the search's plain form does.
 */
final class Words {
    static final String FIELD = "text";
    /** Authors' names and topics' labels: found by the search page's words, not by a phrase of titles and abstracts. */
    static final String NAMES = "names";
    /** Most words the search page looks for; each is a few clauses of Lucene's query. */
    static final int MAX_PAGE_WORDS = 16;
    /** Phrases do not run from one title or abstract into the next. */
    private static final int GAP_BETWEEN_TEXTS = 100;
    /** Longest phrase searched for: each word is a clause of Lucene's query, which takes at most 1,024. */
    static final int MAX_WORDS = 64;

    private Words() {}

    static Analyzer analyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer words = CharTokenizer.fromTokenCharPredicate(Character::isLetterOrDigit);
                return new TokenStreamComponents(words, new LowerCaseFilter(words));
            }

            @Override
            public int getPositionIncrementGap(String fieldName) { return GAP_BETWEEN_TEXTS; }
        };
    }

    /** The words of a text, as the index holds them. */
    static List<String> of(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(FIELD, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * The Lucene query for the words searched for; a search with no words matches nothing.
     *
     * @throws IllegalArgumentException when a phrase's last word is too short to expand
     */
    static Query query(Analyzer analyzer, IndexReader reader, String searched) throws IOException {
        List<String> words = of(analyzer, searched);
        if (words.isEmpty()) return new MatchNoDocsQuery("no words in \"" + searched + "\"");
        if (words.size() > MAX_WORDS)
            throw new IllegalArgumentException("a search of " + words.size() + " words; a phrase here is at most " + MAX_WORDS);
        String last = words.get(words.size() - 1);
        if (words.size() == 1) return new PrefixQuery(new Term(FIELD, last));
        // Lucene refuses a query of more terms than its clause limit: a phrase whose last word continues into more
        // words than that is refused in so many words, not cut short.
        List<Term> continued = continuations(reader, last, IndexSearcher.getMaxClauseCount() - words.size() + 1);
        if (continued.isEmpty()) return new MatchNoDocsQuery("no word starts with " + last);
        MultiPhraseQuery.Builder phrase = new MultiPhraseQuery.Builder();
        for (String w : words.subList(0, words.size() - 1)) phrase.add(new Term(FIELD, w));
        phrase.add(continued.toArray(Term[]::new));
        return phrase.build();
    }

    /**
     * The search page's query: every word, in any order, in a title, an abstract, an author's name or a topic's label,
     * the last one possibly continued (as typed); the words' own matches score (BM25), so the likeliest come first.
     * Words only: nothing typed is Lucene syntax, so no wildcard or range can be asked for.
     *
     * @throws IllegalArgumentException when there are more than {@link #MAX_PAGE_WORDS} words
     */
    static Query allOf(Analyzer analyzer, String searched) {
        List<String> words = of(analyzer, searched);
        if (words.isEmpty()) return new MatchNoDocsQuery("no words in \"" + searched + "\"");
        if (words.size() > MAX_PAGE_WORDS)
            throw new IllegalArgumentException("a search of " + words.size() + " words; at most " + MAX_PAGE_WORDS);
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (String field : new String[] {FIELD, NAMES}) {
                any.add(new TermQuery(new Term(field, w)), Occur.SHOULD);
                if (i == words.size() - 1) any.add(new PrefixQuery(new Term(field, w)), Occur.SHOULD);
            }
            all.add(any.build(), Occur.MUST);
        }
        return all.build();
    }

    /** The index's words that start with {@code prefix}, in order. */
    private static List<Term> continuations(IndexReader reader, String prefix, int max) throws IOException {
        List<Term> out = new ArrayList<>();
        Terms terms = MultiTerms.getTerms(reader, FIELD);
        if (terms == null) return out;
        TermsEnum it = terms.iterator();
        BytesRef start = new BytesRef(prefix);
        if (it.seekCeil(start) == TermsEnum.SeekStatus.END) return out;
        for (BytesRef t = it.term(); t != null && startsWith(t, start); t = it.next()) {
            if (out.size() == max)
                throw new IllegalArgumentException("more than " + max + " words start with \"" + prefix
                        + "\", the last word of the phrase searched for: write more of it");
            out.add(new Term(FIELD, BytesRef.deepCopyOf(t)));
        }
        return out;
    }

    private static boolean startsWith(BytesRef t, BytesRef prefix) {
        if (t.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++)
            if (t.bytes[t.offset + i] != prefix.bytes[prefix.offset + i]) return false;
        return true;
    }
}
