package org.papergraph.convert;

import java.util.List;
import java.util.Locale;

/** What a table column holds, and the header names that say so. */
public enum Column {
    DATE("date", "month", "published", "day"),
    TITLE("title", "name", "paper", "paper name", "paper title", "publication", "article"),
    ABSTRACT("abstract", "summary", "description", "tldr", "tl;dr"),
    TOPICS("topics", "topic", "tags", "tag", "keywords", "keyword", "categories", "category"),
    // "Paper" beside a "Title" column is where the paper is: the title takes its best-named column first.
    LINK("link", "url", "pdf", "arxiv", "arxiv link", "paper link", "links", "paper"),
    CODE("code", "github", "repo", "repository");

    private final List<String> names;

    Column(String... names) { this.names = List.of(names); }

    /** The name used in {@code --columns}: {@code title=Paper}. */
    public String key() { return name().toLowerCase(Locale.ROOT); }

    /** How well a header names this column: 0 best, -1 not at all. */
    int rank(String header) {
        String h = normalise(header);
        for (int i = 0; i < names.size(); i++) if (normalise(names.get(i)).equals(h)) return i;
        return -1;
    }

    /** Case, punctuation, emoji and spacing do not count: "📅 Date", "**Date**:" and "date" are one header. */
    static String normalise(String header) {
        return header.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    public static Column byKey(String key) {
        for (Column c : values()) if (c.key().equals(key.toLowerCase(Locale.ROOT).strip())) return c;
        throw new IllegalArgumentException("unknown column '" + key + "'; known: date, title, abstract, topics, link, code");
    }
}
