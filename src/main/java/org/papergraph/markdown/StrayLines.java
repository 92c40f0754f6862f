package org.papergraph.markdown;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Function;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.ThematicBreak;

/**
 * A line between a table's rows that ends the table for Markdown and hides the rows below it: a code fence, an HTML
 * block or comment, a block quote, a heading. An unclosed fence or HTML block hides every row to the end of the
 * file. Such a line is blanked, with a notice naming it, and the chunk parsed again: the rows below then follow a
 * blank line, and are read as rows of the table above, as rows after a blank line are. Pipe lines are never
 * blanked, so rows hidden inside the block surface too.
 */
final class StrayLines {
    /**
     * Each stray line costs a parse of the chunk: past this many in one chunk, and this much text parsed again, the
     * rest are named, not read through.
     */
    static final int MAX_PER_CHUNK = 64;
    static final long MAX_REPARSED = 64L << 20;

    record Result(Chunk chunk, Node doc, List<Notice> notices, BitSet blanked) {}

    private record Stray(Node block, int first, int last, int hiddenPipeLines) {}

    private StrayLines() {}

    /** The chunk with its stray lines blanked, its parse, and a notice for each; {@code tableAbove}: a table is open. */
    static Result blank(Chunk chunk, Node doc, boolean tableAbove, Function<String, Node> parser) {
        List<Notice> notices = new ArrayList<>();
        BitSet blanked = new BitSet();
        String[] lines = chunk.text().split("\n", -1);
        for (int pass = 0; ; pass++) {
            Stray s = find(doc, lines, tableAbove);
            if (s == null) return new Result(chunk, doc, notices, blanked);
            int line = chunk.fileLine(s.first());
            if (pass >= MAX_PER_CHUNK && (long) pass * chunk.text().length() > MAX_REPARSED) {
                notices.add(new Notice(line, "another line that ends the table for Markdown (" + pass
                        + " already in this part of the file); the " + s.hiddenPipeLines() + " row(s) it hides are not read"));
                return new Result(chunk, doc, notices, blanked);
            }
            notices.add(new Notice(line, "'" + abbreviate(lines[s.first()].strip()) + "' " + what(s.block(), lines[s.first()])
                    + " ends the table above for Markdown and hides the " + s.hiddenPipeLines()
                    + " row(s) below it; read as its rows (remove the line)"));
            for (int i = s.first(); i <= s.last(); i++) {
                if (!isPipeLine(lines[i])) {
                    lines[i] = "";
                    blanked.set(i);
                }
            }
            chunk = new Chunk(String.join("\n", lines), chunk.firstLine(), chunk.carriedLines(),
                    chunk.carriedLineNumbers(), chunk.lineCount());
            doc = parser.apply(chunk.text());
        }
    }

    /**
     * The first block that starts on the line after a table (or rows continuing it) and hides pipe lines: inside
     * itself, or in a run of them straight after it.
     */
    private static Stray find(Node doc, String[] lines, boolean tableAbove) {
        boolean inTable = tableAbove;
        int previousEnd = -2;
        for (Node block = doc.getFirstChild(); block != null; block = block.getNext()) {
            List<SourceSpan> spans = block.getSourceSpans();
            if (spans.isEmpty()) continue;
            int first = spans.get(0).getLineIndex(), last = spans.get(spans.size() - 1).getLineIndex();
            boolean pipeParagraph = block instanceof Paragraph && allPipeLines(spans, lines);
            if (block instanceof TableBlock) {
                inTable = true;
            } else if (!pipeParagraph) {
                if (inTable && first == previousEnd + 1 && !isPipeLine(lines[first])) {
                    int hidden = 0;
                    for (int i = first + 1; i <= last; i++) if (isPipeLine(lines[i])) hidden++;
                    Node next = block.getNext();
                    if (next instanceof Paragraph p && !p.getSourceSpans().isEmpty()
                            && p.getSourceSpans().get(0).getLineIndex() == last + 1 && allPipeLines(p.getSourceSpans(), lines))
                        hidden += p.getSourceSpans().size();
                    if (hidden > 0) return new Stray(block, first, last, hidden);
                }
                inTable = false;
            }
            previousEnd = last;
        }
        return null;
    }

    private static String what(Node block, String line) {
        if (block instanceof FencedCodeBlock) return "opens a fenced code block, which";
        if (block instanceof HtmlBlock) return line.strip().startsWith("<!--") ? "opens an HTML comment, which" : "starts an HTML block, which";
        if (block instanceof IndentedCodeBlock) return "is indented code, which";
        if (block instanceof BlockQuote) return "starts a block quote, which";
        if (block instanceof Heading) return "is a heading, which";
        if (block instanceof ThematicBreak) return "is a thematic break, which";
        if (block instanceof ListBlock) return "starts a list, which";
        return "starts a " + block.getClass().getSimpleName() + ", which";
    }

    private static boolean allPipeLines(List<SourceSpan> spans, String[] lines) {
        for (SourceSpan s : spans) if (!isPipeLine(lines[s.getLineIndex()])) return false;
        return true;
    }

    static boolean isPipeLine(String line) { return line.stripLeading().startsWith("|"); }

    private static String abbreviate(String s) { return s.length() <= 40 ? s : s.substring(0, 37) + "..."; }
}
