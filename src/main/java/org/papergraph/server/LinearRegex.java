package org.papergraph.server;

import java.util.Set;

import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.function.FunctionFactory;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * Every regular expression a query can run, matched by {@link Re2Regex} (linear time) instead of
 * {@code java.util.regex} (which backtracks, for minutes on a 30-character string, past any timeout).
 * <p>
 * ARQ chooses its regex engine JVM-wide between two backtracking ones, so instead, in one dataset's context: the
 * functions that match ({@code fn:matches}, {@code fn:replace} and their {@code sparql:} twins) are RE2's, and
 * the optimizer first rewrites the built-in REGEX and REPLACE into calls of them. A pattern written in the query
 * is compiled then, so one RE2 cannot take is refused before the query runs.
 */
final class LinearRegex {
    private LinearRegex() {}

    static final String MATCHES = "http://www.w3.org/2005/xpath-functions#matches";
    static final String REPLACE = "http://www.w3.org/2005/xpath-functions#replace";
    private static final Set<String> MATCHERS = Set.of(MATCHES, "http://www.w3.org/ns/sparql#regex");
    private static final Set<String> REPLACERS = Set.of(REPLACE, "http://www.w3.org/ns/sparql#replace");

    /** Makes every query run in {@code context} match with RE2. */
    static void install(Context context) {
        FunctionRegistry.set(context, new Re2Functions(FunctionRegistry.get(context)));

        RewriteFactory optimizer = Optimize.getFactory();
        RewriteFactory rewriteFirst = cxt -> op -> optimizer.create(cxt).rewrite(rewrite(op));
        context.set(ARQConstants.sysOptimizerFactory, rewriteFirst);
    }

    /** The functions of {@code rest} (by default ARQ's, as they are when asked), but the regex ones RE2's. */
    private static final class Re2Functions extends FunctionRegistry {
        private final FunctionRegistry rest;

        Re2Functions(FunctionRegistry rest) { this.rest = rest; }

        @Override
        public FunctionFactory get(String uri) {
            if (MATCHERS.contains(uri)) return u -> new Re2Regex.Matches();
            if (REPLACERS.contains(uri)) return u -> new Re2Regex.Replace();
            return (rest == null ? FunctionRegistry.get() : rest).get(uri);
        }

        @Override
        public boolean isRegistered(String uri) { return get(uri) != null; }
    }

    static Op rewrite(Op op) { return Transformer.transform(new TransformCopy(), new ToRe2(), op); }

    private static final class ToRe2 extends ExprTransformCopy {
        @Override
        public Expr transform(ExprFunctionN func, ExprList args) {
            if (func instanceof E_Regex) return checked(MATCHES, args, 1, 2);
            if (func instanceof E_StrReplace) return checked(REPLACE, args, 1, 3);
            if (func instanceof E_Function f && MATCHERS.contains(f.getFunctionIRI())) return checked(f.getFunctionIRI(), args, 1, 2);
            if (func instanceof E_Function f && REPLACERS.contains(f.getFunctionIRI())) return checked(f.getFunctionIRI(), args, 1, 3);
            return super.transform(func, args);
        }

        /** The call of {@code uri}; a pattern written in the query is compiled now, so RE2's refusal comes first. */
        private static Expr checked(String uri, ExprList args, int pattern, int flags) {
            Expr p = args.size() > pattern ? args.get(pattern) : null;
            Expr f = args.size() > flags ? args.get(flags) : null;
            if (p != null && p.isConstant() && p.getConstant().isString() && (f == null || f.isConstant() && f.getConstant().isString()))
                Re2Regex.compile(p.getConstant().getString(), f == null ? null : f.getConstant().getString());
            return new E_Function(uri, args);
        }
    }
}
