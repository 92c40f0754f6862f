package org.papergraph.store.text;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.PropFuncArgType;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.papergraph.rdf.Vocab;
import org.papergraph.store.views.PaperViews;
import org.papergraph.store.views.ViewOrders;

/**
 * {@code (?other ?shared) pg:neighbours (?paper limit)}: the papers sharing most topics with a paper, with how many
 * they share, at most {@code limit} of them, in {@link ViewOrders#MOST_SHARED_FIRST} order (most first, then by
 * IRI); from the store's {@link PaperViews}, the same list as the paper page's related papers.
 */
public final class NeighboursFunction extends IndexFunction {

    public static void register() {
        PropertyFunctionRegistry.get().put(Vocab.NEIGHBOURS.getURI(), uri -> new NeighboursFunction());
    }

    NeighboursFunction() {
        super("neighbours", PropFuncArgType.PF_ARG_LIST);
    }

    @Override
    public QueryIterator exec(Binding binding, PropFuncArg subject, Node predicate, PropFuncArg object,
                              ExecutionContext execCxt) {
        List<Node> vars = args(subject, binding), args = args(object, binding);
        if (vars.size() != 2 || args.isEmpty() || !args.get(0).isURI())
            throw failure("wants (?other ?shared) pg:neighbours (<paper> limit)");
        Node paper = args.get(0);
        int n = (int) Math.min(Integer.MAX_VALUE, integer(args.size() > 1 ? args.get(1) : null, Integer.MAX_VALUE));
        List<PaperViews.Scored> found;
        try {
            found = views(execCxt).neighbours(paper, n);
        } catch (UncheckedIOException | IllegalStateException e) {
            throw failure(e.getMessage());
        }
        List<Binding> out = new ArrayList<>(found.size());
        for (PaperViews.Scored nb : found) {
            BindingBuilder b = BindingBuilder.create(binding);
            if (!bind(b, vars.get(0), nb.node())) continue;
            Node shared = NodeFactory.createLiteralDT(Integer.toString(nb.shared()), XSDDatatype.XSDinteger);
            if (!bind(b, vars.get(1), shared)) continue;
            out.add(b.build());
        }
        return QueryIterPlainWrapper.create(out.iterator(), execCxt);
    }

    /** Binds a variable, or checks a term given in its place. */
    private static boolean bind(BindingBuilder b, Node slot, Node value) {
        if (!Var.isVar(slot)) return slot.equals(value);
        Var v = Var.alloc(slot);
        if (b.contains(v)) return b.get(v).equals(value);
        b.add(v, value);
        return true;
    }
}
