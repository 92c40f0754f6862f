package org.papergraph.markdown;

/**
 * A run of lines of one Markdown file parsed at once. A chunk that continues a table begins with that table's
 * header and delimiter lines, carried over from the chunk before, so commonmark reads its rows as rows.
 */
record Chunk(String text, int firstLine, int carriedLines, int[] carriedLineNumbers, int lineCount) {

    /** The 1-based line of the file that line {@code chunkLine} (0-based) of this chunk came from. */
    int fileLine(int chunkLine) {
        return chunkLine < carriedLines ? carriedLineNumbers[chunkLine] : firstLine + chunkLine - carriedLines;
    }

    int lastChunkLine() { return lineCount - 1; }
}
