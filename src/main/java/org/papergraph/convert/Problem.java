package org.papergraph.convert;

/** A rejected row, a warning or an unreadable file, at a line of a source (0: the whole file), printed as compilers do. */
public record Problem(Kind kind, String file, int line, String message) {
    public enum Kind {
        REJECTED("rejected"), WARNING("warning"), ERROR("error");

        final String label;

        Kind(String label) { this.label = label; }
    }

    @Override
    public String toString() { return file + (line > 0 ? ":" + line : "") + ": " + kind.label + ": " + message; }
}
