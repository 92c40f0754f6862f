package org.papergraph.convert;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.papergraph.markdown.Cell;

/**
 * Whether a link is to a paper: arXiv in every form, a DOI, OpenReview, the ACL Anthology, the NeurIPS, PMLR and CVF
 * proceedings, another publisher's library, or a PDF. The one place that says so: it tells a list item that links a
 * paper from prose, and which column of a table holds the paper when no header says so.
 */
final class PaperLinks {
    private PaperLinks() {}

    /** Hosts (and their subdomains) whose every page is a paper's. */
    private static final Set<String> PAPER_HOSTS = Set.of("openreview.net", "aclanthology.org", "papers.nips.cc",
            "papers.neurips.cc", "proceedings.neurips.cc", "proceedings.mlr.press", "openaccess.thecvf.com",
            "ieeexplore.ieee.org", "link.springer.com", "sciencedirect.com", "ojs.aaai.org", "ijcai.org", "jmlr.org",
            "biorxiv.org", "medrxiv.org", "nature.com", "science.org");
    /** Hosts whose papers are under one path. */
    private static final List<String> PAPER_PATHS = List.of("aclweb.org/anthology", "dl.acm.org/doi", "semanticscholar.org/paper");

    /**
     * Hosts (and their subdomains) whose pages are about a paper, never the paper: posts, videos, model and demo pages,
     * project pages, code. A row linking only these is known by its title; the links stay links of its paper.
     */
    private static final Set<String> COMPANION_HOSTS = Set.of("twitter.com", "x.com", "youtube.com", "youtu.be",
            "vimeo.com", "bilibili.com", "b23.tv", "huggingface.co", "hf.co", "github.io", "github.com", "gitlab.com");

    /** Whether the cell links a paper, or is one as plain text (an arXiv id, a bare paper URL). */
    static boolean inCell(Cell cell) {
        for (String l : cell.links()) if (isPaper(l)) return true;
        String text = cell.text();
        return !text.isEmpty() && text.indexOf(' ') < 0 && isPaper(text);
    }

    static boolean isPaper(String link) {
        if (ArxivId.parse(link).isPresent() || PaperRef.doi(link) != null) return true;
        String url = PaperRef.normaliseUrl(link);
        if (url == null) return false;
        String place = withoutFragment(url.substring("https://".length()).toLowerCase(Locale.ROOT));
        int slash = place.indexOf('/');
        String host = slash < 0 ? place : place.substring(0, slash);
        if (onHost(host, PAPER_HOSTS)) return true;
        for (String p : PAPER_PATHS) if (place.startsWith(p)) return true;
        int end = place.indexOf('?');
        String path = slash < 0 ? "" : (end < 0 ? place : place.substring(0, end)).substring(slash);
        return path.endsWith(".pdf") || path.contains("/pdf/");
    }

    /** A link of a paper that is not the paper (a tweet, a video, a Hugging Face or project page, code): see above. */
    static boolean isCompanion(String link) {
        String url = PaperRef.normaliseUrl(link);
        if (url == null || isPaper(link)) return false;
        String place = url.substring("https://".length());
        int end = place.indexOf('/');
        return onHost(withoutFragment(end < 0 ? place : place.substring(0, end)), COMPANION_HOSTS);
    }

    private static String withoutFragment(String s) {
        int hash = s.indexOf('#');
        return hash < 0 ? s : s.substring(0, hash);
    }

    private static boolean onHost(String host, Set<String> hosts) {
        for (String h : hosts) // the host or a subdomain of it
            if (host.endsWith(h) && (host.length() == h.length() || host.charAt(host.length() - h.length() - 1) == '.')) return true;
        return false;
    }
}
