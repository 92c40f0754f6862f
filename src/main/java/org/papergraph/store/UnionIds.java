package org.papergraph.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.papergraph.store.tdb.QuadIds;

/**
 * The union graph in TDB2's node ids ({@link QuadIds}), as the statistics count it: a predicate's triples, each once
 * however many graphs state it. Inside the caller's transaction.
 */
final class UnionIds<I> {
    private final QuadIds<I> quads;
    private final Map<I, Node> decoded = new HashMap<>();

    private UnionIds(QuadIds<I> quads) { this.quads = quads; }

    static UnionIds<?> of(DatasetGraph dsg) { return new UnionIds<>(QuadIds.of(dsg)); }

    Node node(I id) { return decoded.computeIfAbsent(id, quads::node); }

    /** The node's id; null when the store has never held it. */
    I id(Node node) { return quads.id(node); }

    Set<I> subjects(Node predicate, Node object) {
        Set<I> out = new HashSet<>();
        I p = quads.id(predicate), o = quads.id(object);
        if (p == null || o == null) return out;
        scan(p, o, (s, x) -> out.add(s));
        return out;
    }

    /** Each subject's objects of the predicate, for the subjects kept ({@code null}: all). */
    Map<I, List<I>> objects(Node predicate, Set<I> keep) {
        Map<I, List<I>> out = new HashMap<>();
        I p = quads.id(predicate);
        if (p == null) return out;
        scan(p, null, (s, o) -> {
            if (keep == null || keep.contains(s)) out.computeIfAbsent(s, k -> new ArrayList<>(2)).add(o);
        });
        return out;
    }

    /** The predicate's (subject, object) pairs in POSG order, where a triple's copies in other graphs lie together. */
    private void scan(I p, I o, BiConsumer<I, I> action) {
        List<I> last = new ArrayList<>(2); // the last subject and object met
        last.add(null);
        last.add(null);
        quads.find(null, null, p, o, (gi, si, pi, oi) -> {
            if (si.equals(last.get(0)) && oi.equals(last.get(1))) return;
            last.set(0, si);
            last.set(1, oi);
            action.accept(si, oi);
        });
    }
}
