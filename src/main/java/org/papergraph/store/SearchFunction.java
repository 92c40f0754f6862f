package org.papergraph.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.PropFuncArgType;
import org.apache.jena.sparql.pfunction.PropertyFunctionBase;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.IterLib;
import org.papergraph.rdf.Iris;

/**
 * {@code ?paper pg:search ("words" limit offset)}: the papers whose titles or abstracts hold the words, newest first,
 * enough of them for a page of {@code limit} after {@code offset} (all of them without a limit), from the store's
 * {@link TextIndex}. The query sorts them again with their dates and titles, and pages its own rows.
 */
public final class SearchFunction extends PropertyFunctionBase {

    /** Registers {@code pg:search} for the store's base; ARQ's property functions are looked up by IRI. */
    static void register(Iris iris) {
        PropertyFunctionRegistry.get().put(iris.term("search").getURI(), uri -> new SearchFunction());
    }

    SearchFunction() {
        super(PropFuncArgType.PF_ARG_SINGLE, PropFuncArgType.PF_ARG_LIST);
    }

    @Override
    public QueryIterator exec(Binding binding, PropFuncArg subject, Node predicate, PropFuncArg object,
                              ExecutionContext execCxt) {
        List<Node> args = object.getArgList();
        if (args.isEmpty() || !args.get(0).isLiteral()) throw new QueryExecException("pg:search wants (\"words\" limit offset)");
        TextIndex index = execCxt.getContext().get(TextIndex.SYMBOL);
        if (index == null) throw new QueryExecException("pg:search: this dataset has no search index");
        long n = Long.MAX_VALUE;
        if (args.size() > 1 && isInteger(args.get(1))) {
            long offset = args.size() > 2 && isInteger(args.get(2)) ? integer(args.get(2)) : 0;
            n = Math.max(0, integer(args.get(1))) + Math.max(0, offset);
        }
        List<String> papers;
        try {
            papers = index.newest(args.get(0).getLiteralLexicalForm(), (int) Math.min(n, Integer.MAX_VALUE));
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new QueryExecException("pg:search: " + e.getMessage());
        }
        Node s = subject.getArg();
        List<Binding> out = new ArrayList<>(papers.size());
        for (String iri : papers) {
            Node paper = NodeFactory.createURI(iri);
            if (Var.isVar(s)) out.add(BindingFactory.binding(binding, Var.alloc(s), paper));
            else if (s.equals(paper)) out.add(binding);
        }
        return out.isEmpty() ? IterLib.noResults(execCxt) : QueryIterPlainWrapper.create(out.iterator(), execCxt);
    }

    private static boolean isInteger(Node n) {
        return n.isLiteral() && n.getLiteralValue() instanceof Number;
    }

    private static long integer(Node n) { return ((Number) n.getLiteralValue()).longValue(); }
}
