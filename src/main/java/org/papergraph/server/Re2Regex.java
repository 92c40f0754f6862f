package org.papergraph.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionBase;

/**
 * SPARQL's REGEX and REPLACE (fn:matches, fn:replace) on RE2/J, whose matching time is linear in its input: a
 * pattern cannot backtrack for minutes the way {@code java.util.regex} can. The XPath flags keep their meaning
 * (i, s, m; x drops whitespace outside character classes; q reads the pattern literally). RE2 has no
 * backreferences or lookaround: such a pattern is {@link Refused}.
 */
final class Re2Regex {
    private Re2Regex() {}

    /** A pattern RE2 cannot take; an evaluation error in a row, a bad request when the pattern is in the query. */
    static final class Refused extends ExprEvalException {
        Refused(String message) { super(message); }
    }

    static Pattern compile(String pattern, String flags) {
        int mask = 0;
        boolean literal = false, spaced = false;
        for (char c : (flags == null ? "" : flags).toCharArray()) {
            switch (c) {
                case 'i' -> mask |= Pattern.CASE_INSENSITIVE;
                case 's' -> mask |= Pattern.DOTALL;
                case 'm' -> mask |= Pattern.MULTILINE;
                case 'x' -> spaced = true;
                case 'q' -> literal = true;
                default -> throw new ExprEvalException("Regex: unknown flag '" + c + "' (flags are s, m, i, x, q)");
            }
        }
        String re = literal ? Pattern.quote(pattern) : spaced ? withoutWhitespace(pattern) : pattern;
        try {
            return Pattern.compile(re, mask);
        } catch (PatternSyntaxException e) {
            throw new Refused("Regex pattern \"" + pattern + "\" cannot be used: " + e.getDescription()
                    + " (this server matches with RE2, in linear time: no backreferences, lookaround or possessive quantifiers)");
        }
    }

    /** XPath's x flag: whitespace is dropped, except inside a character class. */
    private static String withoutWhitespace(String pattern) {
        StringBuilder out = new StringBuilder(pattern.length());
        boolean inClass = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                out.append(c).append(pattern.charAt(++i));
                continue;
            }
            if (c == '[') inClass = true;
            else if (c == ']') inClass = false;
            if (inClass || !(c == ' ' || c == '\t' || c == '\n' || c == '\r')) out.append(c);
        }
        return out.toString();
    }

    /** The last few patterns a function compiled: a pattern built per row (CONCAT of a variable) repeats. */
    private static final class Patterns extends LinkedHashMap<String, Pattern> {
        Pattern get(NodeValue pattern, NodeValue flags) {
            String p = string("REGEX", pattern), f = flags == null ? "" : string("REGEX", flags);
            return computeIfAbsent(f + "/" + p, k -> compile(p, f));
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Pattern> eldest) { return size() > 32; }
    }

    private static String string(String fn, NodeValue v) { return NodeValueOps.checkAndGetStringLiteral(fn, v).getLiteralLexicalForm(); }

    /** {@code fn:matches(text, pattern [, flags])}, which REGEX is. */
    static final class Matches extends FunctionBase {
        private final Patterns patterns = new Patterns();

        @Override
        public void checkBuild(String uri, org.apache.jena.sparql.expr.ExprList args) {
            if (args.size() != 2 && args.size() != 3) throw new org.apache.jena.query.QueryBuildException("REGEX takes 2 or 3 arguments");
        }

        @Override
        public NodeValue exec(List<NodeValue> args) {
            String text = string("REGEX", args.get(0));
            Pattern p = patterns.get(args.get(1), args.size() == 3 ? args.get(2) : null);
            return NodeValue.booleanReturn(p.matcher(text).find());
        }
    }

    /** {@code fn:replace(text, pattern, replacement [, flags])}, which REPLACE is; the result keeps the text's kind. */
    static final class Replace extends FunctionBase {
        private final Patterns patterns = new Patterns();

        @Override
        public void checkBuild(String uri, org.apache.jena.sparql.expr.ExprList args) {
            if (args.size() != 3 && args.size() != 4) throw new org.apache.jena.query.QueryBuildException("REPLACE takes 3 or 4 arguments");
        }

        @Override
        public NodeValue exec(List<NodeValue> args) {
            Node text = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(0));
            Pattern p = patterns.get(args.get(1), args.size() == 4 ? args.get(3) : null);
            String replacement = string("REPLACE", args.get(2));
            String in = text.getLiteralLexicalForm();
            String out = replaceAll(p.matcher(in), replacement);
            if (out.equals(in)) return args.get(0);
            String lang = text.getLiteralLanguage();
            return lang.isEmpty() ? NodeValue.makeString(out) : NodeValue.makeLangString(out, lang);
        }

        /** As ARQ does it: every match replaced, an empty match only where nothing else matched first. */
        private static String replaceAll(Matcher m, String replacement) {
            StringBuilder sb = new StringBuilder();
            boolean any = false;
            while (m.find()) {
                if (any && m.start() == m.end()) continue;
                any = true;
                try {
                    m.appendReplacement(sb, replacement);
                } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                    throw new ExprEvalException("REPLACE: bad replacement \"" + replacement + "\": " + e.getMessage());
                }
            }
            m.appendTail(sb);
            return sb.toString();
        }
    }
}
