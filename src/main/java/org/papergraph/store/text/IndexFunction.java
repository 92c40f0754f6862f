package org.papergraph.store.text;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.PropFuncArgType;
import org.apache.jena.sparql.pfunction.PropertyFunctionBase;
import org.papergraph.store.QueryRefused;
import org.papergraph.store.views.PaperViews;

/** A property function answered from the store's {@link PaperViews}, which it finds in the query's context. */
abstract class IndexFunction extends PropertyFunctionBase {
    private final String name;

    IndexFunction(String name, PropFuncArgType subject) {
        super(subject, PropFuncArgType.PF_ARG_LIST);
        this.name = name;
    }

    PaperViews views(ExecutionContext execCxt) {
        PaperViews views = execCxt.getContext().get(PaperViews.SYMBOL);
        if (views == null) throw failure("this dataset is not a papergraph store");
        return views;
    }

    /** What was asked cannot be answered as asked: a bad request (HTTP 400), not a failure. */
    QueryRefused refused(String message) {
        return new QueryRefused("pg:" + name + ": " + message);
    }

    QueryExecException failure(String message) {
        return new QueryExecException("pg:" + name + ": " + message);
    }

    /** The arguments, each variable the binding binds put in by its value (ARQ hands them over as written). */
    static List<Node> args(PropFuncArg arg, Binding binding) {
        List<Node> out = new ArrayList<>();
        for (Node n : arg.isList() ? arg.getArgList() : List.of(arg.getArg())) {
            Node v = Var.isVar(n) ? binding.get(Var.alloc(n)) : null;
            out.add(v != null ? v : n);
        }
        return out;
    }

    /** An integer argument; {@code otherwise} when it is not one (a parameter left unbound). */
    static long integer(Node n, long otherwise) {
        return n != null && n.isLiteral() && n.getLiteralValue() instanceof Number v ? v.longValue() : otherwise;
    }
}
