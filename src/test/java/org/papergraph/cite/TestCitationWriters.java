package org.papergraph.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.ris.RISReference;

import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each citation format, written and read back by a real parser: what a citation says comes back as it was, and
 * text built to break out of a record (braces, percent signs, quotes, {@code @}, backslashes, line breaks, a RIS
 * end tag) stays inside its field of its one record.
 */
class TestCitationWriters {
    static final Citation ARXIV = new Citation("http://localhost:3030/paper/2405.18870",
            "LLMs achieve adult human performance on higher-order theory of mind tasks", List.of("Winnie Street", "John Oliver Siy"),
            "2024-05-31", "2405.18870", "10.48550/arXiv.2405.18870", "https://arxiv.org/abs/2405.18870",
            "https://arxiv.org/pdf/2405.18870", "", "We examine the extent to which LLMs have developed higher-order theory of mind.");
    static final Citation OLD_STYLE = new Citation("http://localhost:3030/paper/hep-th/9901001", "An old paper", List.of(),
            "1999-01", "hep-th/9901001", "10.48550/arXiv.hep-th/9901001", "https://arxiv.org/abs/hep-th/9901001",
            "https://arxiv.org/pdf/hep-th/9901001", "", "");
    /** Every character that means something in BibTeX, LaTeX or RIS, and a line break before what looks like a new record. */
    static final String HOSTILE = "Braces } { and @misc{evil, title={x}} 100% & $5 #1 a_b ^c ~d \\end \"quoted\"\nER  - \nTY  - JOUR";
    static final Citation EVIL = new Citation("http://localhost:3030/paper/title/evil-1", HOSTILE,
            List.of("Ada } and { Lovelace", "Alan, Turing", "Grace\nAU  - Hopper"), "2024", "", "10.1000/x{y}\n%z",
            "https://example.org/a b}", "", "Venue } {", "Abstract \\ } {\r\n@article{");

    @Test
    void bibtexHoldsTheArxivCitation() {
        BibTeXEntry e = only(Parsed.bibtex(CitationFormat.BIBTEX.write(List.of(ARXIV))));
        assertEquals(BibTeXEntry.TYPE_MISC, e.getType());
        assertEquals("street2024llms", e.getKey().getValue());
        assertEquals(ARXIV.title(), Parsed.field(e, "title"));
        assertEquals("Winnie Street and John Oliver Siy", Parsed.field(e, "author"));
        assertEquals("2024", Parsed.field(e, "year"));
        assertEquals("2405.18870", Parsed.field(e, "eprint"));
        assertEquals("arXiv", Parsed.field(e, "archivePrefix"));
        assertEquals("10.48550/arXiv.2405.18870", Parsed.field(e, "doi"));
        assertNull(e.getField(new org.jbibtex.Key("primaryClass")), "a new-style id does not say its class");
        BibTeXEntry old = only(Parsed.bibtex(CitationFormat.BIBTEX.write(List.of(OLD_STYLE))));
        assertEquals("hep-th", Parsed.field(old, "primaryClass"));
        assertEquals("hep-th/9901001", Parsed.field(old, "eprint"));
    }

    @Test
    void risAndCslJsonHoldTheArxivCitation() {
        RISReference r = Parsed.ris(CitationFormat.RIS.write(List.of(ARXIV))).getReferences().get(0);
        assertEquals(ARXIV.title(), r.getTitle());
        assertEquals(List.of("Winnie Street", "John Oliver Siy"), List.of(r.getAuthors()));
        assertEquals("10.48550/arXiv.2405.18870", r.getDOI());
        assertEquals("arXiv:2405.18870", r.getNumber());
        CSLItemData c = Parsed.cslJson(CitationFormat.CSL_JSON.write(List.of(ARXIV))).get(0);
        assertEquals(ARXIV.title(), c.getTitle());
        assertEquals("10.48550/arXiv.2405.18870", c.getDOI());
        assertEquals("arXiv:2405.18870", c.getNumber());
        assertEquals("Winnie Street", c.getAuthor()[0].getLiteral());
        assertEquals(List.of(2024, 5, 31), java.util.Arrays.stream(c.getIssued().getDateParts()[0]).boxed().toList());
    }

