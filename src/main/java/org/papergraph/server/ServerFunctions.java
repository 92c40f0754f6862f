package org.papergraph.server;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.function.FunctionFactory;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.pfunction.PFuncSimpleAndList;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.PropertyFunctionFactory;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.IterLib;

/**
 * The functions a query may call on this server: ARQ's (as its registries hold them when asked, papergraph's own
 * property functions among them), except that every one taking a regular expression matches with {@link Re2Regex}
 * ({@code fn:matches}, {@code fn:replace}, their {@code sparql:} twins and {@code apf:strSplit}, which would
 * otherwise backtrack past any timeout), and that no {@code java:} IRI loads a class by name: a query names only
 * functions registered here.
 */
final class ServerFunctions {
    private ServerFunctions() {}

    static final String MATCHES = "http://www.w3.org/2005/xpath-functions#matches";
    static final String REPLACE = "http://www.w3.org/2005/xpath-functions#replace";
    static final Set<String> MATCHERS = Set.of(MATCHES, "http://www.w3.org/ns/sparql#regex");
    static final Set<String> REPLACERS = Set.of(REPLACE, "http://www.w3.org/ns/sparql#replace");
    private static final Set<String> SPLITTERS = Set.of("http://jena.apache.org/ARQ/property#strSplit",
            "http://jena.hpl.hp.com/ARQ/property#strSplit");

    /** Makes every query run in {@code context} call these functions. */
    static void install(Context context) {
        FunctionRegistry.set(context, new Functions(FunctionRegistry.get(context)));
        PropertyFunctionRegistry.set(context, new PropertyFunctions());
    }

    private static boolean loadsAClass(String uri) { return uri.startsWith(ARQConstants.javaClassURIScheme); }

    private static final class Functions extends FunctionRegistry {
        private final FunctionRegistry rest;

        Functions(FunctionRegistry rest) { this.rest = rest; }

        @Override
        public FunctionFactory get(String uri) {
            if (MATCHERS.contains(uri)) return u -> new Re2Regex.Matches();
            if (REPLACERS.contains(uri)) return u -> new Re2Regex.Replace();
            if (loadsAClass(uri)) return null;
            return (rest == null ? FunctionRegistry.get() : rest).get(uri);
        }

        @Override
        public boolean isRegistered(String uri) { return get(uri) != null; }
    }

    /** ARQ's global property functions, read when asked: papergraph registers its own there once, when Store loads. */
    private static final class PropertyFunctions extends PropertyFunctionRegistry {
        @Override
        public PropertyFunctionFactory get(String uri) {
            if (SPLITTERS.contains(uri)) return u -> new Re2Split();
            if (loadsAClass(uri)) return null;
            return PropertyFunctionRegistry.get().get(uri);
        }

        @Override
        public boolean manages(String uri) { return get(uri) != null; }

        @Override
        public boolean isRegistered(String uri) { return get(uri) != null; }

        @Override
        public Iterator<String> keys() { return PropertyFunctionRegistry.get().keys(); }
    }

    /** {@code ?piece apf:strSplit (text pattern)}: ARQ's, with the pattern matched by RE2. */
    private static final class Re2Split extends PFuncSimpleAndList {
        @Override
        public QueryIterator execEvaluated(Binding binding, Node subject, Node predicate, PropFuncArg object, ExecutionContext cxt) {
            if (object.getArgListSize() != 2) throw new ExprEvalException("strSplit takes a text and a pattern");
            Node text = object.getArg(0), pattern = object.getArg(1);
            if (!text.isLiteral() || !pattern.isLiteral()) return IterLib.noResults(cxt);
            String[] pieces = Re2Regex.compile(pattern.getLiteralLexicalForm(), null).split(text.getLiteralLexicalForm());
            if (!Var.isVar(subject)) {
                boolean found = subject.isLiteral() && Arrays.asList(pieces).contains(subject.getLiteralLexicalForm());
                return found ? IterLib.result(binding, cxt) : IterLib.noResults(cxt);
            }
            Var var = Var.alloc(subject);
            Iterator<Binding> rows = Arrays.stream(pieces)
                    .map(p -> BindingFactory.binding(binding, var, NodeFactory.createLiteralString(p))).iterator();
            return QueryIterPlainWrapper.create(rows, cxt);
        }
    }
}
