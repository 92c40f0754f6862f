package org.papergraph.bench;

/** One timed run of a command: wall seconds (hyperfine) and peak resident memory (GNU time). */
record Sample(double seconds, long peakKiB) {}
