package org.papergraph.convert;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.papergraph.rdf.Iris;

/**
 * What identifies the paper a row lists: its arXiv id when any link is to arXiv; else its first link (a blog,
 * OpenReview, the ACL Anthology); else its title. {@code link} is the link as written, or null.
 */
record PaperRef(Node iri, ArxivId arxiv, String link) {

    static PaperRef identify(List<String> links, String title, Iris iris) {
        for (String l : links) {
            Optional<ArxivId> id = ArxivId.parse(l);
            if (id.isPresent()) return new PaperRef(iris.arxivPaper(id.get().id()), id.get(), l);
        }
        for (String l : links) {
            String url = normaliseUrl(l);
            if (url != null) return new PaperRef(iris.webPaper(url), null, l);
        }
        return new PaperRef(iris.titledPaper(titleKey(title)), null, null);
    }

    /** Scheme and host in lower case, no "www.", no fragment, no trailing slash; null if it is not a web link. */
    static String normaliseUrl(String link) {
        String s = link.replaceAll("\\s+", "").replaceFirst("#.*$", "");
        int scheme = s.indexOf("://");
        if (scheme <= 0) return null;
        String proto = s.substring(0, scheme).toLowerCase(Locale.ROOT);
        if (!proto.equals("http") && !proto.equals("https")) return null;
        String rest = s.substring(scheme + 3);
        int slash = rest.indexOf('/');
        String host = (slash < 0 ? rest : rest.substring(0, slash)).toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        String path = slash < 0 ? "" : rest.substring(slash).replaceFirst("/+$", "");
        return host.isEmpty() ? null : "https://" + host + path;
    }

    /** Titles compared for sameness: case, punctuation and spacing do not count. */
    static String titleKey(String title) {
        return NOT_WORD.matcher(title.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");
}
