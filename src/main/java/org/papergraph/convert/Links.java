package org.papergraph.convert;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/** Links as curators write them, made safe to write as IRIs. */
final class Links {
    private Links() {}

    /**
     * The link as an IRI node, or null when it cannot be one: no scheme, or a character an IRI may not hold
     * (space, {@code <>"{}|\^`}, controls), which would make the N-Triples written unreadable.
     */
    static Node iriOrNull(String link) {
        String s = link.strip();
        int colon = s.indexOf(':');
        if (colon <= 0 || !Character.isLetter(s.charAt(0))) return null;
        for (int i = 0; i < colon; i++) {
            char c = s.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.') || c > 127) return null;
        }
        for (int i = colon + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= ' ' || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' || c == '\\'
                    || c == '^' || c == '`' || (c >= 0x7F && c <= 0x9F)) return null;
        }
        try {
            IRIx.create(s); // the IRI grammar, as RIOT checks it when the output is read back (a '[' in a host...)
        } catch (IRIException e) {
            return null;
        }
        return NodeFactory.createURI(s);
    }
}
