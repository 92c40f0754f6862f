package org.papergraph.markdown;

/** Something about the Markdown itself a curator should fix, at a line of the file. */
public record Notice(int line, String message) {}
