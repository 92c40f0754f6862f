package org.papergraph.markdown;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Finds every table and list in a Markdown file with commonmark-java and its GFM tables extension, and hands out
 * their rows (a list's items, see ListItems) a chunk at a time, each with the section headings above it. Prose, block
 * quotes and badges around them are skipped. Two defects of real
 * lists are caught here, where the Markdown is still at hand: rows after a blank line (Markdown ends the table
 * there and shows them as text) are read as rows of the table above, with a notice; lines that look like a table
 * but lack the delimiter row are reported.
 */
public final class TableReader implements AutoCloseable {
    public static final int CHUNK_LINES = 1_000;
    public static final int CHUNK_CHARS = 2 << 20;

    private final Parser parser = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .inlineParserFactory(context -> inlines = new BoundedInlines(context))
            .build();

    /** What one chunk yielded. */
    public record Batch(List<Row> rows, List<Notice> notices) {}

    private final MarkdownChunker chunker;
    private BoundedInlines inlines; // of the last parse
    private BitSet blanked;         // the stray lines blanked in the chunk being read
    private Table table;           // the table read last
    private String[] tableHead;    // its header and delimiter lines
    private int[] tableHeadLines;
    private final Headings headings = new Headings(); // the sections open where the reader is
    private boolean afterTable;    // the block just read was that table (or rows continuing it)
    private ListBlock openList;    // the list the last chunk ended with, and its table: cut between items, it goes on
    private Table openListTable;
    private int tables;

    public TableReader(InputStream in) {
        this(in, CHUNK_LINES, CHUNK_CHARS);
    }

    TableReader(InputStream in, int chunkLines, int chunkChars) {
        this.chunker = new MarkdownChunker(in, chunkLines, chunkChars);
    }

    /** The rows and notices of the next chunk, or null when the file is done. */
    public Batch next() {
        Chunk chunk = chunker.next();
        if (chunk == null) return null;
        StrayLines.Result read = StrayLines.blank(chunk, parser.parse(chunk.text()), afterTable, parser::parse);
        chunk = read.chunk();
        Node doc = read.doc();
        blanked = read.blanked();
        List<Row> rows = new ArrayList<>();
        List<Notice> notices = new ArrayList<>(read.notices());
        Node end = handBackCutLines(doc, chunk);
        for (Node block = doc.getFirstChild(); block != end; block = block.getNext()) {
            if (block instanceof TableBlock tb) {
                boolean continues = chunk.carriedLines() > 0 && tb.getSourceSpans().get(0).getLineIndex() == 0;
                readTable(tb, chunk, continues, rows, notices);
                afterTable = true;
            } else if (block instanceof Paragraph p && isPipeLines(p, chunk)) {
                readPipeParagraph(p, chunk, rows, notices);
            } else {
                afterTable = false;
                if (block instanceof Heading h) headings.enter(h);
                else if (block instanceof ListBlock list) readList(list, block == doc.getFirstChild(), chunk, rows);
                else if (block instanceof BlockQuote quote) readQuotedLists(quote, chunk, rows);
                readNestedTables(block, chunk, rows, notices);
            }
        }
        carryIfCut(doc, chunk);
        if (end != null || !(doc.getLastChild() instanceof ListBlock)) openList = null;
        return new Batch(rows, notices);
    }

    /** A list; one the chunker cut between items (after a blank line) goes on as the list before the cut. */
    private void readList(ListBlock list, boolean first, Chunk chunk, List<Row> rows) {
        boolean continues = first && openList != null && list.getSourceSpans().get(0).getLineIndex() == 0
                && ListItems.sameList(openList, list);
        openListTable = continues ? ListItems.read(list, openListTable, chunk, headings.path(), rows)
                : ListItems.read(list, chunk, headings.path(), rows);
        openList = list;
    }

    /** How many tables the file had, so far. */
    public int tables() { return tables; }

    private void readTable(TableBlock tb, Chunk chunk, boolean continues, List<Row> rows, List<Notice> notices) {
        List<SourceSpan> spans = tb.getSourceSpans();
        if (!continues) {
            TableRow head = (TableRow) ((TableHead) tb.getFirstChild()).getFirstChild();
            List<String> headers = new ArrayList<>();
            for (Node c = head.getFirstChild(); c != null; c = c.getNext()) headers.add(CellText.of(c).text());
            int headerLine = chunk.fileLine(spans.get(0).getLineIndex());
            table = new Table(headerLine, List.copyOf(headers));
            tables++;
        }
        tableHead = new String[] {spanText(chunk, spans.get(0)), spanText(chunk, spans.get(1))};
        tableHeadLines = new int[] {chunk.fileLine(spans.get(0).getLineIndex()), chunk.fileLine(spans.get(1).getLineIndex())};
        Node body = tb.getLastChild();
        if (!(body instanceof TableBody)) return;
        for (Node r = body.getFirstChild(); r != null; r = r.getNext()) rows.add(readRow((TableRow) r, chunk, notices));
    }

    private Row readRow(TableRow row, Chunk chunk, List<Notice> notices) {
        SourceSpan span = row.getSourceSpans().get(0);
        String line = spanText(chunk, span);
        List<Cell> cells = new ArrayList<>();
        int present = 0;
        int end = 0;
        int lineNo = chunk.fileLine(span.getLineIndex());
        for (Node c = row.getFirstChild(); c != null; c = c.getNext()) {
            cells.add(CellText.of(c));
            if (inlines.keptPlain(c))
                notices.add(new Notice(lineNo, "cell '" + table.headers().get(cells.size() - 1) + "' has more markup ([, *, _, ` ...) than is"
                        + " read in one cell or chunk; read as plain text, its links not followed"));
            List<SourceSpan> cs = ((TableCell) c).getSourceSpans();
            if (!cs.isEmpty()) {
                present++;
                SourceSpan last = cs.get(cs.size() - 1);
                end = last.getInputIndex() + last.getLength() - span.getInputIndex();
            }
        }
        return new Row(table, lineNo, List.copyOf(cells), present, dropped(line, end), line, headings.path());
    }

    /** What the source line has after the last cell commonmark kept: cells past the header's width. */
    private static String dropped(String line, int end) {
        String rest = line.substring(Math.min(end, line.length())).strip();
        if (rest.startsWith("|")) rest = rest.substring(1);
        if (rest.endsWith("|") && !rest.endsWith("\\|")) rest = rest.substring(0, rest.length() - 1);
        rest = rest.strip();
        return rest.replace("|", "").isBlank() ? null : rest;
    }

    /** A paragraph whose every line starts with a pipe: rows cut off from their table, or a table missing its delimiter row. */
    private static boolean isPipeLines(Paragraph p, Chunk chunk) {
        for (SourceSpan s : p.getSourceSpans())
            if (!spanText(chunk, s).stripLeading().startsWith("|")) return false;
        return true;
    }

    private void readPipeParagraph(Paragraph p, Chunk chunk, List<Row> rows, List<Notice> notices) {
        List<SourceSpan> spans = p.getSourceSpans();
        int first = chunk.fileLine(spans.get(0).getLineIndex());
        if (!afterTable || table == null) {
            if (spans.size() > 1)
                notices.add(new Notice(first, "these " + spans.size() + " lines look like a table but have no"
                        + " delimiter row (| --- |) under the first line, so Markdown shows them as text; not read"));
            return;
        }
        StringBuilder text = new StringBuilder(tableHead[0]).append('\n').append(tableHead[1]).append('\n');
        for (SourceSpan s : spans) text.append(spanText(chunk, s)).append('\n');
        Chunk rowsOnly = new Chunk(text.toString(), first, 2, tableHeadLines, 2 + spans.size());
        BoundedInlines chunkInlines = inlines;
        Node doc = parser.parse(rowsOnly.text());
        int before = rows.size();
        if (doc.getFirstChild() instanceof TableBlock tb) readTable(tb, rowsOnly, true, rows, notices);
        inlines = chunkInlines;
        if (rows.size() == before) return;
        // Rows below a stray line blanked have their notice, naming that line, already.
        int above = spans.get(0).getLineIndex() - 1;
        if (above < 0 || !blanked.get(above)) notices.add(new Notice(first, (rows.size() - before) + " row(s) after a blank line, where Markdown ends the"
                + " table at line " + table.headerLine() + "; read as its rows (remove the blank line)"));
    }

    /** Lists inside block quotes (at any depth of quoting) are lists too. */
    private void readQuotedLists(BlockQuote quote, Chunk chunk, List<Row> rows) {
        java.util.ArrayDeque<Node> todo = new java.util.ArrayDeque<>(List.of(quote));
        while (!todo.isEmpty())
            for (Node n = todo.poll().getFirstChild(); n != null; n = n.getNext()) {
                if (n instanceof ListBlock list) ListItems.read(list, chunk, headings.path(), rows);
                else if (n instanceof BlockQuote inner) todo.add(inner);
            }
    }

    /** Tables inside block quotes and list items are tables too; they never continue one another. */
    private void readNestedTables(Node block, Chunk chunk, List<Row> rows, List<Notice> notices) {
        Node n = block.getFirstChild();
        while (n != null) {
            if (n instanceof TableBlock tb) {
                readTable(tb, chunk, false, rows, notices);
                n = skip(n, block);
            } else if (n.getFirstChild() != null) {
                n = n.getFirstChild();
            } else {
                n = skip(n, block);
            }
        }
    }

    private static Node skip(Node n, Node root) {
        while (n != root) {
            if (n.getNext() != null) return n.getNext();
            n = n.getParent();
        }
        return null;
    }

    /**
     * Pipe lines at the very end of a chunk that was cut between pipe lines may be a table's header whose delimiter
     * row is in the next chunk, or rows cut off after a blank line: they are read again there. Returns the block to
     * stop before (null: read them all).
     */
    private Node handBackCutLines(Node doc, Chunk chunk) {
        if (!(doc.getLastChild() instanceof Paragraph p) || !isPipeLines(p, chunk)) return null;
        List<SourceSpan> spans = p.getSourceSpans();
        if (spans.get(spans.size() - 1).getLineIndex() != chunk.lastChunkLine() || !chunker.canHandBack(spans.size()))
            return null;
        List<String> lines = new ArrayList<>();
        for (SourceSpan s : spans) lines.add(spanText(chunk, s));
        chunker.handBack(lines, spans.get(0).getLineIndex());
        return p;
    }

    /** When the chunk ended inside a table, the next chunk starts with its header. */
    private void carryIfCut(Node doc, Chunk chunk) {
        if (doc.getLastChild() instanceof TableBlock tb) {
            List<SourceSpan> spans = tb.getSourceSpans();
            if (spans.get(spans.size() - 1).getLineIndex() == chunk.lastChunkLine())
                chunker.carryTableHeader(tableHead[0], tableHeadLines[0], tableHead[1], tableHeadLines[1]);
        }
    }

    private static String spanText(Chunk chunk, SourceSpan s) {
        return chunk.text().substring(s.getInputIndex(), s.getInputIndex() + s.getLength());
    }

    @Override
    public void close() { chunker.close(); }
}
