package org.papergraph.store.text;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.PropFuncArgType;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.papergraph.rdf.Vocab;
import org.papergraph.store.views.PaperViews;
import org.papergraph.store.views.ViewOrders;

/**
 * The newest papers of a kind ({@link ViewOrders#NEWEST_FIRST}), from the store's {@link PaperViews}, enough of them for a page of {@code limit} after
 * {@code offset} (all of them without a limit); the query sorts them again with their dates and titles, and pages
 * its own rows:
 * <ul>
 * <li>{@code ?paper pg:search ("words" limit offset)}: the papers whose titles or abstracts hold the words;</li>
 * <li>{@code ?paper pg:onTopic (<topic> limit offset)}: the papers on a topic.</li>
 * </ul>
 */
public final class NewestFunction extends IndexFunction {
    private interface Finder {
        List<Node> find(PaperViews views, Node what, int n);
    }

    /** Registers both, once, under their IRIs in papergraph's namespace; ARQ's property functions are looked up by IRI. */
    public static void register() {
        PropertyFunctionRegistry.get().put(Vocab.SEARCH.getURI(), uri -> new NewestFunction("search",
                (views, words, n) -> views.search(words.getLiteralLexicalForm(), n), true));
        PropertyFunctionRegistry.get().put(Vocab.ON_TOPIC.getURI(), uri -> new NewestFunction("onTopic",
                (views, topic, n) -> views.papersOf(topic, 0, n), false));
    }

    private final Finder finder;
    private final boolean literal;

    private NewestFunction(String name, Finder finder, boolean literal) {
        super(name, PropFuncArgType.PF_ARG_SINGLE);
        this.finder = finder;
        this.literal = literal;
    }

    @Override
    public QueryIterator exec(Binding binding, PropFuncArg subject, Node predicate, PropFuncArg object,
                              ExecutionContext execCxt) {
        List<Node> args = args(object, binding);
        if (args.isEmpty() || (literal ? !args.get(0).isLiteral() : !args.get(0).isURI()))
            throw failure(literal ? "wants (\"words\" limit offset)" : "wants (<topic> limit offset)");
        long limit = integer(args.size() > 1 ? args.get(1) : null, -1);
        long n = limit < 0 ? Integer.MAX_VALUE : limit + Math.max(0, integer(args.size() > 2 ? args.get(2) : null, 0));
        List<Node> papers;
        try {
            papers = finder.find(views(execCxt), args.get(0), (int) Math.min(n, Integer.MAX_VALUE));
        } catch (IllegalArgumentException e) {
            throw refused(e.getMessage());
        } catch (UncheckedIOException | IllegalStateException e) {
            throw failure(e.getMessage());
        }
        Node s = args(subject, binding).get(0);
        List<Binding> out = new ArrayList<>(papers.size());
        for (Node paper : papers) {
            if (Var.isVar(s)) out.add(BindingFactory.binding(binding, Var.alloc(s), paper));
            else if (s.equals(paper)) out.add(binding);
        }
        return QueryIterPlainWrapper.create(out.iterator(), execCxt);
    }
}
