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
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.PropFuncArgType;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.papergraph.rdf.Iris;

/**
 * {@code ?paper pg:search ("words" limit offset)}: the papers whose titles or abstracts hold the words, newest first,
 * enough of them for a page of {@code limit} after {@code offset} (all of them without a limit), from the store's
 * {@link TextIndex}. The query sorts them again with their dates and titles, and pages its own rows.
 */
final class SearchFunction extends IndexFunction {

    /** Registers {@code pg:search} for the store's base; ARQ's property functions are looked up by IRI. */
    static void register(Iris iris) {
        PropertyFunctionRegistry.get().put(iris.term("search").getURI(), uri -> new SearchFunction());
    }

    SearchFunction() {
        super("search", PropFuncArgType.PF_ARG_SINGLE);
    }

    @Override
    public QueryIterator exec(Binding binding, PropFuncArg subject, Node predicate, PropFuncArg object,
                              ExecutionContext execCxt) {
        List<Node> args = object.getArgList();
        if (args.isEmpty() || !args.get(0).isLiteral()) throw failure("wants (\"words\" limit offset)");
        long limit = integer(args.size() > 1 ? args.get(1) : null, -1);
        long n = limit < 0 ? Integer.MAX_VALUE : limit + Math.max(0, integer(args.size() > 2 ? args.get(2) : null, 0));
        List<String> papers;
        try {
            papers = index(execCxt).newest(args.get(0).getLiteralLexicalForm(), (int) Math.min(n, Integer.MAX_VALUE));
        } catch (IllegalArgumentException e) {
            throw refused(e.getMessage());
        } catch (IOException | IllegalStateException e) {
            throw failure(e.getMessage());
        }
        Node s = subject.getArg();
        List<Binding> out = new ArrayList<>(papers.size());
        for (String iri : papers) {
            Node paper = NodeFactory.createURI(iri);
            if (Var.isVar(s)) out.add(BindingFactory.binding(binding, Var.alloc(s), paper));
            else if (s.equals(paper)) out.add(binding);
        }
        return QueryIterPlainWrapper.create(out.iterator(), execCxt);
    }
}
