package org.papergraph.cite;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.papergraph.rdf.Vocab;

/**
 * What a citation of one paper says, read from its statements: title, authors (when the list gave them), the date
 * (a list's, else the month of its arXiv id), arXiv id, primary class (known only from an old-style id's archive),
 * DOI, web page and PDF, venue, abstract. The citation formats ({@link CitationFormat}) write it; every value
 * is text as the store holds it, each writer escapes it for its own syntax.
 *
 * @param iri the paper's IRI, cited when it has no link of its own
 * @param date {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; empty when unknown
 */
public record Citation(String iri, String title, List<String> authors, String date, String arxivId, String doi,
                       String url, String pdfUrl, String venue, String abstractText) {

    /** The paper's citation from a graph holding its statements (its document, or the union of the store's graphs). */
    public static Citation of(Graph g, Node paper) {
        String date = text(g, paper, Vocab.DATE);
        if (date.isEmpty()) date = text(g, paper, Vocab.ARXIV_MONTH); // arXiv's own citation year is the id's
        String url = text(g, paper, Vocab.URL);
        return new Citation(paper.getURI(), text(g, paper, Vocab.TITLE), authors(g, paper), date,
                text(g, paper, Vocab.HAS_ARXIV_ID), text(g, paper, Vocab.DOI), url.isEmpty() ? paper.getURI() : url,
                text(g, paper, Vocab.HAS_URL), text(g, paper, Vocab.PUBLICATION_NAME), text(g, paper, Vocab.ABSTRACT));
    }

    public boolean isArxiv() { return !arxivId.isEmpty(); }

    /** The arXiv archive an old-style id names ({@code hep-th/9901001}); new-style ids do not say it. */
    public Optional<String> primaryClass() {
        int slash = arxivId.indexOf('/');
        return slash > 0 ? Optional.of(arxivId.substring(0, slash)) : Optional.empty();
    }

    public Optional<String> year() { return date.length() >= 4 ? Optional.of(date.substring(0, 4)) : Optional.empty(); }

    /** The date's parts as numbers: year, then month and day where known. */
    public List<Integer> dateParts() {
        List<Integer> parts = new ArrayList<>();
        for (String p : date.split("-")) {
            if (p.isEmpty() || !p.chars().allMatch(Character::isDigit) || parts.size() == 3) break;
            parts.add(Integer.parseInt(p));
        }
        return parts;
    }

    /**
     * A citation key as Google Scholar makes them: the first author's last name, the year, the title's first
     * long word, in ASCII letters and digits only ({@code strachan2024llms}); {@code paper} when there is nothing.
     */
    public String key() {
        String author = authors.isEmpty() ? "" : ascii(lastWord(authors.get(0)));
        String word = "";
        for (String w : title.split("\\s+")) {
            String a = ascii(w);
            if (a.length() > 3) {
                word = a;
                break;
            }
        }
        String key = author + year().orElse("") + word;
        return key.isEmpty() || !Character.isLetter(key.charAt(0)) ? "paper" + key : key;
    }

    private static String lastWord(String name) {
        String[] words = name.trim().split("\\s+");
        return words[words.length - 1];
    }

    private static String ascii(String s) {
        String folded = Normalizer.normalize(s, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) b.append(c);
        }
        return b.toString();
    }

    private static String text(Graph g, Node s, Node p) {
        ExtendedIterator<Triple> it = g.find(s, p, null);
        try {
            if (!it.hasNext()) return "";
            Node o = it.next().getObject();
            return o.isLiteral() ? o.getLiteralLexicalForm() : o.isURI() ? o.getURI() : "";
        } finally {
            it.close();
        }
    }

    /** The names of the paper's first list of authors, in order (a list is on blank nodes, rdf:first and rdf:rest). */
    private static List<String> authors(Graph g, Node paper) {
        List<String> names = new ArrayList<>();
        ExtendedIterator<Triple> it = g.find(paper, Vocab.AUTHOR, null);
        Node cell;
        try {
            cell = it.hasNext() ? it.next().getObject() : Vocab.NIL;
        } finally {
            it.close();
        }
        for (int n = 0; cell.isBlank() && n < 10_000; n++) {
            Node first = first(g, cell, Vocab.FIRST), rest = first(g, cell, Vocab.REST);
            if (first != null && first.isLiteral()) names.add(first.getLiteralLexicalForm());
            if (rest == null) break;
            cell = rest;
        }
        return names;
    }

    private static Node first(Graph g, Node s, Node p) {
        ExtendedIterator<Triple> it = g.find(s, p, null);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }
}
