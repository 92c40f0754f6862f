package org.papergraph.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.tokens.Token;
import org.apache.jena.riot.tokens.Tokenizer;
import org.apache.jena.riot.tokens.TokenizerText;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * A SPARQL query kept in a file, with a header that says what it is:
 * <pre>
 * # title: Papers on a topic
 * # answers: The papers listed under a topic, newest first.
 * # param: topic = "Alignment" ; the topic's name as the lists write it
 * </pre>
 * Parameters are variables of the query, bound to RDF terms before it runs (never spliced into its text); a
 * parameter's default is an RDF term in Turtle syntax, and a value given for it becomes a term of the same kind.
 * Relative IRIs (a default paper) are resolved against the store's base; {@code pg:} is papergraph's fixed namespace. Parameters named
 * {@code limit} and {@code offset} page the answer.
 */
public record CannedQuery(String name, String title, String answers, List<Param> params, String text) {

    /** A parameter: its variable, its default, what it means. */
    public record Param(String name, Node defaultValue, String description) {}

    private static final Pattern HEADER = Pattern.compile("^#\\s*(title|answers|param):\\s*(.*)$");
    private static final Pattern PARAM = Pattern.compile("(\\w+)\\s*=\\s*(.+?)\\s*(?:;\\s*(.*))?$");

    public static CannedQuery parse(String name, String text) {
        String title = name, answers = "";
        List<Param> params = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (!line.startsWith("#")) break;
            Matcher m = HEADER.matcher(line.strip());
            if (!m.matches()) continue;
            switch (m.group(1)) {
                case "title" -> title = m.group(2).strip();
                case "answers" -> answers = m.group(2).strip();
                default -> {
                    Matcher p = PARAM.matcher(m.group(2).strip());
                    if (!p.matches()) throw new IllegalArgumentException(name + ": bad parameter line: " + line);
                    params.add(new Param(p.group(1), term(p.group(2)), p.group(3) == null ? "" : p.group(3)));
                }
            }
        }
        return new CannedQuery(name, title, answers, List.copyOf(params), text);
    }

    /** An RDF term written in Turtle: {@code "text"}, {@code <iri>}, {@code 42}. */
    private static Node term(String turtle) {
        Tokenizer t = TokenizerText.fromString(turtle);
        Token token = t.next();
        return token.asNode(PrefixMapFactory.emptyPrefixMap());
    }

    /** The query, parsed against the base (so relative IRIs are the store's). */
    public Query query(String base) {
        try {
            return QueryFactory.create(text, base);
        } catch (QueryParseException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage());
        }
    }

    /**
     * Every parameter's value as an RDF term: the one given (a string, made a term of the default's kind) or the
     * default. An unknown parameter is refused.
     */
    public Map<String, Node> bindings(Map<String, String> given, String base) {
        for (String key : given.keySet())
            if (params.stream().noneMatch(p -> p.name().equals(key)))
                throw new IllegalArgumentException(name + " has no parameter '" + key + "'"
                        + (params.isEmpty() ? "" : "; it takes " + String.join(", ", params.stream().map(Param::name).toList())));
        Map<String, Node> out = new LinkedHashMap<>();
        for (Param p : params) {
            String value = given.get(p.name());
            Node d = p.defaultValue().isURI() ? resolve(p.defaultValue().getURI(), base) : p.defaultValue();
            out.put(p.name(), value == null ? d : like(d, value, base));
        }
        return out;
    }

    /** A value given as text, made the same kind of term as the default. */
    private static Node like(Node template, String value, String base) {
        if (template.isURI()) return resolve(value.replaceFirst("^<(.*)>$", "$1"), base);
        if (template.isLiteral() && !template.getLiteralDatatypeURI().equals(org.apache.jena.datatypes.xsd.XSDDatatype.XSDstring.getURI()))
            return NodeFactory.createLiteralDT(value, template.getLiteralDatatype());
        return NodeFactory.createLiteralString(value);
    }

    private static Node resolve(String iri, String base) {
        try {
            return NodeFactory.createURI(IRIx.create(base).resolve(iri).str());
        } catch (IRIException e) {
            throw new IllegalArgumentException("not an IRI: " + iri + " (" + e.getMessage() + ")");
        }
    }

    /** A ready execution over the dataset, parameters bound as terms. */
    public QueryExec exec(DatasetGraph dsg, Map<String, String> given, String base) {
        return QueryExec.dataset(dsg).query(bind(query(base), bindings(given, base))).build();
    }

    /**
     * The query with the parameters put in as terms; {@code limit} and {@code offset}, which page a long answer, are
     * also its LIMIT and OFFSET (SPARQL has no variables there). Used for any query asked with these bindings.
     */
    public static Query bind(Query query, Map<String, Node> bindings) {
        Map<Var, Node> terms = new HashMap<>();
        bindings.forEach((k, v) -> terms.put(Var.alloc(k), v));
        Query bound = QueryTransformOps.transform(query, terms);
        if (bindings.containsKey(LIMIT)) bound.setLimit(count(bindings.get(LIMIT), LIMIT));
        if (bindings.containsKey(OFFSET)) bound.setOffset(count(bindings.get(OFFSET), OFFSET));
        return bound;
    }

    private static final String LIMIT = "limit", OFFSET = "offset";

    /** Most a limit or offset may be: the search index counts its papers in ints, and a page is far smaller. */
    static final long MAX_COUNT = Integer.MAX_VALUE;

    private static long count(Node n, String param) {
        try {
            long v = n.isLiteral() ? Long.parseLong(n.getLiteralLexicalForm()) : -1;
            if (v >= 0 && v <= MAX_COUNT) return v;
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException(param + " must be a whole number from 0 to " + MAX_COUNT + ", not "
                + (n.isLiteral() ? n.getLiteralLexicalForm() : n));
    }
}
