package org.papergraph.store.views;

import java.util.List;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;

/**
 * A search as the search page asks it ({@link PaperViews#find}): words, an order, the facets that narrow it, a page;
 * and what it finds: the page of papers, how many in all, and the facets' counts over all of them.
 */
public final class Search {
    /** A year or a month ({@code 2024}, {@code 2024-05}): the bounds of a date range. */
    public static final Pattern YEAR_OR_MONTH = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2]))?");

    public enum Order { RELEVANCE, NEWEST }

    /**
     * What is asked: papers holding every word, on every topic and in every source given (IRIs), dated from
     * {@code from} to {@code to} inclusive ({@link #YEAR_OR_MONTH}, null for open), with code when {@code withCode};
     * {@code limit} of them after {@code offset}.
     */
    public record Ask(String words, Order order, List<String> topics, List<String> sources, String from, String to,
                      boolean withCode, int offset, int limit) {
        public Ask {
            topics = List.copyOf(topics);
            sources = List.copyOf(sources);
            if (from != null && !YEAR_OR_MONTH.matcher(from).matches()) throw new IllegalArgumentException("not a year or month: " + from);
            if (to != null && !YEAR_OR_MONTH.matcher(to).matches()) throw new IllegalArgumentException("not a year or month: " + to);
        }
    }

    /**
     * A facet's value (a topic's or source's IRI, a month {@code 2024-05}, or a year {@code 2024} for papers dated
     * by their year alone) and how many papers found have it.
     */
    public record Count(String value, int count) {}

    /**
     * What was found: how many papers in all, the page asked for, and over all of them the topics and sources (most
     * first), the months (in time order) and how many have code.
     */
    public record Found(int total, List<Node> papers, List<Count> topics, List<Count> sources, List<Count> months,
                        int withCode) {}

    /** Marks the words of one search in texts: escaped first, then each match wrapped ({@link PaperViews#marker}). */
    public interface Marker {
        /**
         * The text escaped, its matches marked; the best passage of about {@code maxChars} when that is more than zero.
         * Null when the text holds none of the words.
         */
        String mark(String text, int maxChars);
    }

    private Search() {}
}
