package org.papergraph.markdown;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Cuts a Markdown file into chunks commonmark can parse one at a time, so a file of any size is read in bounded
 * memory. Small files are one chunk. A large one is cut only where Markdown allows it: at a blank line outside a
 * fenced code block or HTML comment, or between two lines of a table, whose header the next chunk then carries.
 */
final class MarkdownChunker implements AutoCloseable {
    private final BufferedReader in;
    private final int maxLines;
    private final int maxChars;

    private String pending;          // a line read but not yet placed in a chunk
    private int lineNo;              // 1-based number of the last line read
    private String[] carry;          // header and delimiter lines for the next chunk
    private int[] carryLines;
    private boolean inFence;
    private String fence;
    private boolean inComment;
    private boolean eof;

    MarkdownChunker(InputStream input, int maxLines, int maxChars) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.in = new BufferedReader(new InputStreamReader(input, decoder), 1 << 16);
        this.maxLines = maxLines;
        this.maxChars = maxChars;
    }

    /** The next chunk to parse, with any carried table header first; null at the end of the file. */
    Chunk next() {
        StringBuilder text = new StringBuilder();
        int carried = 0;
        int[] carriedNumbers = new int[0];
        if (carry != null) {
            for (String l : carry) text.append(l).append('\n');
            carried = carry.length;
            carriedNumbers = carryLines;
            carry = null;
        }
        int first = -1;
        int count = 0;
        String previous = null;
        while (true) {
            String line = pending != null ? pending : readLine();
            pending = null;
            if (line == null) break;
            if (count >= maxLines || text.length() >= maxChars) {
                if (canCutBefore(previous, line)) {
                    pending = line;
                    break;
                }
            }
            if (first < 0) first = lineNo;
            track(line);
            text.append(line).append('\n');
            count++;
            previous = line;
        }
        if (count == 0) return null;
        return new Chunk(text.toString(), first, carried, carriedNumbers, carried + count);
    }

    /**
     * The last chunk ended inside a table: the next one starts with its header. The two lines are copied from the
     * chunk text, where commonmark's source spans found them.
     */
    void carryTableHeader(String headerLine, int headerLineNo, String delimiterLine, int delimiterLineNo) {
        carry = new String[] {headerLine, delimiterLine};
        carryLines = new int[] {headerLineNo, delimiterLineNo};
    }

    private boolean canCutBefore(String previous, String line) {
        if (inFence || inComment || previous == null) return false;
        if (line.isBlank()) return true;
        // Between two lines of what may be a table; whether it was one, the parse of this chunk tells.
        return line.startsWith("|") && previous.startsWith("|");
    }

    /** Follows fenced code blocks and HTML comments, inside which a blank line is not a block boundary. */
    private void track(String line) {
        String t = line.stripLeading();
        if (inFence) {
            if (t.startsWith(fence) && t.substring(fence.length()).isBlank()) inFence = false;
            return;
        }
        if (inComment) {
            if (line.contains("-->")) inComment = false;
            return;
        }
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

    private String readLine() {
        if (eof) return null;
        try {
            String line = in.readLine();
            if (line == null) {
                eof = true;
                return null;
            }
            lineNo++;
            if (line.indexOf('\0') >= 0)
                throw new SourceError(lineNo, "binary data (a NUL byte): this is not a Markdown text file");
            return line;
        } catch (CharacterCodingException e) {
            throw new SourceError(lineNo + 1, "not UTF-8 text (a malformed byte sequence): is this a Markdown file?");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int linesRead() { return lineNo; }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
