package org.papergraph.convert;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.papergraph.rdf.Iris;

/**
 * What identifies the paper a row lists: its arXiv id when any link is to arXiv; else its DOI ({@code doi:10.1000/182}
 * and {@code https://doi.org/10.1000/182} alike); else its first web link (a blog, OpenReview, the ACL Anthology);
 * else its title. {@code link} is the link as written, or null.
 */
record PaperRef(Node iri, ArxivId arxiv, String doi, String link) {
    private static final Pattern DOI = Pattern.compile("^(?:doi:|https?://(?:dx\\.)?doi\\.org/)(10\\.\\d{4,9}/\\S+)$",
            Pattern.CASE_INSENSITIVE);

    static PaperRef identify(List<String> links, String title, Iris iris) {
        for (String l : links) {
            Optional<ArxivId> id = ArxivId.parse(l);
            if (id.isPresent()) return new PaperRef(iris.arxivPaper(id.get().id()), id.get(), null, l);
        }
        for (String l : links) {
            String doi = doi(l);
            if (doi != null) return new PaperRef(iris.webPaper(doiUrl(doi)), null, doi, l);
        }
        for (String l : links) {
            String url = normaliseUrl(l);
            if (url != null) return new PaperRef(iris.webPaper(url), null, null, l);
        }
        return new PaperRef(iris.titledPaper(titleKey(title)), null, null, null);
    }

    /** The DOI a link names, or null (also when its doi.org URL would not be an IRI). */
    static String doi(String link) {
        Matcher m = DOI.matcher(link.strip());
        return m.matches() && Links.iriOrNull(doiUrl(m.group(1))) != null ? m.group(1) : null;
    }

    static String doiUrl(String doi) { return "https://doi.org/" + doi; }

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

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
}
