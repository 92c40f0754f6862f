package org.papergraph.server.html;

import java.util.Locale;

/**
 * A small HTML writer: every text and attribute value passes through {@link #esc}, so nothing from the data can
 * open a tag, close an attribute or start a script. Pages are server-rendered, need no JavaScript, and read on a
 * phone (one column, system fonts, a viewport meta).
 */
public final class Html {
    private final StringBuilder out = new StringBuilder(8192);
    /** What a page adds to its head (meta tags, its canonical URL), said before {@link #begin}. */
    private final StringBuilder head = new StringBuilder();
    /** What the header's search box holds: the words of the search a search page shows. */
    private String searched = "";

    /** The search box every page has: a plain GET form; papergraph's script only fills its suggestions. */
    public static final String SEARCH_PATH = "/search", SUGGEST_SCRIPT = "/search/suggest.js", OPENSEARCH = "/opensearch.xml";
    /** Longest search the box takes (the server refuses longer ones). */
    public static final int MAX_SEARCH = 200;

    /** Escapes text for element content and quoted attribute values alike. */
    public static String esc(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** A link target that can only go somewhere: a path on this server, or an http(s) URL; anything else is dropped. */
    public static String safeHref(String href) {
        if (href == null) return null;
        String h = href.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("/") && !h.startsWith("//")) return href;
        if (h.startsWith("http://") || h.startsWith("https://") || h.startsWith("?") || h.startsWith("#")) return href;
        return null;
    }

    /** Opens a page: head with title, style, alternate formats, and a header bar. */
    public Html begin(String title, String... alternates) {
        out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
           .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
           .append("<title>").append(esc(title)).append(" · papergraph</title>")
           .append("<link rel=\"icon\" href=\"data:,\">") // no favicon request to answer with a 404
           .append("<link rel=\"search\" type=\"application/opensearchdescription+xml\" title=\"papergraph\" href=\"")
           .append(OPENSEARCH).append("\">")
           .append("<script src=\"").append(SUGGEST_SCRIPT).append("\" defer></script>")
           .append("<style>").append(STYLE).append("</style>");
        for (int i = 0; i + 1 < alternates.length; i += 2)
            out.append("<link rel=\"alternate\" type=\"").append(esc(alternates[i])).append("\" href=\"").append(esc(alternates[i + 1])).append("\">");
        out.append(head);
        out.append("</head><body><header><a class=\"home\" href=\"/\">papergraph</a>")
           .append("<nav><a href=\"/topics\">Topics</a> <a href=\"/sources\">Sources</a> <a href=\"/queries\">Queries</a> <a href=\"/sparql\">SPARQL</a></nav>")
           .append("<form class=\"search\" role=\"search\" action=\"").append(SEARCH_PATH).append("\" method=\"get\">")
           .append("<input type=\"search\" name=\"q\" aria-label=\"Search papers\" placeholder=\"Search papers\" maxlength=\"")
           .append(MAX_SEARCH).append("\" list=\"pg-suggest\" autocomplete=\"off\" value=\"").append(esc(searched)).append("\">")
           .append("<datalist id=\"pg-suggest\"></datalist><button>Search</button></form></header><main>");
        return this;
    }

    /** A {@code <meta name content>} in the head (Highwire's {@code citation_*} tags): said before {@link #begin}. */
    public Html meta(String name, String content) {
        head.append("<meta name=\"").append(esc(name)).append("\" content=\"").append(esc(content)).append("\">");
        return this;
    }

    /** The words the header's search box shows (a search page's): said before {@link #begin}. */
    public Html searched(String words) {
        this.searched = words == null ? "" : words;
        return this;
    }

    /** A {@code <link rel href>} in the head (a list's next and previous pages): said before {@link #begin}. */
    public Html relation(String rel, String href) {
        String h = safeHref(href);
        if (h != null) head.append("<link rel=\"").append(esc(rel)).append("\" href=\"").append(esc(h)).append("\">");
        return this;
    }

    /** The page's canonical URL in the head, when it is a safe one: said before {@link #begin}. */
    public Html canonical(String url) {
        String h = safeHref(url);
        if (h != null) head.append("<link rel=\"canonical\" href=\"").append(esc(h)).append("\">");
        return this;
    }

    /** A stylesheet of this server's in the head: said before {@link #begin}. */
    public Html stylesheet(String path) {
        head.append("<link rel=\"stylesheet\" href=\"").append(esc(path)).append("\">");
        return this;
    }

    /** A script of this server's in the head, run once the page is parsed: said before {@link #begin}. */
    public Html script(String path) {
        head.append("<script defer src=\"").append(esc(path)).append("\"></script>");
        return this;
    }

    public Html end() {
        out.append("</main><footer>Linked data by <a href=\"/.well-known/void\">papergraph</a> · ")
           .append("<a href=\"/ontology\">ontology</a> · <a href=\"/sparql\">SPARQL endpoint</a></footer></body></html>\n");
        return this;
    }

    /** Raw markup written by the page itself; never data. */
    public Html raw(String markup) { out.append(markup); return this; }

    public Html text(String s) { out.append(esc(s)); return this; }

