package org.papergraph.markdown;

/** The input cannot be read as Markdown at all (not text, not UTF-8): names the line, ends the file's reading. */
public final class SourceError extends RuntimeException {
    private final int line;

    public SourceError(int line, String message) {
        super(message);
        this.line = line;
    }

    public int line() { return line; }
}
