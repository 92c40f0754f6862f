package org.papergraph.markdown;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Cuts a Markdown file into chunks commonmark can parse one at a time, so a file of any size is read in bounded
 * memory. Small files are one chunk. A large one is cut only where Markdown allows it: at a blank line outside a
 * fenced code block or HTML comment (in a list, only after blank lines and before a line at the margin, so no item
 * is cut in two), or between two lines of a table, whose header the next chunk then carries.
 * Lines the parse shows were cut too early (a table's header without its delimiter row) are handed back to be read
 * again at the head of the next chunk.
 */
final class MarkdownChunker implements AutoCloseable {
    private record Line(String text, int number) {}

    private static final int LONGEST_ITEM = 1_024;
    private static final java.util.regex.Pattern LIST_ITEM = java.util.regex.Pattern.compile("(?:[-*+]|\\d{1,9}[.)])(?:[ \t]|$)");

    private final Utf8Lines in;
    private final int maxLines;
    private final int maxChars;

    private final Deque<Line> pending = new ArrayDeque<>(); // lines read but not yet placed in a chunk
    private String[] carry;          // header and delimiter lines for the next chunk
    private int[] carryLines;
    private boolean inFence;
    private String fence;
    private boolean inComment;
    private boolean inList;          // the last block read is a list, whose items may go on after a blank line
    private Chunk last;              // the chunk handed out last, for handing lines back
    private int[] lastNumbers;
    private boolean lastCutInPipes;  // it ended between two pipe lines
    private int mustTake;            // lines the next chunk takes before it may be cut: more than were handed back

    /** The chunk being built: one buffer for every chunk, not a new megabyte for each (unless a long line grew it). */
    private StringBuilder text = new StringBuilder(1 << 16);

    MarkdownChunker(InputStream input, int maxLines, int maxChars) {
        this.in = new Utf8Lines(input);
        this.maxLines = maxLines;
        this.maxChars = maxChars;
    }

    /** The next chunk to parse, with any carried table header first; null at the end of the file. */
    Chunk next() {
        StringBuilder text = this.text;
        text.setLength(0);
        int carried = 0;
        int[] carriedNumbers = new int[0];
        if (carry != null) {
            for (String l : carry) text.append(l).append('\n');
            carried = carry.length;
            carriedNumbers = carryLines;
            carry = null;
        }
        int count = 0;
        int[] numbers = new int[16];
        String previous = null;
        lastCutInPipes = false;
        while (true) {
            Line line = pending.isEmpty() ? read() : pending.pollFirst();
            if (line == null) break;
            boolean full = count >= Math.max(maxLines, mustTake) || (text.length() >= maxChars && count >= mustTake);
            // An unclosed fence or comment must not make the rest of a large file one chunk.
            boolean overfull = count >= 4 * Math.max(maxLines, mustTake) || text.length() >= 4L * maxChars;
            // A list item runs a few hundred lines at most: one longer is cut, to keep chunks bounded.
            boolean itemTooLong = overfull && (count >= LONGEST_ITEM || text.length() >= 4L * maxChars);
            if (full && count > 0 && canCutBefore(previous, line.text(), overfull, itemTooLong)) {
                pending.addFirst(line);
                lastCutInPipes = line.text().startsWith("|");
                break;
            }
            track(line.text(), previous);
            text.append(line.text()).append('\n');
            if (count == numbers.length) numbers = java.util.Arrays.copyOf(numbers, count * 2);
            numbers[count++] = line.number();
            previous = line.text();
        }
        mustTake = 0;
        if (count == 0) return null;
        lastNumbers = numbers;
        last = new Chunk(text.toString(), numbers[0], carried, carriedNumbers, carried + count);
        if (text.capacity() > 1 << 20) this.text = new StringBuilder(1 << 16); // a long line grew it: not kept while parsed
        return last;
    }

    /**
     * The last chunk ended inside a table: the next one starts with its header. The two lines are copied from the
     * chunk text, where commonmark's source spans found them.
     */
    void carryTableHeader(String headerLine, int headerLineNo, String delimiterLine, int delimiterLineNo) {
        carry = new String[] {headerLine, delimiterLine};
        carryLines = new int[] {headerLineNo, delimiterLineNo};
    }

    /**
     * Whether the last chunk may hand back its last {@code lineCount} lines: only when it was cut between pipe lines
     * (else they are the end of the file), and not so many that a chunk grows past a few times its size.
     */
    boolean canHandBack(int lineCount) { return lastCutInPipes && lineCount <= 4 * Math.max(1, maxLines); }

    /** Hands back the last lines of the last chunk (from chunk line {@code fromChunkLine}) to be read again next. */
    void handBack(List<String> lines, int fromChunkLine) {
        int first = fromChunkLine - last.carriedLines();
        for (int i = lines.size() - 1; i >= 0; i--) pending.addFirst(new Line(lines.get(i), lastNumbers[first + i]));
        mustTake = lines.size() + 1;
    }

    private boolean canCutBefore(String previous, String line, boolean overfull, boolean itemTooLong) {
        if (((inFence || inComment) && !overfull) || previous == null) return false;
        // In a list, a blank line may lie inside an item: the cut waits for a line at the margin after it.
        if (line.isBlank()) return !inList || itemTooLong;
        if (inList && previous.isBlank() && !Character.isWhitespace(line.charAt(0))) return true;
        // Between two lines of what may be a table; whether it was one, the parse of this chunk tells.
        return line.startsWith("|") && previous.startsWith("|");
    }

    /**
     * Follows fenced code blocks and HTML comments, inside which a blank line is not a block boundary. One opened
     * right under a table's row is a stray line the reader blanks (see StrayLines): no fence or comment for us.
     */
    private void track(String line, String previous) {
        String t = line.stripLeading();
        if (!inFence && !inComment && !line.isBlank()) {
            if (LIST_ITEM.matcher(t).lookingAt()) inList = true;
            else if (!Character.isWhitespace(line.charAt(0)) && (previous == null || previous.isBlank())) inList = false;
        }
        if (inFence) {
            if (t.startsWith(fence) && t.substring(fence.length()).isBlank()) inFence = false;
            return;
        }
        if (inComment) {
            if (line.contains("-->")) inComment = false;
            return;
        }
        if (previous != null && StrayLines.isPipeLine(previous)) return;
        if (t.startsWith("```") || t.startsWith("~~~")) {
            char c = t.charAt(0);
            int n = 0;
            while (n < t.length() && t.charAt(n) == c) n++;
            fence = String.valueOf(c).repeat(n);
            inFence = true;
        } else if (t.startsWith("<!--") && !t.contains("-->")) {
            inComment = true;
        }
    }

    private Line read() {
        String text = in.next();
        return text == null ? null : new Line(text, in.lineNumber());
    }

    @Override
    public void close() { in.close(); }
}
