package org.papergraph.query;

import java.io.OutputStream;
import java.util.Locale;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.query.ResultSet;

/** How a canned query's answer is written: SPARQL results formats for SELECT and ASK, Turtle for graphs. */
public enum ResultFormat {
    TABLE("table", "text/plain", ResultSetLang.RS_Text),
    CSV("csv", "text/csv", ResultSetLang.RS_CSV),
    TSV("tsv", "text/tab-separated-values", ResultSetLang.RS_TSV),
    JSON("json", "application/sparql-results+json", ResultSetLang.RS_JSON),
    XML("xml", "application/sparql-results+xml", ResultSetLang.RS_XML),
    TURTLE("turtle", "text/turtle", null);

    public final String name;
    public final String mediaType;
    private final Lang results;

    ResultFormat(String name, String mediaType, Lang results) {
        this.name = name;
        this.mediaType = mediaType;
        this.results = results;
    }

    public static ResultFormat byName(String name) {
        for (ResultFormat f : values()) if (f.name.equals(name.toLowerCase(Locale.ROOT))) return f;
        throw new IllegalArgumentException("unknown format '" + name + "'; known: "
                + String.join(", ", java.util.Arrays.stream(values()).map(f -> f.name).toList()));
    }

    /**
     * Runs the query and writes its answer; a graph (CONSTRUCT, DESCRIBE) is always Turtle, and results (SELECT, ASK)
     * are never Turtle: asked for, that is refused before anything runs. Call in a read transaction.
     */
    public void write(QueryExec exec, OutputStream out) {
        var q = exec.getQuery();
        if (q.isConstructType() || q.isDescribeType()) {
            Graph g = q.isConstructType() ? exec.construct() : exec.describe();
            RDFWriter.source(g).format(RDFFormat.TURTLE_BLOCKS).output(out);
            return;
        }
        if (results == null)
            throw new IllegalArgumentException("a " + (q.isAskType() ? "ASK" : "SELECT") + " query answers with results, as table, csv, tsv, json or xml, not " + name
                    + " (which is for CONSTRUCT and DESCRIBE)");
        if (q.isAskType()) ResultSetMgr.write(out, exec.ask(), results);
        else {
            RowSet rows = exec.select();
            ResultSetMgr.write(out, ResultSet.adapt(rows), results);
        }
    }
}
