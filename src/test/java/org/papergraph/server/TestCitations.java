package org.papergraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.ris.RISReference;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.jbibtex.BibTeXEntry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.papergraph.cite.CitationFormat;
import org.papergraph.cite.Parsed;
import org.papergraph.rdf.Vocab;

/**
 * Citations over a running server, read by real parsers (jbibtex, citeproc-java): a paper's, a topic's, a source's
 * and a search's, by extension and by Accept; the Highwire meta tags and canonical URL of a paper's page, its
 * Signposting Link headers; and a title built to break out of a record stays in its field.
 */
class TestCitations {
    static final String PAPER = "/paper/2405.18870";
    static final String TITLE = "LLMs achieve adult human performance on higher-order theory of mind tasks";
    /** Listed with authors, and titled with what BibTeX and RIS must escape. */
    static final String LISTED = "/paper/2405.00002";

    @TempDir
    static Path dir;
    static Served served;

    @BeforeAll
    static void start() throws Exception {
        Path list = dir.resolve("hostile-citations.md");
        Files.writeString(list, """
                | Date | Title | Authors | Topics |
                | --- | --- | --- | --- |
                | 2 May 2024 | [Braces } { and @misc{evil, title={x}} 100% & $5 #1 "quoted" ER  - TY  - JOUR](https://arxiv.org/abs/2405.00002) | Ada Lovelace, Alan Turing | Alignment |
                """);
        served = Served.start(dir.resolve("store"), List.of(Served.SEED.toString(), list.toString()), b -> b);
    }

    @AfterAll
    static void stop() { served.close(); }

