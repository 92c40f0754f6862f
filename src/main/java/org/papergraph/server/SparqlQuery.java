package org.papergraph.server;

import java.util.Locale;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.Responses;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFWriterRegistry;
import org.apache.jena.web.HttpSC;
import org.papergraph.store.QueryRefused;

/**
 * The SPARQL query operation at every address that has one (Fuseki dispatches each alias, with or without a
 * trailing slash, to the operation, not to a path): Fuseki's own, taken under the {@link QueryLimit}, with the
 * client's faults answered as 400s in one line where Fuseki 5.6 gives a 500 and a stack trace.
 */
final class SparqlQuery extends SPARQL_QueryDataset {
    static final String RDF_FORMATS = "Turtle, JSON-LD, N-Triples or RDF/XML";

    private final QueryLimit limit;

    SparqlQuery(QueryLimit limit) { this.limit = limit; }

    @Override
    protected void executeLifecycle(HttpAction action) {
        try (QueryLimit.Turn t = limit.enter(action)) {
            super.executeLifecycle(action);
        } catch (StackOverflowError e) {
            // Parsing and compiling recurse once per level of nesting (each UNION is one): a client's fault.
            ServletOps.errorBadRequest("The query nests too deeply (subqueries, groups or UNIONs) to be evaluated here");
        } catch (Re2Regex.Refused | QueryRefused e) {
            ServletOps.errorBadRequest(e.getMessage());
        }
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        if (query.isConstructType() || query.isDescribeType()) {
            String asked = outputParameter(action);
            if (asked == null) return;
            // A results format (JSON, XML, CSV, TSV) has no graph writer: Fuseki 5.6 fails writing, a 500.
            Lang lang = RDFLanguages.contentTypeToLang(Responses.shortNamesGraph.getOrDefault(asked.toLowerCase(Locale.ROOT), asked));
            if (lang != null && !RDFWriterRegistry.contains(lang))
                ServletOps.error(HttpSC.NOT_ACCEPTABLE_406, (query.isConstructType() ? "A CONSTRUCT" : "A DESCRIBE")
                        + " answers with a graph, as " + RDF_FORMATS + ", not as " + asked);
        }
    }

    /** The format a request names in a parameter, as Fuseki reads it (a parameter overrides Accept). */
    private static String outputParameter(HttpAction action) {
        for (String name : new String[] {"output", "format", "results"}) {
            String v = action.getRequestParameter(name);
            if (v != null) return v.strip();
        }
        return null;
    }
}
