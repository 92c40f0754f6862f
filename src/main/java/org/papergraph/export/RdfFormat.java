package org.papergraph.export;

import java.util.Locale;
import java.util.Optional;

import org.apache.jena.riot.RDFFormat;

/** The formats papergraph writes, by name ({@code --format}) or by a file's extension. */
public enum RdfFormat {
    TURTLE("turtle", RDFFormat.TURTLE_BLOCKS, true, false, "ttl", "turtle"),
    NTRIPLES("ntriples", RDFFormat.NTRIPLES, true, false, "nt"),
    NQUADS("nquads", RDFFormat.NQUADS, true, true, "nq"),
    TRIG("trig", RDFFormat.TRIG_BLOCKS, true, true, "trig"),
    JSONLD("jsonld", RDFFormat.JSONLD11_PRETTY, false, false, "jsonld", "json"),
    RDFXML("rdfxml", RDFFormat.RDFXML_PLAIN, false, false, "rdf", "xml", "owl");

    final String name;
    final RDFFormat jena;
    final boolean streams;   // written as the quads arrive, in bounded memory
    final boolean quads;     // keeps the named graphs
    private final String[] extensions;

    RdfFormat(String name, RDFFormat jena, boolean streams, boolean quads, String... extensions) {
        this.name = name;
        this.jena = jena;
        this.streams = streams;
        this.quads = quads;
        this.extensions = extensions;
    }

    /** Whether it is written as the quads arrive, in bounded memory. */
    public boolean streams() { return streams; }

    /** Whether it keeps the named graphs (N-Quads, TriG). */
    public boolean keepsGraphs() { return quads; }

    public RDFFormat jena() { return jena; }

    /** Its registered media type, as Jena knows it. */
    public String mediaType() { return jena.getLang().getHeaderString(); }

    public static RdfFormat byName(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace("-", "");
        for (RdfFormat f : values()) if (f.name.equals(n)) return f;
        for (RdfFormat f : values()) for (String e : f.extensions) if (e.equals(n)) return f;
        throw new IllegalArgumentException("unknown format '" + name + "'; known: turtle, ntriples, nquads, trig, jsonld, rdfxml");
    }

    public static Optional<RdfFormat> byFileName(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        if (dot < 0) return Optional.empty();
        String ext = n.substring(dot + 1);
        for (RdfFormat f : values()) for (String e : f.extensions) if (e.equals(ext)) return Optional.of(f);
        return Optional.empty();
    }
}
