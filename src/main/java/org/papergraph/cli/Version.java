package org.papergraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import picocli.CommandLine.IVersionProvider;

/** The version Maven wrote into the jar, with the versions of the libraries that shape the output. */
final class Version implements IVersionProvider {
    /** papergraph's version, as its build recorded it. */
    static String number() throws IOException { return properties().getProperty("version", "unknown"); }

    private static Properties properties() throws IOException {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/papergraph/version.properties")) {
            if (in != null) p.load(in);
        }
        return p;
    }

    @Override
    public String[] getVersion() throws IOException {
        Properties p = properties();
        return new String[] {
            "papergraph " + p.getProperty("version", "unknown"),
            "Apache Jena " + p.getProperty("jena", "?") + ", commonmark-java " + p.getProperty("commonmark", "?")
                    + ", Java " + System.getProperty("java.version")
        };
    }
}
