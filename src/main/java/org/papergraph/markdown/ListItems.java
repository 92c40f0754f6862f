package org.papergraph.markdown;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.BulletList;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * Reads the items of a Markdown list (bulleted or numbered, nested at any depth) as rows of {@link #TABLE}: the
 * item's title, the links it gives as the paper ({@code [[paper](..)]}, {@code [pdf](..)}), its other links (the
 * title's first), and its code, project and badge links. A sub-item labelled with a role other than the paper's
 * ({@code Code: ...}, {@code Project: ...}) belongs to its parent; so does a lone {@code Paper: ...} under an item
 * that names a paper but links none; several are papers of their own, dated by their parent when it is a date
 * ({@code - **[2024.05.20]**}). Whether an item is a paper or prose is the converter's to say.
 */
public final class ListItems {
    /**
     * The columns of a list item's row: title, paper links, other links, code and project links, the date its parent
     * gives, and its whole text in parts (what follows the title: authors, venue, year).
     */
    public static final Table TABLE = new Table(0, List.of("Title", "Paper", "Link", "Code", "Date", "Text"));
    static final int TITLE = 0, PAPER = 1, LINK = 2, CODE = 3, DATE = 4, TEXT = 5;

    private static final Set<String> PAPER_ROLES = Set.of("paper", "pdf", "arxiv", "abs", "openreview", "acl", "doi",
            "full paper", "preprint", "article", "html");
    private static final Set<String> OTHER_ROLES = Set.of("code", "github", "project", "project page", "website",
            "homepage", "page", "video", "slides", "blog", "demo", "dataset", "datasets", "data", "poster", "talk",
            "model", "models", "benchmark", "repo", "tweet", "twitter", "bibtex", "summary", "paper list", "website & demo");
    private static final Pattern LABEL = Pattern.compile("^\\s*([A-Za-z][A-Za-z &]{0,20})\\s*:\\s*");
    /** A quoted title the item leads with, perhaps after a short name and a colon: {@code **PIGLeT**: "PIGLeT: ..."}. */
    private static final Pattern QUOTED = Pattern.compile("^\\s*(?:(?:[^\"\u201C:]{1,60}:|\\[[^\\]]{1,60}\\]|\\([^)]{1,60}\\))\\s*)?[\"\u201C]([^\"\u201D]{2,})[\"\u201D]");
    /** A web address written out, not linked (or in a broken link). */
    private static final Pattern BARE_URL = Pattern.compile("https?://[^\\s()\\[\\]<>\"]+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,;:]+$");
    private static final Pattern LEADING_ASIDE = Pattern.compile("^\\s*(?:\\([^)]{0,80}\\)|\\[[^\\]]{0,80}\\])\\s*");

    private ListItems() {}

    /** One item as read: its row, and what its sub-items said. */
    private record Item(ListItem node, String title, List<List<String>> links, String label, boolean titleByStructure,
                        Cell text) {}

    /** Adds a row for every item of {@code list} and the lists inside it, except the sub-items that join a parent. */
    static Table read(ListBlock list, Chunk chunk, List<Heading> headings, List<Row> rows) {
        return read(list, new Table(chunk.fileLine(list.getSourceSpans().get(0).getLineIndex()), TABLE.headers()), chunk, headings, rows);
    }

    /** As {@link #read(ListBlock, Chunk, List, List)}, the items rows of {@code listTable}: a list cut between chunks is one. */
    static Table read(ListBlock list, Table listTable, Chunk chunk, List<Heading> headings, List<Row> rows) {
        int start = rows.size();
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(list);
        while (!todo.isEmpty()) {
            Node block = todo.pop();
            List<Node> items = new ArrayList<>();
            for (Node n = block.getFirstChild(); n != null; n = n.getNext()) if (n instanceof ListItem) items.add(n);
            for (int i = items.size() - 1; i >= 0; i--) readItem((ListItem) items.get(i), listTable, chunk, headings, rows, todo);
        }
        // Sub-items are read after their parent's siblings: back in line order.
        rows.subList(start, rows.size()).sort(java.util.Comparator.comparingInt(Row::line));
        return listTable;
    }

    /** Whether a row's table is a list's: every list's table shares the headers of {@link #TABLE}. */
    public static boolean isList(Table table) { return table.headers() == TABLE.headers(); }

    /** Whether two lists, one right after the other, are one list to Markdown: the same bullet, or numbers the same way. */
    static boolean sameList(ListBlock a, ListBlock b) {
        if (a instanceof BulletList x && b instanceof BulletList y) return java.util.Objects.equals(x.getMarker(), y.getMarker());
        if (a instanceof OrderedList x && b instanceof OrderedList y) return java.util.Objects.equals(x.getMarkerDelimiter(), y.getMarkerDelimiter());
        return false;
    }

    /** Reads an item as a row of {@code listTable}: each list is a table of its own, so the converter can tell one block from the next. */
    private static void readItem(ListItem node, Table listTable, Chunk chunk, List<Heading> headings, List<Row> rows, Deque<Node> todo) {
        Item item = item(node);
        List<Item> paperSubs = new ArrayList<>();
        List<Node> otherLists = new ArrayList<>();
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            if (!(c instanceof ListBlock sub)) continue;
            boolean keep = false;
            for (Node s = sub.getFirstChild(); s != null; s = s.getNext()) {
                if (!(s instanceof ListItem si)) continue;
                Item subItem = item(si);
                if (subItem.label() != null && OTHER_ROLES.contains(subItem.label())) {
                    for (int k = 0; k < 4; k++) item.links().get(CODE).addAll(subItem.links().get(k));
                } else if (subItem.label() != null && PAPER_ROLES.contains(subItem.label())) {
                    paperSubs.add(subItem);
                } else {
                    keep = true;
                }
            }
            if (keep) otherLists.add(sub);
        }
        boolean linksNone = item.links().get(PAPER).isEmpty() && item.links().get(LINK).isEmpty();
        if (paperSubs.size() == 1 && linksNone && !item.title().isEmpty() && !isDateLike(item.title())) {
            Item p = paperSubs.get(0);
            item.links().get(PAPER).addAll(p.links().get(LINK));
            item.links().get(PAPER).addAll(p.links().get(PAPER));
            item.links().get(CODE).addAll(p.links().get(CODE));
            paperSubs.clear();
        }
        rows.add(row(item, listTable, chunk, headings, ""));
        String date = isDateLike(item.title()) ? item.title() : "";
        for (Item p : paperSubs) rows.add(row(p, listTable, chunk, headings, date));
        // A sub-list with items that are not roles: all its items are read as items of their own.
        for (int i = otherLists.size() - 1; i >= 0; i--) todo.push(otherLists.get(i));
    }

    /** Digits (four in a row among them), spaces and {@code . - / [ ] ( ) * _} only: {@code **[2024.05.20]**}. */
    private static boolean isDateLike(String s) {
        int digits = 0;
        boolean year = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                year |= ++digits >= 4;
            } else {
                digits = 0;
                if (" \t\n\013\f\r.-/[]()*_".indexOf(c) < 0) return false;
            }
        }
        return year;
    }

    private static Row row(Item item, Table listTable, Chunk chunk, List<Heading> headings, String date) {
        SourceSpan span = item.node().getSourceSpans().get(0);
        String line = chunk.text().substring(span.getInputIndex(), span.getInputIndex() + span.getLength());
        Cell title = new Cell(item.title(), List.of(), item.titleByStructure() ? Cell.Marks.whole(item.title()) : Cell.Marks.NONE, List.of());
        List<Cell> cells = List.of(title, cell(item.links().get(PAPER)),
                cell(item.links().get(LINK)), cell(item.links().get(CODE)), new Cell(date, List.of()), item.text());
        return new Row(listTable, chunk.fileLine(span.getLineIndex()), cells, cells.size(), null, line.strip(), headings);
    }

    private static Cell cell(List<String> links) {
        return new Cell("", links.isEmpty() ? List.of() : List.copyOf(new java.util.LinkedHashSet<>(links)));
    }

    /** What an item's own paragraph says: its title and its links by role. */
    private static Item item(ListItem node) {
        List<List<String>> links = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        Paragraph p = null;
        for (Node c = node.getFirstChild(); c != null && p == null; c = c.getNext()) if (c instanceof Paragraph para) p = para;
        if (p == null) return new Item(node, "", links, null, false, Cell.EMPTY);
        StringBuilder text = new StringBuilder(), partText = new StringBuilder();
        CellParts parts = new CellParts(partText);
        int roleAt = -1;
        String leadTitle = null;
        boolean significant = false;
        for (Node n = p.getFirstChild(); n != null; n = n.getNext()) {
            String nodeText = n instanceof Image ? "" : CellText.plain(n);
            Link link = n instanceof Link l ? l : onlyLink(n);
            if (link != null) {
                String role = role(link, nodeText);
                String dest = link.getDestination().strip();
                if (role == null) {
                    if (!dest.isEmpty() && !dest.startsWith("#")) links.get(LINK).add(dest);
                    if (!significant && leadTitle == null && !nodeText.isEmpty()) leadTitle = nodeText;
                } else {
                    if (!dest.isEmpty()) links.get(PAPER_ROLES.contains(role) ? PAPER : CODE).add(dest);
                    if (roleAt < 0) roleAt = text.length();
                    parts.cut();
                    if (link.getFirstChild() instanceof Image badge) parts.next(badge);
                    continue;
                }
            } else if (n instanceof StrongEmphasis && !significant && leadTitle == null && !nodeText.isEmpty()) {
                leadTitle = nodeText;
            } else if (n instanceof Image img) {
                if (roleAt < 0) roleAt = text.length();
                parts.next(img);
                continue;
            } else if (n instanceof Emphasis || n instanceof StrongEmphasis) {
                collectLinks(n, links);
            }
            String shown = nodeText.isEmpty() ? " " : nodeText;
            if (n instanceof Text t) {
                shown = t.getLiteral();
                if (shown.contains("://")) {
                    Matcher u = BARE_URL.matcher(shown);
                    while (u.find()) links.get(LINK).add(TRAILING_PUNCTUATION.matcher(u.group()).replaceFirst(""));
                    shown = BARE_URL.matcher(shown).replaceAll(" ");
                }
            }
            parts.next(n);
            text.append(shown);
            partText.append(shown);
            if (!significant && !isLead(text)) significant = true;
        }
        String all = CellText.collapse(text.toString());
        String head = roleAt < 0 ? all : CellText.collapse(text.substring(0, roleAt));
        String label = null;
        Matcher m = LABEL.matcher(all);
        if (all.indexOf(':') >= 0 && m.lookingAt()) {
            String l = m.group(1).strip().toLowerCase(Locale.ROOT);
            if (PAPER_ROLES.contains(l) || OTHER_ROLES.contains(l)) {
                label = l;
                all = all.substring(m.end());
                head = LABEL.matcher(head).replaceFirst("");
            }
        }
        Matcher quoted = QUOTED.matcher(head);
        boolean isQuoted = (head.indexOf('"') >= 0 || head.indexOf('\u201C') >= 0) && quoted.lookingAt();
        return new Item(node, title(isQuoted ? quoted : null, leadTitle, head), links, label, isQuoted || leadTitle != null,
                new Cell(all, List.of(), Cell.Marks.NONE, parts.end()));
    }

    /** Text that leads an item before its title: space, a role label, an opening quote or bracket, a date or venue aside. */
    private static boolean isLead(CharSequence s) {
        int first = 0;
        while (first < s.length() && Character.isWhitespace(s.charAt(first))) first++;
        if (first == s.length()) return true;
        // Most items start with their title: no aside opens, and no colon ends a label.
        if (s.charAt(first) != '(' && s.charAt(first) != '[' && !hasColon(s)) return false;
        Matcher m = LABEL.matcher(s);
        int from = m.lookingAt() ? m.end() : 0;
        m = LEADING_ASIDE.matcher(s).region(from, s.length());
        if (m.lookingAt()) from = m.end();
        for (int i = from; i < s.length(); i++) if (!Character.isWhitespace(s.charAt(i))) return false;
        return true;
    }

    private static boolean hasColon(CharSequence s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == ':') return true;
        return false;
    }

    /** The title: the quoted one the item leads with ({@code quoted}, or null), its lead, or the text before its links. */
    private static String title(Matcher quoted, String leadTitle, String head) {
        if (quoted != null) return quoted.group(1).strip();
        if (leadTitle != null) return trim(leadTitle);
        head = LEADING_ASIDE.matcher(head).replaceFirst("");
        return trim(head);
    }

    /** Without the brackets, quotes and separators a title is set off with (a loop: no regex backtracks on runs of them). */
    private static String trim(String s) {
        int from = 0, to = s.length();
        while (from < to && (Character.isWhitespace(s.charAt(from)) || "[(\"*".indexOf(s.charAt(from)) >= 0)) from++;
        while (to > from && (Character.isWhitespace(s.charAt(to - 1)) || "[(,;:\u2014\u2013-".indexOf(s.charAt(to - 1)) >= 0)) to--;
        return s.substring(from, to);
    }

    /** The role a link's text names ("code", "[pdf]", a badge), or null when its text is a title. */
    /** The role a link's text names ({@code text} is its text as read), or null. */
    private static String role(Link link, String text) {
        Node first = link.getFirstChild();
        if (first instanceof Image) return "badge";
        if (text.length() > 40) return null; // a title, not a role: no role's name is this long
        String t = NOT_ROLE.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("").strip();
        if (t.isEmpty()) return "badge";
        if (PAPER_ROLES.contains(t) || OTHER_ROLES.contains(t)) return t;
        return t.endsWith(" code") && t.length() <= 20 ? "code" : null; // "PyTorch Code", "Official Code"
    }

    private static final Pattern NOT_ROLE = Pattern.compile("[\\[\\]()\\p{So}\\p{Sk}:]");

    private static Link onlyLink(Node n) {
        if (!(n instanceof Emphasis || n instanceof StrongEmphasis)) return null;
        return n.getFirstChild() instanceof Link l && l.getNext() == null ? l : null;
    }

    private static void collectLinks(Node n, List<List<String>> links) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNext())
            if (c instanceof Link l && !l.getDestination().isBlank()) links.get(role(l, CellText.plain(l)) == null ? LINK : CODE).add(l.getDestination().strip());
    }
}
