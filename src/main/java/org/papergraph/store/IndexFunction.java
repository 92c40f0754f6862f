package org.papergraph.store;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.pfunction.PropFuncArgType;
import org.apache.jena.sparql.pfunction.PropertyFunctionBase;

/** A property function answered from the store's {@link TextIndex}, which it finds in the query's context. */
abstract class IndexFunction extends PropertyFunctionBase {
    private final String name;

    IndexFunction(String name, PropFuncArgType subject) {
        super(subject, PropFuncArgType.PF_ARG_LIST);
        this.name = name;
    }

    TextIndex index(ExecutionContext execCxt) {
        TextIndex index = execCxt.getContext().get(TextIndex.SYMBOL);
        if (index == null) throw failure("this dataset has no search index");
        return index;
    }

    /** What was asked cannot be answered as asked: a bad request (HTTP 400), not a failure. */
    IllegalArgumentException refused(String message) {
        return new IllegalArgumentException("pg:" + name + ": " + message);
    }

    QueryExecException failure(String message) {
        return new QueryExecException("pg:" + name + ": " + message);
    }

    /** An integer argument; {@code otherwise} when it is not one (a parameter left unbound). */
    static long integer(Node n, long otherwise) {
        return n != null && n.isLiteral() && n.getLiteralValue() instanceof Number v ? v.longValue() : otherwise;
    }
}
