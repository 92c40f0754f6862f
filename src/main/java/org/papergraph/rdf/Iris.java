package org.papergraph.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/**
 * The one place that mints IRIs. Every resource IRI papergraph writes is the base followed by a path built here, from keys
 * that depend only on what a row says (an arXiv id, a topic's name, a URL), never on its position, so the same input
 * gives the same IRIs however the file around it changes.
 */
public final class Iris {
    public static final String DEFAULT_BASE = "http://localhost:3030/";

    private final String base;

    public Iris(String base) {
        String b = base.endsWith("/") ? base : base + "/";
        try {
            IRIx iri = IRIx.create(b);
            if (!iri.isAbsolute() || iri.scheme() == null || !(iri.scheme().equals("http") || iri.scheme().equals("https")))
                throw new IllegalArgumentException("base IRI must be an absolute http(s) IRI: " + base);
        } catch (IRIException e) {
            throw new IllegalArgumentException("bad base IRI " + base + ": " + e.getMessage());
        }
        this.base = b;
    }

    public String base() { return base; }

    // ---- the ontology: its terms have one fixed namespace (Vocab.PG); each site serves the ontology here ----
    /** This site's page of the ontology, a document about {@link Vocab#PG_ONTOLOGY}. */
    public Node ontologyPage() { return iri(base + "ontology"); }

    // ---- papers ----
    /** A paper on arXiv, by its canonical id without version: {@code paper/2405.18870}, {@code paper/hep-th/9901001}. */
    public Node arxivPaper(String arxivId) { return iri(base + "paper/" + arxivId); }

    /** A paper known only by a link elsewhere: readable host and path, plus a hash of the whole normalised URL. */
    public Node webPaper(String normalisedUrl) {
        String withoutScheme = normalisedUrl.replaceFirst("^[a-z]+://(www\\.)?", "");
        return iri(base + "paper/web/" + slug(withoutScheme, 60) + "-" + hash(normalisedUrl, 8));
    }

    /** A paper with no link at all: its title is all that identifies it. */
    public Node titledPaper(String titleKey) {
        return iri(base + "paper/title/" + slug(titleKey, 60) + "-" + hash(titleKey, 8));
    }

    // ---- topics ----
    public Node topicScheme() { return iri(base + "topics"); }

    /**
     * A topic, from its match key (lower case, separators as single spaces). The slug keeps the key readable; when
     * the key has characters a slug cannot show ("C++", "Q&A"), a short hash keeps two such keys apart.
     */
    public Node topic(String key) {
        String slug = slug(key, 80);
        boolean lossless = slug.equals(key.replace(' ', '-'));
        return iri(base + "topic/" + (lossless ? slug : slug + "-" + hash(key, 6)));
    }

    // ---- sources, the rows they list, and what they reject ----
    public Node source(String sourceSlug) { return iri(base + "source/" + sourceSlug); }

    /** The catalog of sources: the store's metadata graph, and the dcat:Catalog it describes. */
    public Node sourceCatalog() { return iri(base + "sources"); }

    /** The dataset as a whole, described (VoID, DCAT) at {@code /.well-known/void}. */
    public Node dataset() { return iri(base + ".well-known/void#dataset"); }

    /** The statistics graph: counts and checks over all the sources, recomputed when a load changes the store. */
    public Node statistics() { return iri(base + "statistics"); }

    /**
     * The history graph: when each paper first entered the store and when each listing was added and last changed,
     * written by the load beside each source's graph and never replaced with it.
     */
    public Node history() { return iri(base + "history"); }

    /** The papers dated in one month ({@code 2024-05}), counted in the statistics graph. */
    public Node month(String yearMonth) { return iri(base + "statistics#month-" + yearMonth); }

    /** Two topics listed together, counted in the statistics graph; the same node whichever way round they come. */
    public Node topicPair(Node a, Node b) {
        String x = localTopic(a), y = localTopic(b);
        return iri(base + "statistics#pair-" + (x.compareTo(y) <= 0 ? x + "." + y : y + "." + x));
    }

