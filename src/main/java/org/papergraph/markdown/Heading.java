package org.papergraph.markdown;

/**
 * A section heading above a row, as written (its text with markup flattened and images dropped), its level, and
 * whether it is the file's own title (the first heading, at level 1).
 */
public record Heading(int level, String text, boolean fileTitle) {}
