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
        if (!isPlainWebLink(s)) {
            try {
                IRIx.create(s); // the IRI grammar, as RIOT checks it when the output is read back (a '[' in a host...)
            } catch (IRIException e) {
                return null;
            }
        }
        return NodeFactory.createURI(s);
    }

    /**
     * The usual link, which the IRI grammar surely accepts, so the (costly) full check is spared: http or https, a
     * host of lower-case DNS labels, no port, and a path of letters, digits and {@code / . _ ~ -} without dot segments.
     */
    static boolean isPlainWebLink(String s) {
        int at = s.startsWith("https://") ? 8 : s.startsWith("http://") ? 7 : -1;
        if (at < 0) return false;
        int label = 0;
        char before = '.';
        for (; at < s.length() && s.charAt(at) != '/'; at++) {
            char c = s.charAt(at);
            if (c == '.') {
                if (label == 0 || before == '-') return false;
                label = 0;
            } else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' && label > 0) {
                if (++label > 63) return false;
            } else {
                return false;
            }
            before = c;
        }
        if (label == 0 || before == '-') return false;
        if (s.indexOf("//", at) >= 0 || s.indexOf("/.", at) >= 0) return false; // no empty or dot segments
        for (int i = at; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "/._~-".indexOf(c) >= 0)) return false;
        }
        return true;
    }
}