    /** citeproc-java renders each format's items, converted by its own converters, to one bibliography entry. */
    @ParameterizedTest
    @EnumSource(CitationFormat.class)
    void citeprocRendersEachFormat(CitationFormat format) {
        String rendered = Parsed.render(Parsed.csl(format, format.write(List.of(ARXIV, OLD_STYLE))));
        assertTrue(rendered.contains("LLMs achieve adult human performance"), rendered);
        assertTrue(rendered.contains("10.48550/arXiv.2405.18870"), rendered);
        assertTrue(rendered.contains("An old paper"), rendered);
        assertEquals(2, rendered.strip().lines().count(), rendered);
    }

    @Test
    void hostileTextStaysInsideItsBibtexField() {
        BibTeXDatabase db = Parsed.bibtex(CitationFormat.BIBTEX.write(List.of(EVIL, ARXIV)));
        assertEquals(2, db.getEntries().size(), "no entry injected");
        BibTeXEntry e = db.getEntries().values().iterator().next();
        assertEquals(HOSTILE.replace('\n', ' '), Parsed.field(e, "title"));
        assertEquals("Venue } {", Parsed.field(e, "howpublished"));
        assertEquals("Abstract \\ } {  @article{", Parsed.field(e, "abstract"));
        assertEquals("Ada } and { Lovelace and Alan, Turing and Grace AU  - Hopper", Parsed.field(e, "author"));
        assertEquals(2, topLevelAnds(e.getField(new org.jbibtex.Key("author")).toUserString()),
                "three names, as BibTeX splits them (at an \"and\" outside braces): an \"and\" inside a name is braced");
        BibTeXEntry two = only(Parsed.bibtex(CitationFormat.BIBTEX.write(List.of(ARXIV))));
        assertEquals(2, Parsed.csl(CitationFormat.BIBTEX, CitationFormat.BIBTEX.write(List.of(ARXIV))).get(0).getAuthor().length,
                "citeproc-java splits them too: " + Parsed.field(two, "author"));
        String bib = CitationFormat.BIBTEX.write(List.of(EVIL));
        assertEquals(bib.chars().filter(c -> c == '{').count(), bib.chars().filter(c -> c == '}').count(),
                "braces balance as BibTeX counts them, escaped or not");
        assertEquals(1, bib.lines().filter(l -> l.startsWith("@")).count(), bib);
    }

    @Test
    void hostileTextStaysInsideItsRisAndCslFields() {
        List<RISReference> refs = Parsed.ris(CitationFormat.RIS.write(List.of(EVIL, ARXIV))).getReferences();
        assertEquals(2, refs.size(), "no record injected");
        assertEquals(HOSTILE.replace('\n', ' '), refs.get(0).getTitle());
        assertEquals(List.of("Ada } and { Lovelace", "Alan, Turing", "Grace AU  - Hopper"), List.of(refs.get(0).getAuthors()));
        assertEquals(ARXIV.title(), refs.get(1).getTitle());
        List<CSLItemData> items = Parsed.cslJson(CitationFormat.CSL_JSON.write(List.of(EVIL, ARXIV)));
        assertEquals(2, items.size());
        assertEquals(HOSTILE, items.get(0).getTitle(), "JSON keeps the line break, escaped");
        assertEquals("Abstract \\ } {\r\n@article{", items.get(0).getAbstrct());
    }

    @Test
    void keysAreUniqueInAFile() {
        String bib = CitationFormat.BIBTEX.write(List.of(ARXIV, ARXIV, ARXIV));
        assertEquals(List.of("street2024llms", "street2024llmsb", "street2024llmsc"),
                Parsed.bibtex(bib).getEntries().keySet().stream().map(k -> k.getValue()).toList());
    }

    /** The words "and" at brace depth 0, where BibTeX splits a list of names. */
    private static int topLevelAnds(String field) {
        int depth = 0, ands = 0;
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '{') depth++;
            else if (c == '}') depth--;
            else if (depth == 0 && field.startsWith(" and ", i)) ands++;
        }
        return ands;
    }

    private static BibTeXEntry only(BibTeXDatabase db) {
        assertEquals(1, db.getEntries().size());
        return db.getEntries().values().iterator().next();
    }
}
