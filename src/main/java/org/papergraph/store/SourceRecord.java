package org.papergraph.store;

import org.apache.jena.graph.Node;

/**
 * What the store's catalog says of a source: where it was read from, its bytes, its account, and when its content was
 * made ({@code modified}, an xsd:dateTime: its version's time, see {@code load.SourceVersion}; never the load's).
 */
public record SourceRecord(Node source, String path, long size, String sha256, int rows, int papers, int repeats,
                           int rejected, int warnings, String modified) {}
