package org.papergraph.server;

import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.papergraph.query.CannedQuery;
import org.papergraph.server.html.Html;

/** The canned queries as HTML: the list with a form per query, and an answer as a table linking every IRI. */
final class QueryTable {
    /** Rows shown in a page; the other formats give them all. */
    static final int MAX_ROWS = 1000;
    private final Site site;

    QueryTable(Site site) { this.site = site; }

    String list(List<CannedQuery> all) {
        Html h = new Html().begin("Canned queries");
        h.tag("h1", "Canned queries").tag("p", "meta", "Questions this graph answers, by name; each also as JSON, CSV, TSV or XML.");
        for (CannedQuery q : all) {
            h.raw("<section><h2>").link("/queries/" + q.name(), q.title()).raw("</h2>").tag("p", q.answers());
            if (!q.params().isEmpty()) {
                h.raw("<form action=\"/queries/").text(q.name()).raw("\" method=\"get\">");
                for (CannedQuery.Param p : q.params()) {
                    String d = p.defaultValue().isURI() ? p.defaultValue().getURI() : p.defaultValue().getLiteralLexicalForm();
                    h.raw("<label>").text(p.name() + " ").raw("<input name=\"").text(p.name()).raw("\" value=\"").text(d).raw("\"></label> ");
                    h.tag("span", "count", p.description());
                }
                h.raw(" <button type=\"submit\">Run</button></form>");
            }
            h.raw("<p class=\"formats\">");
            for (String f : new String[] {"json", "csv", "tsv", "xml"}) h.link("/queries/" + q.name() + "?format=" + f, f.toUpperCase());
            h.raw("</p></section>");
        }
        return h.end().toString();
    }

    /** The answer as a table (inside the caller's read transaction); a graph answer as its triples. */
    String render(CannedQuery q, Map<String, String> params, QueryExec exec) {
        Html h = new Html().begin(q.title());
        h.tag("h1", q.title()).tag("p", "meta", q.answers());
        if (!params.isEmpty()) h.tag("p", "meta", "with " + params);
        h.raw("<div class=\"scroll\" tabindex=\"0\"><table>");
        var query = exec.getQuery();
        int rows = 0;
        if (query.isAskType()) {
            h.raw("<tr><td>").text(Boolean.toString(exec.ask())).raw("</td></tr>");
        } else if (query.isSelectType()) {
            RowSet rs = exec.select();
            List<Var> vars = rs.getResultVars();
            h.raw("<tr>");
            for (Var v : vars) h.tag("th", v.getVarName());
            h.raw("</tr>");
            while (rs.hasNext() && rows < MAX_ROWS) {
                Binding b = rs.next();
                rows++;
                h.raw("<tr>");
                for (Var v : vars) cell(h, b.get(v));
                h.raw("</tr>");
            }
        } else {
            Graph g = query.isConstructType() ? exec.construct() : exec.describe();
            for (Triple t : g.find().toList()) {
                if (rows++ >= MAX_ROWS) break;
                h.raw("<tr>");
                cell(h, t.getSubject());
                cell(h, t.getPredicate());
                cell(h, t.getObject());
                h.raw("</tr>");
            }
        }
        h.raw("</table></div>");
        if (rows >= MAX_ROWS) h.tag("p", "meta", "The first " + MAX_ROWS + " rows; the CSV or JSON has them all.");
        h.raw("<details><summary>SPARQL</summary><pre>").text(q.text()).raw("</pre></details>");
        return h.end().toString();
    }

    private void cell(Html h, Node n) {
        h.raw("<td>");
        if (n == null) h.text("");
        else if (n.isURI()) h.link(site.href(n), site.isLocal(n) ? site.href(n) : n.getURI());
        else if (n.isLiteral()) h.text(n.getLiteralLexicalForm());
        else h.text(n.toString());
        h.raw("</td>");
    }
}
