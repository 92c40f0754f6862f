package org.papergraph.cite;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.bibtex.BibTeXConverter;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.helper.json.JsonLexer;
import de.undercouch.citeproc.helper.json.JsonParser;
import de.undercouch.citeproc.ris.RISConverter;
import de.undercouch.citeproc.ris.RISLibrary;
import de.undercouch.citeproc.ris.RISParser;

import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.Value;

/**
 * The citation formats read back by real parsers, for the tests: BibTeX by jbibtex (its values' LaTeX to text by
 * jbibtex's LaTeX parser and printer), RIS by citeproc-java's parser, CSL-JSON by citeproc-java's; and each as
 * CSL items rendered by citeproc-java (with a small style of the tests' own), which checks the items' shape.
 */
public final class Parsed {
    private Parsed() {}

    public static BibTeXDatabase bibtex(String text) {
        try {
            return new BibTeXParser().parse(new StringReader(text));
        } catch (Exception e) {
            throw new AssertionError("BibTeX that jbibtex cannot parse: " + e + "\n" + text, e);
        }
    }

    /** A field's value as the text it says, its LaTeX read; null when the entry has no such field. */
    public static String field(BibTeXEntry entry, String name) {
        Value v = entry.getField(new Key(name));
        if (v == null) return null;
        try {
            return new LaTeXPrinter().print(new LaTeXParser().parse(v.toUserString()));
        } catch (Exception e) {
            throw new AssertionError("a field jbibtex cannot read as LaTeX: " + v.toUserString(), e);
        }
    }

    public static RISLibrary ris(String text) {
        try {
            return new RISParser().parse(new StringReader(text));
        } catch (IOException e) {
            throw new AssertionError("RIS that citeproc-java cannot parse: " + e + "\n" + text, e);
        }
    }

    /** CSL-JSON as citeproc-java reads it: each item of the array. */
    public static List<CSLItemData> cslJson(String text) {
        try {
            List<CSLItemData> items = new ArrayList<>();
            for (Object o : new JsonParser(new JsonLexer(new StringReader(text))).parseArray()) {
                @SuppressWarnings("unchecked")
                Map<String, Object> item = (Map<String, Object>) o;
                items.add(CSLItemData.fromJson(item));
            }
            return items;
        } catch (IOException | RuntimeException e) {
            throw new AssertionError("CSL-JSON that citeproc-java cannot read: " + e + "\n" + text, e);
        }
    }

    /** Each format's items as CSL, by citeproc-java's own converters. */
    public static List<CSLItemData> csl(CitationFormat format, String text) {
        return switch (format) {
            case BIBTEX -> new ArrayList<>(new BibTeXConverter().toItemData(bibtex(text)).values());
            case RIS -> new ArrayList<>(new RISConverter().toItemData(ris(text)).values());
            case CSL_JSON -> cslJson(text);
        };
    }

    /** The items as a plain-text bibliography, one entry a line, in the tests' style. */
    public static String render(List<CSLItemData> items) {
        try (InputStream in = Parsed.class.getResourceAsStream("/cite/test-style.csl")) {
            String style = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Map<String, CSLItemData> byId = new LinkedHashMap<>();
            for (CSLItemData i : items) byId.put(i.getId(), i);
            CSL csl = new CSL(new ListItemDataProvider(new ArrayList<>(byId.values())), style);
            csl.setOutputFormat("text");
            csl.registerCitationItems(byId.keySet());
            return csl.makeBibliography().makeString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