    /** The topic pairs sharing {@code papers} papers or more, tallied in the statistics graph. */
    public Node pairTally(long papers) { return iri(base + "statistics#pairs-sharing-" + papers); }

    /**
     * The papers with code tallied in the statistics graph under {@code date}: a month of days as its text
     * ({@code code-2024-05}), a month or a year given alone ({@code code-month-2024-05}, {@code code-year-2024}), any
     * other date by a hash of it; null, the papers with no date.
     */
    public Node codeTally(Node date) {
        if (date == null) return iri(base + "statistics#code-undated");
        String text = date.isLiteral() ? date.getLiteralLexicalForm() : "", type = date.isLiteral() ? date.getLiteralDatatypeURI() : "";
        String local;
        if (type.equals(XSDDatatype.XSDstring.getURI()) && text.matches("\\d{4}-\\d{2}")) local = text;
        else if (type.equals(XSDDatatype.XSDgYearMonth.getURI()) && text.matches("\\d{4}-\\d{2}")) local = "month-" + text;
        else if (type.equals(XSDDatatype.XSDgYear.getURI()) && text.matches("\\d{4}")) local = "year-" + text;
        else local = "other-" + hash(date.toString(), 12);
        return iri(base + "statistics#code-" + local);
    }

    private String localTopic(Node topic) { return topic.getURI().substring((base + "topic/").length()); }

    /**
     * A block of a source as it was read (a table, or a list with its nested items), the {@code n}th of the file: a
     * fragment of the source, since it records how the file was read rather than anything a row says.
     */
    public Node block(String sourceSlug, int n) { return iri(base + "source/" + sourceSlug + "#block-" + n); }

    /** A column of a block and the role it was given ({@code null}: none, the column is not read). */
    public Node blockColumn(String sourceSlug, int block, int column, String role) {
        return iri(base + "source/" + sourceSlug + "#block-" + block + "-column-" + column + (role == null ? "" : "-" + role));
    }

    public Node checksum(Node source) { return iri(source.getURI() + "/sha256"); }

    /** The slug a source IRI was minted from. */
    public String sourceSlugOf(Node source) { return source.getURI().substring((base + "source/").length()); }

    /** The record of one row listing a paper; a second listing of the same paper in one source gets {@code /2}. */
    public Node listing(String sourceSlug, Node paper, int occurrence) {
        String paperPath = paper.getURI().substring((base + "paper/").length());
        return iri(base + "listing/" + sourceSlug + "/" + paperPath + (occurrence > 1 ? "/" + occurrence : ""));
    }

    public Node rejectedRow(String sourceSlug, String rowText) {
        return iri(base + "rejected/" + sourceSlug + "/" + hash(rowText, 12));
    }

    public Node code(String host, String owner, String repo) {
        return iri(base + "code/" + host + "/" + slug(owner, 100) + "/" + slug(repo, 100));
    }

    /** A slug for a source's name: readable and safe in a path; {@code lists/x/README.md} is known as {@code x}. */
    public static String sourceSlug(String fileName) {
        String stem = fileName.replaceFirst("(?i)\\.(md|markdown)$", "").replaceFirst("(?i)(.)/(readme|index)$", "$1");
        String s = slug(stem, 80);
        return s.isEmpty() ? "source-" + hash(fileName, 8) : s;
    }

    private static Node iri(String iri) { return NodeFactory.createURI(iri); }

    /** Lower-case ASCII letters and digits; every other run of characters becomes one hyphen. */
    public static String slug(String text, int maxLength) {
        String ascii = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        String s = NOT_SLUG.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-");
        int from = s.startsWith("-") ? 1 : 0, to = s.length() - (s.length() > from && s.endsWith("-") ? 1 : 0);
        to = Math.min(to, from + maxLength);
        while (to > from && s.charAt(to - 1) == '-') to--;
        return s.substring(from, to);
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

    public static String hash(String text, int hexChars) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, hexChars);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
