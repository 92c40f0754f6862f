package org.papergraph.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** Runs the real command line in this JVM, capturing what it prints; stdin and stdout are swapped for the run. */
record Cli(int exitCode, String out, String err) {
    static synchronized Cli run(String... args) { return runWithInput(null, args); }

    static synchronized Cli runWithInput(String stdin, String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        InputStream oldIn = System.in;
        PrintStream oldOut = System.out;
        ByteArrayOutputStream rawOut = new ByteArrayOutputStream();
        try {
            if (stdin != null) System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            System.setOut(new PrintStream(rawOut, true, StandardCharsets.UTF_8));
            int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
            System.out.flush();
            return new Cli(code, out + rawOut.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setIn(oldIn);
            System.setOut(oldOut);
        }
    }
}
