package org.papergraph.convert;

import java.util.ArrayList;
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
 * else its title. Links about the paper (a tweet, a video, a project page: {@link PaperLinks#isCompanion}) never identify
 * it; they are its {@code seeAlso}, but for code repositories, which are its code. {@code link} is the identifying
 * link as written, or for a paper known by its title the first link about it, or null.
 */
record PaperRef(Node iri, ArxivId arxiv, String doi, String link, List<Node> seeAlso) {
    private static final Pattern DOI = Pattern.compile("^(?:doi:|https?://(?:dx\\.)?doi\\.org/)(10\\.\\d{4,9}/\\S+)$",
            Pattern.CASE_INSENSITIVE);

    static PaperRef identify(List<String> links, String title, Iris iris) {
        for (String l : links) {
            Optional<ArxivId> id = ArxivId.parse(l);
            if (id.isPresent()) return new PaperRef(iris.arxivPaper(id.get().id()), id.get(), null, l, seeAlso(links, l));
        }
        for (String l : links) {
            String doi = doi(l);
            if (doi != null) return new PaperRef(iris.webPaper(doiUrl(doi)), null, doi, l, seeAlso(links, l));
        }
        for (String l : links) {
            String url = normaliseUrl(l);
            if (url != null && !PaperLinks.isCompanion(l)) return new PaperRef(iris.webPaper(url), null, null, l, seeAlso(links, l));
        }
        String about = null;
        for (String l : links) if (about == null && PaperLinks.isCompanion(l)) about = l;
        return new PaperRef(iris.titledPaper(titleKey(title)), null, null, about, seeAlso(links, null));
    }

    /** The companion links among {@code links} but the identifying one, as IRIs; code repositories are code instead. */
    private static List<Node> seeAlso(List<String> links, String identifying) {
        if (links.size() == 1 && identifying != null) return List.of(); // the usual row: one link, the paper's
        List<Node> nodes = new ArrayList<>(0);
        for (String l : links) {
            if (l.equals(identifying) || !PaperLinks.isCompanion(l) || !CodeRepos.find(List.of(l)).isEmpty()) continue;
            Node n = Links.iriOrNull(l);
            if (n != null && !nodes.contains(n)) nodes.add(n);
        }
        return nodes;
    }

    /** Whether no link identifies the paper (its {@code link}, if any, is only about it). */
    boolean byTitle() { return arxiv == null && doi == null && (link == null || PaperLinks.isCompanion(link)); }

    /** The DOI a link names, or null (also when its doi.org URL would not be an IRI). */
    static String doi(String link) {
        if (!link.toLowerCase(Locale.ROOT).contains("doi")) return null; // most links: no pattern to try
        Matcher m = DOI.matcher(link.strip());
        return m.matches() && Links.iriOrNull(doiUrl(m.group(1))) != null ? m.group(1) : null;
    }

    static String doiUrl(String doi) { return "https://doi.org/" + doi; }

    /**
     * Scheme and host in lower case, no "www.", no trailing slash, the fragment only when it names a part of the page
     * ({@code #a260}: a write-up among several); null if it is not a web link.
     */
    static String normaliseUrl(String link) {
        String s = hasSpace(link) ? SPACES.matcher(link).replaceAll("") : link;
        int hash = s.indexOf('#');
        String fragment = hash < 0 ? "" : s.substring(hash + 1);
        if (hash >= 0) s = s.substring(0, hash);
        int scheme = s.indexOf("://");
        if (scheme <= 0) return null;
        String proto = s.substring(0, scheme).toLowerCase(Locale.ROOT);
        if (!proto.equals("http") && !proto.equals("https")) return null;
        String rest = s.substring(scheme + 3);
        int slash = rest.indexOf('/');
        String host = (slash < 0 ? rest : rest.substring(0, slash)).toLowerCase(Locale.ROOT);
        if (host.startsWith("www.")) host = host.substring(4);
        String path = slash < 0 ? "" : withoutTrailingSlashes(rest.substring(slash));
        if (host.isEmpty()) return null;
        fragment = partOfPage(fragment, path);
        return "https://" + host + path + (fragment.isEmpty() ? "" : "#" + fragment);
    }

    /**
     * The fragment when it names a part of the page, else "": not a text directive ({@code #:~:text=}), nor parameters
     * ({@code #page=3}, {@code #t=30}), nor a place in a PDF, nor the top of the page or an empty hash route.
     */
    private static String partOfPage(String fragment, String path) {
        int directive = fragment.indexOf(":~:");
        if (directive >= 0) fragment = fragment.substring(0, directive);
        fragment = withoutTrailingSlashes(fragment);
        if (fragment.isEmpty() || PARAMETERS.matcher(fragment).matches() || fragment.equalsIgnoreCase("top")
                || path.toLowerCase(Locale.ROOT).endsWith(".pdf")) return "";
        return fragment;
    }

    private static String withoutTrailingSlashes(String s) {
        int to = s.length();
        while (to > 0 && s.charAt(to - 1) == '/') to--;
        return s.substring(0, to);
    }

    private static boolean hasSpace(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isWhitespace(s.charAt(i))) return true;
        return false;
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern PARAMETERS = Pattern.compile("[\\w.-]+=[^&]*(?:&[\\w.-]+=[^&]*)*");

    /** Titles compared for sameness: case, punctuation and spacing do not count. */
    static String titleKey(String title) {
        String lower = title.toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); ) { // a loop, not a regex: run on every row
            int c = lower.codePointAt(i);
            i += Character.charCount(c);
            if (!isWordChar(c)) gap = true;
            else {
                if (gap && !key.isEmpty()) key.append(' ');
                gap = false;
                key.appendCodePoint(c);
            }
        }
        return key.toString();
    }

    /** A letter or a number, as {@code \p{L}} and {@code \p{N}} say. */
    static boolean isWordChar(int c) {
        if (c < 128) return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

}