    @ParameterizedTest
    @EnumSource(CitationFormat.class)
    void aPapersCitationHoldsItsTitleDoiAndArxivId(CitationFormat format) {
        HttpResponse<String> r = served.get(PAPER + "." + format.extension());
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith(format.mediaType()));
        switch (format) {
            case BIBTEX -> {
                BibTeXEntry e = only(r.body());
                assertEquals(TITLE, Parsed.field(e, "title"));
                assertEquals("10.48550/arXiv.2405.18870", Parsed.field(e, "doi"));
                assertEquals("2405.18870", Parsed.field(e, "eprint"));
                assertEquals("arXiv", Parsed.field(e, "archivePrefix"));
                assertEquals("2024", Parsed.field(e, "year"));
            }
            case RIS -> {
                List<RISReference> refs = Parsed.ris(r.body()).getReferences();
                assertEquals(1, refs.size());
                assertEquals(TITLE, refs.get(0).getTitle());
                assertEquals("10.48550/arXiv.2405.18870", refs.get(0).getDOI());
                assertEquals("arXiv:2405.18870", refs.get(0).getNumber());
            }
            case CSL_JSON -> {
                List<CSLItemData> items = Parsed.cslJson(r.body());
                assertEquals(1, items.size());
                assertEquals(TITLE, items.get(0).getTitle());
                assertEquals("10.48550/arXiv.2405.18870", items.get(0).getDOI());
                assertEquals("arXiv:2405.18870", items.get(0).getNumber());
            }
        }
        String rendered = Parsed.render(Parsed.csl(format, r.body()));
        assertTrue(rendered.contains(TITLE) && rendered.contains("10.48550/arXiv.2405.18870"), rendered);
    }

    @Test
    void authorsAreCitedWhereTheListGaveThem() {
        assertEquals("Ada Lovelace and Alan Turing", Parsed.field(only(served.get(LISTED + ".bib").body()), "author"));
        assertEquals(List.of("Ada Lovelace", "Alan Turing"), List.of(Parsed.ris(served.get(LISTED + ".ris").body()).getReferences().get(0).getAuthors()));
        CSLItemData item = Parsed.cslJson(served.get(LISTED + ".csl.json").body()).get(0);
        assertEquals("Alan Turing", item.getAuthor()[1].getLiteral());
        assertFalse(served.get(PAPER + ".bib").body().contains("author"), "the seed gives no authors, so none are cited");
    }

    /** Each citation format's media types lead a paper's, a topic's and a source's address to its citation file. */
    @ParameterizedTest
    @EnumSource(CitationFormat.class)
    void acceptLeadsToTheCitationFile(CitationFormat format) {
        for (String resource : List.of(PAPER, "/topic/alignment", "/source/2024-05-seed-papers"))
            for (String type : format.mediaTypes()) {
                HttpResponse<String> r = served.get(resource, "Accept", type);
                assertEquals(303, r.statusCode(), resource + " " + type);
                assertEquals(resource + "." + format.extension(), r.headers().firstValue("Location").orElseThrow());
            }
        String listing = "/listing/2024-05-seed-papers/2405.18870";
        HttpResponse<String> none = served.get(listing, "Accept", format.mediaType());
        assertEquals(406, none.statusCode(), "a listing is no paper to cite");
        assertFalse(none.body().contains(format.mediaType()), none.body());
        assertEquals(404, served.get(listing + "." + format.extension()).statusCode());
        assertEquals(404, served.get("/paper/0000.00000." + format.extension()).statusCode());
    }

    @Test
    void theFormatsOfAPaperInclude406sCitations() {
        String line = served.get(PAPER, "Accept", "image/png").body().strip();
        for (CitationFormat f : CitationFormat.values()) assertTrue(line.contains(f.mediaType()), line);
    }

    @ParameterizedTest
    @EnumSource(CitationFormat.class)
    void aTopicsAndASourcesCitationsHoldAllTheirPapers(CitationFormat format) {
        Map<String, String> resources = Map.of(
                "/topic/alignment", "SELECT DISTINCT ?p { ?p a <" + Vocab.SCHOLARLY_ARTICLE.getURI() + "> ; <" + Vocab.SUBJECT.getURI() + "> <"
                        + served.iri("/topic/alignment") + "> }",
                "/source/2024-05-seed-papers", "SELECT DISTINCT ?p { GRAPH <" + served.iri("/source/2024-05-seed-papers") + "> { ?l <"
                        + Vocab.LISTING_OF.getURI() + "> ?p } }");
        resources.forEach((resource, query) -> {
            Set<String> expected = arxivIds(query);
            HttpResponse<String> r = served.get(resource + "." + format.extension());
            assertEquals(200, r.statusCode(), resource);
            Set<String> cited = Parsed.csl(format, r.body()).stream().map(TestCitations::arxivId).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(expected, cited, resource + " in " + format.label());
            assertFalse(r.headers().allValues("Link").toString().contains("rel=\"next\""), "one page holds them all");
        });
        assertEquals(33, arxivIds("SELECT DISTINCT ?p { GRAPH <" + served.iri("/source/2024-05-seed-papers") + "> { ?l <"
                + Vocab.LISTING_OF.getURI() + "> ?p } }").size(), "the seed's papers");
        HttpResponse<String> past = served.get("/topic/alignment." + format.extension() + "?page=2");
        assertEquals(200, past.statusCode());
        assertTrue(Parsed.csl(format, past.body()).isEmpty(), "past the last page");
        assertTrue(past.headers().firstValue("Link").orElseThrow().contains("</topic/alignment." + format.extension() + ">; rel=\"prev\""));
    }

    @Test
    void aSearchIsCitedByFormatOrByAccept() {
        String search = "/queries/search?word=theory";
        BibTeXEntry bib = Parsed.bibtex(served.get(search + "&format=bibtex").body()).getEntries().values().stream()
                .filter(e -> "2405.18870".equals(Parsed.field(e, "eprint"))).findFirst().orElseThrow();
        assertEquals(TITLE, Parsed.field(bib, "title"));
        HttpResponse<String> ris = served.get(search, "Accept", "application/x-research-info-systems");
        assertEquals(200, ris.statusCode());
        assertTrue(ris.headers().firstValue("Content-Type").orElseThrow().startsWith("application/x-research-info-systems"));
        assertTrue(Parsed.ris(ris.body()).getReferences().stream().anyMatch(ref -> TITLE.equals(ref.getTitle())));
        List<CSLItemData> csl = Parsed.cslJson(served.get(search + "&format=csl-json").body());
        assertTrue(csl.stream().anyMatch(i -> "10.48550/arXiv.2405.18870".equals(i.getDOI())));
        HttpResponse<String> topics = served.get("/queries/topics?format=bibtex");
        assertEquals(406, topics.statusCode(), "a query that answers no papers has no citations");
    }

    @Test
    void aPapersPageCarriesHighwireTagsAndItsCanonicalUrl() {
        String html = served.get(PAPER + ".html").body();
        String head = html.substring(0, html.indexOf("</head>"));
        for (String tag : List.of("<meta name=\"citation_title\" content=\"" + TITLE + "\">",
                "<meta name=\"citation_publication_date\" content=\"2024/05/31\">",
                "<meta name=\"citation_pdf_url\" content=\"https://arxiv.org/pdf/2405.18870\">",
                "<meta name=\"citation_arxiv_id\" content=\"2405.18870\">",
                "<meta name=\"citation_doi\" content=\"10.48550/arXiv.2405.18870\">",
                "<link rel=\"canonical\" href=\"" + served.iri(PAPER) + ".html\">"))
            assertTrue(head.contains(tag), tag + " in " + head);
        String listed = served.get(LISTED + ".html").body();
        assertTrue(listed.contains("<meta name=\"citation_author\" content=\"Ada Lovelace\"><meta name=\"citation_author\" content=\"Alan Turing\">"), listed);
        assertTrue(listed.contains("content=\"Braces } { and @misc{evil, title={x}} 100% &amp; $5 #1 &quot;quoted&quot;"), "escaped in its attribute");
        assertTrue(html.contains("<a href=\"" + PAPER + ".bib\">BibTeX</a>"), "the page links its citations");
        assertTrue(served.get("/topic/alignment.html").body().contains("<link rel=\"canonical\" href=\"" + served.iri("/topic/alignment") + ".html\">"));
    }

    @Test
    void aPapersPageSignpostsItsDoiDescriptionsAndPdf() {
        for (String address : List.of(PAPER + ".html", PAPER)) {
            String link = served.get(address, "Accept", "text/html").headers().firstValue("Link").orElseThrow();
            for (String signpost : List.of("<https://doi.org/10.48550/arXiv.2405.18870>; rel=\"cite-as\"",
                    "<https://arxiv.org/pdf/2405.18870>; rel=\"item\"; type=\"application/pdf\"",
                    "<" + PAPER + ".ttl>; rel=\"describedby\"; type=\"text/turtle\"",
                    "<" + PAPER + ".bib>; rel=\"describedby\"; type=\"application/x-bibtex\"",
                    "<" + PAPER + ".csl.json>; rel=\"describedby\"; type=\"application/vnd.citationstyles.csl+json\"",
                    "<" + PAPER + ".ris>; rel=\"describedby\"; type=\"application/x-research-info-systems\"",
                    "<https://schema.org/ScholarlyArticle>; rel=\"type\""))
                assertTrue(link.contains(signpost), address + ": " + signpost + " in " + link);
        }
    }

    /** The title as the store holds it comes back whole from each format, in one record: nothing breaks out. */
    @ParameterizedTest
    @EnumSource(CitationFormat.class)
    void aHostileTitleStaysInItsField(CitationFormat format) {
        String stored = RDFParser.fromString(served.get(LISTED + ".ttl").body(), Lang.TURTLE).toGraph()
                .find(NodeFactory.createURI(served.iri(LISTED)), Vocab.TITLE, null).next().getObject().getLiteralLexicalForm();
        assertTrue(stored.contains("}") && stored.contains("@misc{") && stored.contains("%"), stored);
        String body = served.get(LISTED + "." + format.extension()).body();
        String title = switch (format) {
            case BIBTEX -> Parsed.field(only(body), "title");
            case RIS -> {
                List<RISReference> refs = Parsed.ris(body).getReferences();
                assertEquals(1, refs.size());
                yield refs.get(0).getTitle();
            }
            case CSL_JSON -> {
                List<CSLItemData> items = Parsed.cslJson(body);
                assertEquals(1, items.size());
                yield items.get(0).getTitle();
            }
        };
        assertEquals(stored, title);
    }

    private static BibTeXEntry only(String bib) {
        var entries = Parsed.bibtex(bib).getEntries();
        assertEquals(1, entries.size(), bib);
        return entries.values().iterator().next();
    }

    /** The arXiv ids of the papers a SELECT of ?p answers, over HTTP. */
    private static Set<String> arxivIds(String select) {
        String csv = served.get("/sparql?query=" + TestSparqlEndpoints.q(select), "Accept", "text/csv").body();
        return csv.lines().skip(1).map(iri -> iri.substring(iri.lastIndexOf("/paper/") + "/paper/".length()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String arxivId(CSLItemData item) {
        String url = item.getURL();
        return url.substring(url.lastIndexOf("/abs/") + "/abs/".length());
    }
}
