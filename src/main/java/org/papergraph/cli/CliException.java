package org.papergraph.cli;

/** A failure the user can act on: printed as one line, with its exit code (1 failure, 2 usage). */
final class CliException extends RuntimeException {
    private final int exitCode;

    CliException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    static CliException failure(String message) { return new CliException(1, "error: " + message); }

    static CliException usage(String message) { return new CliException(2, "usage: " + message); }

    int exitCode() { return exitCode; }
}
