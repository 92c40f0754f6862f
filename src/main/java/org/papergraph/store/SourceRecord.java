package org.papergraph.store;

import org.apache.jena.graph.Node;

/** What the store's catalog says of a source: where it was read from, its bytes, its account, when it was loaded. */
public record SourceRecord(Node source, String path, long size, String sha256, int rows, int papers, int repeats,
                           int rejected, int warnings, String loadedAt) {}
