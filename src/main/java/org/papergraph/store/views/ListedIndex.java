package org.papergraph.store.views;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.papergraph.rdf.Vocab;
import org.papergraph.store.views.PaperViews.Change;
import org.papergraph.store.views.PaperViews.Listed;

/**
 * What is new, held in memory: the papers by when they first entered the store, each source's papers by when it
 * first listed them, and the listings by when they last changed; one of the implementations behind
 * {@link PaperViews}, in its orders. Built on first use, from one scan of the history graph and one of the listings
 * (a snapshot of the store as it was then), and after a reload made from the one before ({@link #after}).
 */
final class ListedIndex {
    private final List<Listed> papers;                  // ViewOrders.NEWEST_LISTED_FIRST
    private final Map<Node, List<Listed>> bySource;     // the same order, each source's papers by its first listing of them
    private final List<Change> changes;                 // ViewOrders.LAST_CHANGED_FIRST

    private ListedIndex(List<Listed> papers, Map<Node, List<Listed>> bySource, List<Change> changes) {
        this.papers = papers;
        this.bySource = bySource;
        this.changes = changes;
    }

    static ListedIndex build(DatasetGraph dsg, Node history, BooleanSupplier stop) {
        return Txn.calculateRead(dsg, () -> {
            Map<Node, Instant> firstListed = new HashMap<>(), created = new HashMap<>(), modified = new HashMap<>();
            forEach(dsg, stop, history, Node.ANY, q -> {
                Instant t = instant(q.getObject());
                if (t == null) return;
                if (q.getPredicate().equals(Vocab.FIRST_LISTED)) firstListed.put(q.getSubject(), t);
                else if (q.getPredicate().equals(Vocab.CREATED)) created.put(q.getSubject(), t);
                else if (q.getPredicate().equals(Vocab.MODIFIED)) modified.put(q.getSubject(), t);
            });
            List<Listed> papers = new ArrayList<>(firstListed.size());
            firstListed.forEach((p, t) -> papers.add(new Listed(p, t)));
            papers.sort(ViewOrders.NEWEST_LISTED_FIRST);
            // A listing's quads are in its source's graph: the graph is the source.
            Map<Node, Map<Node, Instant>> firstInSource = new HashMap<>();
            List<Change> changes = new ArrayList<>();
            forEach(dsg, stop, Node.ANY, Vocab.LISTING_OF, q -> {
                Instant added = created.get(q.getSubject()), changed = modified.get(q.getSubject());
                if (added == null || changed == null) return;
                firstInSource.computeIfAbsent(q.getGraph(), k -> new HashMap<>()).merge(q.getObject(), added,
                        (a, b) -> a.isBefore(b) ? a : b);
                changes.add(new Change(q.getSubject(), q.getObject(), q.getGraph(), added, changed));
            });
            changes.sort(ViewOrders.LAST_CHANGED_FIRST);
            Map<Node, List<Listed>> bySource = new HashMap<>();
            firstInSource.forEach((source, first) -> bySource.put(source, newestFirst(first)));
            return new ListedIndex(List.copyOf(papers), bySource, List.copyOf(changes));
        });
    }

    /**
     * This index brought up to date after a reload: the papers touched take their times from the history graph again,
     * and the sources changed their listings; every other entry is kept. Costs lookups for what changed and a
     * copy of the lists.
     */
    ListedIndex after(DatasetGraph dsg, Node history, Changed changed) {
        if (changed.isEmpty()) return this;
        return Txn.calculateRead(dsg, () -> {
            List<Listed> papers = new ArrayList<>(this.papers.size() + changed.papers().size());
            for (Listed l : this.papers) if (!changed.papers().contains(l.paper())) papers.add(l);
            for (Node p : changed.papers()) {
                Instant t = time(dsg, history, p, Vocab.FIRST_LISTED);
                if (t != null) papers.add(new Listed(p, t));
            }
            papers.sort(ViewOrders.NEWEST_LISTED_FIRST); // two sorted runs: merged in one pass
            Map<Node, List<Listed>> bySource = new HashMap<>(this.bySource);
            List<Change> changes = new ArrayList<>(this.changes.size());
            for (Change c : this.changes) if (!changed.sources().contains(c.source())) changes.add(c);
            for (Node source : changed.sources()) {
                bySource.remove(source);
                Map<Node, Instant> first = new HashMap<>();
                forEach(dsg, () -> false, source, Vocab.LISTING_OF, q -> {
                    Instant added = time(dsg, history, q.getSubject(), Vocab.CREATED), at = time(dsg, history, q.getSubject(), Vocab.MODIFIED);
                    if (added == null || at == null) return;
                    first.merge(q.getObject(), added, (a, b) -> a.isBefore(b) ? a : b);
                    changes.add(new Change(q.getSubject(), q.getObject(), source, added, at));
                });
                if (!first.isEmpty()) bySource.put(source, newestFirst(first));
            }
            changes.sort(ViewOrders.LAST_CHANGED_FIRST);
            return new ListedIndex(List.copyOf(papers), bySource, List.copyOf(changes));
        });
    }

    private static List<Listed> newestFirst(Map<Node, Instant> first) {
        List<Listed> l = new ArrayList<>(first.size());
        first.forEach((p, t) -> l.add(new Listed(p, t)));
        l.sort(ViewOrders.NEWEST_LISTED_FIRST);
        return l;
    }

    /** A subject's time in the history graph, or null. */
    private static Instant time(DatasetGraph dsg, Node history, Node s, Node p) {
        Iterator<Quad> it = dsg.find(history, s, p, Node.ANY);
        try {
            return it.hasNext() ? instant(it.next().getObject()) : null;
        } finally {
            Iter.close(it);
        }
    }

    /** An xsd:dateTime as an instant; null for anything else. */
    private static Instant instant(Node n) {
        if (!n.isLiteral()) return null;
        try {
            return Instant.parse(n.getLiteralLexicalForm());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Every quad of the graph (or with the predicate); stops, ending its read transaction, once told to. */
    private static void forEach(DatasetGraph dsg, BooleanSupplier stop, Node g, Node p, java.util.function.Consumer<Quad> action) {
        Iterator<Quad> it = dsg.find(g, Node.ANY, p, Node.ANY);
        try {
            for (long n = 0; it.hasNext(); n++) {
                if ((n & 0xFFF) == 0 && stop.getAsBoolean()) throw new java.util.concurrent.CancellationException("stopped");
                action.accept(it.next());
            }
        } finally {
            Iter.close(it);
        }
    }

    List<Listed> papers() { return papers; }

    List<Listed> papersIn(Node source) { return bySource.getOrDefault(source, List.of()); }

    List<Change> changes() { return changes; }

    static <T> List<T> page(List<T> all, int offset, int limit) {
        if (limit <= 0 || offset < 0 || offset >= all.size()) return List.of();
        return all.subList(offset, (int) Math.min((long) offset + limit, all.size()));
    }

    /** The first {@code limit} after {@code offset} of those kept. */
    static <T> List<T> page(List<T> all, java.util.function.Predicate<T> keep, int offset, int limit) {
        List<T> out = new ArrayList<>();
        int skipped = 0;
        for (T t : all) {
            if (out.size() >= limit) break;
            if (!keep.test(t)) continue;
            if (skipped++ >= offset) out.add(t);
        }
        return out;
    }
}
