package org.papergraph.markdown;

import java.util.List;

/** A table's header: the names of its columns and the line they are on. */
public record Table(int headerLine, List<String> headers) {}
