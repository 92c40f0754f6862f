package org.papergraph.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a table column holds, and the header names that say so: the role's own name first, then its synonyms, in
 * English and Chinese. A header may also be compound ({@code Title & Authors}, {@code Paper / Code}): each of its
 * parts is matched on its own.
 */
public enum Column {
    DATE("date", "month", "published", "day", "year", "日期", "时间", "发表时间", "发布时间", "月份", "年份", "年"),
    TITLE("title", "name", "paper", "paper name", "paper title", "publication", "article",
            "标题", "题目", "论文", "名称", "论文标题", "论文题目", "论文名称"),
    ABSTRACT("abstract", "summary", "description", "tldr", "tl;dr", "摘要", "简介", "描述", "概要", "总结"),
    TOPICS("topics", "topic", "tags", "tag", "keywords", "keyword", "categories", "category",
            "标签", "关键词", "关键字", "主题", "分类", "类别"),
    // "Paper" beside a "Title" column is where the paper is: the title takes its best-named column first.
    LINK("link", "url", "pdf", "arxiv", "arxiv link", "paper link", "links", "paper", "链接", "论文链接", "地址", "论文"),
    CODE("code", "github", "repo", "repository", "代码", "仓库", "代码仓库", "源码"),
    AUTHORS("authors", "author", "authors list", "作者", "作者列表"),
    VENUE("venue", "conference", "journal", "conf", "published in", "publication venue", "proceedings",
            "会议", "期刊", "发表", "会议期刊", "发表会议", "发表于");

    /** What separates the parts of a compound header: {@code &}, {@code /}, {@code +}, commas, "and", 与/和/及. */
    private static final Pattern PARTS = Pattern.compile("\\s*(?:[&/+,;、，；／＆|]|\\band\\b|与|和|及)\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    private final List<String> names;

    Column(String... names) {
        List<String> n = new ArrayList<>();
        for (String s : names) n.add(normalise(s));
        this.names = List.copyOf(n);
    }

    /** The name used in {@code --columns}: {@code title=Paper}. */
    public String key() { return name().toLowerCase(Locale.ROOT); }

    /**
     * Whether this role may read a cell another role reads too (a compound "Paper / Code" or "Title & Authors"
     * header): the code's links, the authors and venue beside the title.
     */
    boolean sharesCell() { return this == CODE || this == AUTHORS || this == VENUE; }

    /** How well a header names this column: 0 best (the role's own name), higher a synonym, -1 not at all. */
    int rank(String header) { return names.indexOf(normalise(header)); }

    /** How well a part of a compound header names this column, as {@link #rank}; -1 when the header is not compound. */
    int partRank(String header) {
        List<String> parts = parts(header);
        if (parts.size() < 2) return -1;
        int best = -1;
        for (String p : parts) {
            int r = rank(p);
            if (r >= 0 && (best < 0 || r < best)) best = r;
        }
        return best;
    }

    /** The parts of a compound header, as written: "Title & Authors" is [Title, Authors]; a plain header is itself. */
    static List<String> parts(String header) {
        List<String> parts = new ArrayList<>();
        for (String p : PARTS.split(header)) if (!normalise(p).isEmpty()) parts.add(p.strip());
        return parts;
    }

    /** Case, punctuation, emoji and spacing do not count: "📅 Date", "**Date**:" and "date" are one header. */
    static String normalise(String header) {
        return header.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    public static Column byKey(String key) {
        for (Column c : values()) if (c.key().equals(key.toLowerCase(Locale.ROOT).strip())) return c;
        List<String> keys = new ArrayList<>();
        for (Column c : values()) keys.add(c.key());
        throw new IllegalArgumentException("unknown column '" + key + "'; known: " + String.join(", ", keys));
    }
}
