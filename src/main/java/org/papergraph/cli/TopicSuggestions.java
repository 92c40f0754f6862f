package org.papergraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.papergraph.store.views.PaperViews;

/**
 * Likely duplicates among the store's topics, for a curator to paste into {@code topics.md}: the same words once
 * stemmed (Lucene's English analyzer: plurals, -al, -ing; a word that begins another, "small" and "smaller"; the
 * kinds of model lists name alike, LLM, LM and model; a generic last word, "approaches", dropped), one the
 * initials of the other ("PEFT", "Parameter-Efficient Fine-Tuning"), or listed together on most of their papers.
 * Topics already arranged one under the other are left alone: that is curated.
 */
final class TopicSuggestions {
    /** A topic as the store counts it. */
    record Topic(Node iri, String label, int papers) {}

    /** A group of spellings of one topic, the most listed kept, and why they were found. */
    record Merge(Topic kept, List<Topic> spellings, Set<String> why) {}

    private static final Set<String> MODEL_WORDS = Set.of("llm", "lm", "model");
    private static final Set<String> GENERIC = Set.of("approach", "method", "techniqu", "strategi");
    static final double CO_LISTED = 0.6;

    private final Analyzer analyzer = new EnglishAnalyzer();

    List<Merge> suggest(PaperViews views) {
        List<Topic> topics = views.topicsByCount().stream().map(t -> new Topic(t, views.label(t), views.count(t))).toList();
        Map<Node, List<String>> words = new HashMap<>();
        for (Topic t : topics) words.put(t.iri(), stems(t.label()));
        Map<Node, Node> parent = new HashMap<>();   // union-find over the pairs found
        Map<Node, Set<String>> why = new HashMap<>();
        for (int i = 0; i < topics.size(); i++) {
            Topic a = topics.get(i);
            for (int j = i + 1; j < topics.size(); j++) {
                Topic b = topics.get(j);
                String reason = sameWords(words.get(a.iri()), words.get(b.iri())) ? "same words"
                        : initials(a.label(), b.label()) || initials(b.label(), a.label()) ? "an abbreviation" : null;
                if (reason != null && !arranged(views, a.iri(), b.iri())) join(parent, why, a.iri(), b.iri(), reason);
            }
            for (PaperViews.Scored s : views.relatedTopics(a.iri(), Integer.MAX_VALUE)) {
                int other = views.count(s.node());
                double overlap = s.shared() / (double) (a.papers() + other - s.shared());
                if (s.shared() >= 2 && overlap >= CO_LISTED && words.containsKey(s.node()) && !arranged(views, a.iri(), s.node()))
                    join(parent, why, a.iri(), s.node(), "listed together");
            }
        }
        Map<Node, List<Topic>> groups = new LinkedHashMap<>();
        for (Topic t : topics) if (parent.containsKey(t.iri())) groups.computeIfAbsent(root(parent, t.iri()), k -> new ArrayList<>()).add(t);
        List<Merge> out = new ArrayList<>();
        for (List<Topic> g : groups.values()) {
            List<Topic> sorted = g.stream().sorted(Comparator.comparingInt((Topic t) -> -t.papers())
                    .thenComparingInt(t -> t.label().length()).thenComparing(Topic::label)).toList();
            Set<String> reasons = new java.util.TreeSet<>();
            for (Topic t : g) reasons.addAll(why.getOrDefault(t.iri(), Set.of()));
            out.add(new Merge(sorted.get(0), sorted.subList(1, sorted.size()), reasons));
        }
        return out;
    }

    /** The rows, under the table's header, ready for topics.md (whose reader ignores the Why column). */
    static List<String> rows(List<Merge> merges) {
        List<String> out = new ArrayList<>();
        out.add("| Topic | Also written as | Broader | Why |");
        out.add("|---|---|---|---|");
        for (Merge m : merges)
            out.add("| " + cell(m.kept().label()) + " | " + String.join("; ", m.spellings().stream().map(t -> cell(t.label())).toList())
                    + " |  | " + String.join(", ", m.why()) + " (" + String.join(", ", counts(m)) + ") |");
        return out;
    }

    private static List<String> counts(Merge m) {
        List<String> out = new ArrayList<>();
        out.add(m.kept().papers() + " papers");
        for (Topic t : m.spellings()) out.add(t.papers() + "");
        return out;
    }

    private static String cell(String label) { return label.replace("|", "\\|"); }

    /** One under the other already (at any depth): curated, not a duplicate. */
    private static boolean arranged(PaperViews views, Node a, Node b) { return above(views, a, b) || above(views, b, a); }

    private static boolean above(PaperViews views, Node low, Node high) {
        java.util.Deque<Node> todo = new java.util.ArrayDeque<>(List.of(low));
        Set<Node> seen = new java.util.HashSet<>();
        while (!todo.isEmpty()) {
            Node n = todo.poll();
            if (n.equals(high)) return true;
            if (seen.add(n)) todo.addAll(views.broader(n));
        }
        return false;
    }

    /** Each word of one matches a word of the other, once each. */
    static boolean sameWords(List<String> a, List<String> b) {
        if (a.isEmpty() || a.size() != b.size()) return false;
        List<String> left = new ArrayList<>(b);
        for (String w : a) {
            String match = left.stream().filter(v -> alike(w, v)).findFirst().orElse(null);
            if (match == null) return false;
            left.remove(match);
        }
        return true;
    }

    private static boolean alike(String a, String b) {
        if (a.equals(b) || (MODEL_WORDS.contains(a) && MODEL_WORDS.contains(b))) return true;
        String shorter = a.length() <= b.length() ? a : b, longer = shorter == a ? b : a;
        return shorter.length() >= 5 && longer.startsWith(shorter);
    }

    /** Whether {@code abbreviation} (one word, as written) is the initials of {@code words}' words, an s allowed. */
    static boolean initials(String abbreviation, String words) {
        String a = abbreviation.strip();
        if (a.contains(" ") || a.length() < 2) return false;
        StringBuilder first = new StringBuilder();
        for (String w : words.split("[\\s\\-\u2010-\u2015/]+")) if (!w.isEmpty() && Character.isLetter(w.charAt(0))) first.append(w.charAt(0));
        String i = first.toString().toLowerCase(Locale.ROOT), x = a.toLowerCase(Locale.ROOT).replaceFirst("s$", "");
        return i.length() >= 2 && (i.equals(x) || i.equals(a.toLowerCase(Locale.ROOT)));
    }

    /** The label's words, stemmed, stop words and a generic last word dropped. */
    List<String> stems(String label) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("t", label)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (out.size() > 1 && GENERIC.contains(out.get(out.size() - 1))) out.remove(out.size() - 1);
        return out;
    }

    private static void join(Map<Node, Node> parent, Map<Node, Set<String>> why, Node a, Node b, String reason) {
        parent.putIfAbsent(a, a);
        parent.putIfAbsent(b, b);
        Node ra = root(parent, a), rb = root(parent, b);
        if (!ra.equals(rb)) parent.put(rb, ra);
        why.computeIfAbsent(a, k -> new java.util.TreeSet<>()).add(reason);
        why.computeIfAbsent(b, k -> new java.util.TreeSet<>()).add(reason);
    }

    private static Node root(Map<Node, Node> parent, Node n) {
        while (!parent.get(n).equals(n)) n = parent.get(n);
        return n;
    }
}
