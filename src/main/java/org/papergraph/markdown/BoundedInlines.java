package org.papergraph.markdown;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.commonmark.internal.InlineParserImpl;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.SourceLines;

/**
 * commonmark's inline parser with a bound on its work: each markup character (a bracket, an emphasis marker...)
 * costs it hundreds of bytes, and a megabyte run of them in one cell exhausts any heap. A block with more of them
 * than {@link #PER_BLOCK}, or past the document's {@link #PER_DOCUMENT}, is kept as plain text and remembered, so
 * the reader can say so. commonmark offers no public way to wrap its inline parser, hence its internal class.
 */
final class BoundedInlines implements InlineParser {
    static final int PER_BLOCK = 1 << 15;
    static final int PER_DOCUMENT = 1 << 17;

    private final InlineParser parser;
    private final Set<Node> plain = Collections.newSetFromMap(new IdentityHashMap<>());
    private int spent;

    BoundedInlines(InlineParserContext context) { this.parser = new InlineParserImpl(context); }

    @Override
    public void parse(SourceLines lines, Node block) {
        String content = lines.getContent();
        int markup = markup(content);
        if (markup > PER_BLOCK || spent + markup > PER_DOCUMENT) {
            block.appendChild(new Text(content));
            plain.add(block);
            return;
        }
        spent += markup;
        parser.parse(lines, block);
    }

    /** Whether the block was kept as plain text, its markup past the bound. */
    boolean keptPlain(Node block) { return plain.contains(block); }

    static int markup(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            switch (s.charAt(i)) {
                case '[', ']', '!', '*', '_', '`', '<', '\\', '&', '~' -> n++;
                default -> { }
            }
        }
        return n;
    }
}