    public Html tag(String tag, String text) { out.append('<').append(tag).append('>').append(esc(text)).append("</").append(tag).append('>'); return this; }

    public Html tag(String tag, String cssClass, String text) {
        out.append('<').append(tag).append(" class=\"").append(esc(cssClass)).append("\">").append(esc(text)).append("</").append(tag).append('>');
        return this;
    }

    /** A link; one whose target is not safe is shown as text. */
    public Html link(String href, String text) {
        String h = safeHref(href);
        if (h == null) return text(text);
        out.append("<a href=\"").append(esc(h)).append("\">").append(esc(text)).append("</a>");
        return this;
    }

    /**
     * Structured data for search engines: JSON already serialised. Every {@code <}, {@code >} and {@code &} becomes a
     * JSON escape (they can only be inside strings), so nothing in it can end the script or change how it is parsed.
     */
    public Html jsonLd(String json) {
        out.append("<script type=\"application/ld+json\">").append(inScript(json)).append("</script>");
        return this;
    }

    /** JSON for the page's own script to read from the element {@code id}; escaped as {@link #jsonLd} is, never run. */
    public Html json(String id, String json) {
        out.append("<script type=\"application/json\" id=\"").append(esc(id)).append("\">").append(inScript(json)).append("</script>");
        return this;
    }

    private static String inScript(String json) { return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"); }

    @Override
    public String toString() { return out.toString(); }

    private static final String STYLE = String.join("",
            ":root{color-scheme:light dark;--fg:#1d1d1f;--muted:#6b6b70;--line:#d9d9de;--accent:#0b57d0;--bg:#fff;--chip:#eef2fb}",
            "@media (prefers-color-scheme:dark){:root{--fg:#e8e8ea;--muted:#a0a0a8;--line:#3a3a40;--accent:#8ab4f8;--bg:#151517;--chip:#23262e}}",
            "*{box-sizing:border-box}body{margin:0;font:16px/1.55 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:var(--fg);background:var(--bg)}",
            "header{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:baseline;padding:.8rem 1rem;border-bottom:1px solid var(--line)}",
            "header .home{font-weight:700;font-size:1.1rem;text-decoration:none}header nav a{margin-right:1rem}",
            "main{max-width:52rem;margin:0 auto;padding:1rem}footer{max-width:52rem;margin:2rem auto;padding:1rem;color:var(--muted);font-size:.9rem;border-top:1px solid var(--line)}",
            "a{color:var(--accent)}h1{font-size:1.6rem;line-height:1.25;margin:.5rem 0}h2{font-size:1.15rem;margin-top:2rem}",
            ".meta{color:var(--muted)}.chips{display:flex;flex-wrap:wrap;gap:.4rem;padding:0;list-style:none}",
            ".chips li a{display:inline-block;padding:.15rem .6rem;border-radius:1rem;background:var(--chip);text-decoration:none}",
            "ul.papers{padding-left:1.1rem}ul.papers li{margin:.35rem 0}.count{color:var(--muted);font-size:.9rem}",
            "table{border-collapse:collapse;width:100%;font-size:.95rem}th,td{text-align:left;vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid var(--line)}",
            ".scroll{overflow-x:auto}td{overflow-wrap:anywhere}textarea{width:100%;font:14px/1.4 ui-monospace,monospace}",
            ".formats a{margin-right:.8rem}.abstract{white-space:pre-line}",
            // A wide table scrolls sideways in a box the keyboard can reach (tabindex) and show it has.
            ".scroll:focus-visible{outline:2px solid var(--accent);outline-offset:2px}",
            // On paper: black on white, no navigation, forms or format links; tables whole; where links lead.
            "@media print{:root{--fg:#000;--muted:#333;--line:#999;--accent:#000;--bg:#fff;--chip:#fff}",
            "nav,footer,form,noscript,.formats,#editor{display:none}header{border:0;padding:0}main{max-width:none;padding:0}",
            ".scroll{overflow:visible}h2,h3{break-after:avoid}tr,li{break-inside:avoid}",
            "main a[href^='http']::after{content:' <' attr(href) '>';font-size:.8em;overflow-wrap:anywhere}}",
            "form.search{display:flex;gap:.3rem;flex:1 1 12rem;max-width:26rem}form.search input{flex:1;min-width:0;font:inherit;padding:.2rem .4rem}",
            "mark{background:#ffe58f;color:inherit}@media (prefers-color-scheme:dark){mark{background:#6b5a00}}",
            ".facets{display:flex;flex-wrap:wrap;gap:0 2rem}.facets section{min-width:12rem}.facets h2{font-size:1rem;margin:.8rem 0 .3rem}",
            "figure.chart{margin:1rem 0}figure.chart svg{width:100%;height:auto;display:block}.chart .bar{fill:var(--accent)}",
            ".chart .rest{fill:var(--chip)}.chart text{fill:var(--fg);font-size:12px}.chart a text{fill:var(--accent)}.chart line{stroke:var(--muted)}",
            "figcaption{color:var(--muted);font-size:.9rem}details summary{cursor:pointer;color:var(--muted);font-size:.9rem}");
}
