package org.papergraph.store.views;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.papergraph.rdf.Vocab;

/**
 * How topics are arranged: the spellings the topics file merged ({@code dcterms:isReplacedBy}) and the broader
 * topics (the file's and the lists' headings', {@code skos:broader}), read from every graph. A topic gathers the
 * topics that reach it by either link, at any depth: {@code ?u (dcterms:isReplacedBy|skos:broader)* ?topic}, as the
 * plain queries say it. Two index scans; a snapshot, like the views that hold it. The statistics count by it too.
 */
public final class TopicTree {
    private final Map<Node, Node> replacedBy = new HashMap<>();
    private final Map<Node, List<Node>> gatheredFrom = new HashMap<>();   // topic → the topics linking straight to it
    private final Map<Node, List<Node>> linksTo = new HashMap<>();        // topic → the topics it links straight to

    /** As the store says now; in the caller's transaction, or a read transaction of its own. */
    public static TopicTree read(DatasetGraph dsg) {
        TopicTree t = new TopicTree();
        Txn.executeRead(dsg, () -> {
            forEach(dsg, Vocab.IS_REPLACED_BY, q -> { t.replacedBy.put(q.getSubject(), q.getObject()); t.link(q.getSubject(), q.getObject()); });
            forEach(dsg, Vocab.BROADER, q -> t.link(q.getSubject(), q.getObject()));
        });
        return t;
    }

    private static void forEach(DatasetGraph dsg, Node p, java.util.function.Consumer<Quad> action) {
        Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, p, Node.ANY);
        try {
            while (it.hasNext()) {
                Quad q = it.next();
                if (q.getObject().isURI() && !q.getObject().equals(q.getSubject())) action.accept(q);
            }
        } finally {
            Iter.close(it);
        }
    }

    private void link(Node from, Node to) {
        List<Node> in = gatheredFrom.computeIfAbsent(to, k -> new ArrayList<>(2));
        if (!in.contains(from)) in.add(from);
        List<Node> out = linksTo.computeIfAbsent(from, k -> new ArrayList<>(2));
        if (!out.contains(to)) out.add(to);
    }

    /** Whether no topic is merged or arranged: every topic gathers only itself. */
    public boolean isFlat() { return gatheredFrom.isEmpty(); }

    /** The topic a merged spelling was merged into, or null when it was not. */
    Node replacement(Node topic) { return replacedBy.get(topic); }

    /** Whether a topic is one of its own: not a spelling merged into another. */
    public boolean isKept(Node topic) { return !replacedBy.containsKey(topic); }

    /** The topic a paper's topic counts as: the one it was merged into, or itself. */
    public Node canonical(Node topic) { return replacedBy.getOrDefault(topic, topic); }

    /** The topic itself and every topic reaching it by merges and broader links, at any depth (cycles end the walk). */
    Set<Node> gathered(Node topic) { return walk(topic, gatheredFrom); }

    /** The topic itself and every topic it reaches: those that gather its papers. */
    public Set<Node> gatheringOf(Node topic) { return walk(topic, linksTo); }

    /** The topics straight under this one (their broader is it, or a spelling of it), as kept topics. */
    List<Node> narrower(Node topic) {
        Set<Node> out = new LinkedHashSet<>();
        for (Node s : spellingsAndSelf(topic))
            for (Node n : gatheredFrom.getOrDefault(s, List.of()))
                if (!s.equals(replacedBy.get(n))) out.add(canonical(n));   // a broader link, not a merge
        out.remove(topic);
        return List.copyOf(out);
    }

    /** The topics straight above this one (or a spelling of it), as kept topics. */
    List<Node> broader(Node topic) {
        Set<Node> out = new LinkedHashSet<>();
        for (Node n : spellingsAndSelf(topic))
            for (Node b : linksTo.getOrDefault(n, List.of()))
                if (!replacedBy.containsKey(n) || !b.equals(replacedBy.get(n))) out.add(canonical(b));
        out.remove(topic);
        return List.copyOf(out);
    }

    /**
     * The kept topics a paper on this topic (as a list spells it) counts under: the topic it was merged into, or
     * itself, and every topic broader than that, at any depth ({@code ?on (dcterms:isReplacedBy|skos:broader)* ?topic},
     * merged spellings left out).
     */
    public Set<Node> countedUnder(Node topic) {
        Set<Node> out = new LinkedHashSet<>();
        for (Node t : gatheringOf(topic)) if (isKept(t)) out.add(t);
        return out;
    }

    /** The kept topic a paper on this topic (as a list spells it) has: the one it was merged into, or itself; null when that is itself merged away. */
    public Node concept(Node topic) {
        Node c = canonical(topic);
        return isKept(c) ? c : null;
    }

    /** The topics a paper on one of them counts under as each did before: the topics whose merges or broader links differ here. */
    public Set<Node> movedFrom(TopicTree before) {
        Set<Node> out = new LinkedHashSet<>();
        Set<Node> nodes = new LinkedHashSet<>(nodes());
        nodes.addAll(before.nodes());
        for (Node t : nodes)
            if (!countedUnder(t).equals(before.countedUnder(t)) || !java.util.Objects.equals(concept(t), before.concept(t))) out.add(t);
        return out;
    }

    /** Every topic a merge or a broader link names. */
    private Set<Node> nodes() {
        Set<Node> out = new LinkedHashSet<>(linksTo.keySet());
        out.addAll(gatheredFrom.keySet());
        return out;
    }

    /** The topic and its merged spellings, as the lists may name it. */
    List<Node> spellingsAndSelf(Node topic) {
        List<Node> out = new ArrayList<>();
        out.add(topic);
        for (Node n : gatheredFrom.getOrDefault(topic, List.of())) if (topic.equals(replacedBy.get(n))) out.add(n);
        return out;
    }

    private static Set<Node> walk(Node from, Map<Node, List<Node>> edges) {
        Set<Node> seen = new LinkedHashSet<>();
        Deque<Node> todo = new ArrayDeque<>();
        todo.add(from);
        while (!todo.isEmpty()) {
            Node n = todo.poll();
            if (seen.add(n)) todo.addAll(edges.getOrDefault(n, List.of()));
        }
        return seen;
    }
}
