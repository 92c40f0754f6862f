package org.papergraph.server;

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
import org.apache.jena.sparql.util.Context;

/**
 * Every regular expression a query can run, matched by {@link Re2Regex} (linear time) instead of
 * {@code java.util.regex} (which backtracks, for minutes on a 30-character string, past any timeout).
 * <p>
 * ARQ chooses its regex engine JVM-wide between two backtracking ones, so instead, in one dataset's context: the
 * functions that match are RE2's ({@link ServerFunctions}), and the optimizer first rewrites the built-in REGEX and
 * REPLACE into calls of them. A pattern written in the query is compiled then, so one RE2 cannot take is refused
 * before the query runs.
 */
final class LinearRegex {
    private LinearRegex() {}

    /** Makes every query run in {@code context} match with RE2: its functions, and REGEX and REPLACE rewritten to them. */
    static void install(Context context) {
        ServerFunctions.install(context);
        RewriteFactory optimizer = Optimize.getFactory();
        RewriteFactory rewriteFirst = cxt -> op -> optimizer.create(cxt).rewrite(rewrite(op));
        context.set(ARQConstants.sysOptimizerFactory, rewriteFirst);
    }

    static Op rewrite(Op op) { return Transformer.transform(new TransformCopy(), new ToRe2(), op); }

    private static final class ToRe2 extends ExprTransformCopy {
        @Override
        public Expr transform(ExprFunctionN func, ExprList args) {
            if (func instanceof E_Regex) return checked(ServerFunctions.MATCHES, args, 1, 2);
            if (func instanceof E_StrReplace) return checked(ServerFunctions.REPLACE, args, 1, 3);
            if (func instanceof E_Function f && ServerFunctions.MATCHERS.contains(f.getFunctionIRI())) return checked(f.getFunctionIRI(), args, 1, 2);
            if (func instanceof E_Function f && ServerFunctions.REPLACERS.contains(f.getFunctionIRI())) return checked(f.getFunctionIRI(), args, 1, 3);
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
