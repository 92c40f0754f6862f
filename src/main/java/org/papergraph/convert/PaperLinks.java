package org.papergraph.convert;

import java.util.List;
import java.util.Locale;

import org.papergraph.markdown.Cell;

/**
 * Whether a link is to a paper: arXiv in every form, a DOI, OpenReview, the ACL Anthology, the NeurIPS, PMLR and CVF
 * proceedings, the ACM and IEEE libraries, or a PDF. Tells which column of a table holds the paper when no header
 * says so.
 */
final class PaperLinks {
    private PaperLinks() {}

    /** Hosts (and the path they must start with, if any) that serve papers. */
    private static final List<String> PAPER_PLACES = List.of(
            "openreview.net/", "aclanthology.org/", "aclweb.org/anthology", "proceedings.neurips.cc/",
            "papers.nips.cc/", "papers.neurips.cc/", "proceedings.mlr.press/", "openaccess.thecvf.com/",
            "dl.acm.org/doi", "ieeexplore.ieee.org/", "link.springer.com/", "semanticscholar.org/paper");

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
        String lower = url.toLowerCase(Locale.ROOT);
        String place = lower.substring("https://".length());
        for (String p : PAPER_PLACES) if (place.startsWith(p)) return true;
        int end = indexOfAny(lower, '?', '#');
        return (end < 0 ? lower : lower.substring(0, end)).endsWith(".pdf");
    }

    private static int indexOfAny(String s, char a, char b) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == a || s.charAt(i) == b) return i;
        return -1;
    }
}
