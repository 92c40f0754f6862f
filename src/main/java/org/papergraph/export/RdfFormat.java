package org.papergraph.export;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.system.StreamRDFWriter;

/**
 * The one registry of the RDF formats papergraph writes. Each constant says everything about its format: its name on
 * the command line ({@code --format}), its file extensions (the first is the one papergraph uses in URLs and file
 * names), its media types (the registered one first; then what older clients ask for), its Jena
 * writer, whether it keeps the named graphs, and its label for humans. Whether it streams is Jena's: a format
 * streams when Jena has a streaming writer for it. Everything else derives from this list: the CLI's
 * {@code --format} values and help, the server's content negotiation, its {@code Link} headers, page links and
 * 406 text, the dumps. To add a format, add a constant (and a writer in {@link RdfOutput} if Jena has none).
 */
public enum RdfFormat {
    TURTLE("turtle", "Turtle", RDFFormat.TURTLE_BLOCKS, false, List.of("ttl", "turtle"), List.of("text/turtle", "text/n3", "application/x-turtle")),
    NTRIPLES("ntriples", "N-Triples", RDFFormat.NTRIPLES, false, List.of("nt"), List.of("application/n-triples", "text/plain")),
    NQUADS("nquads", "N-Quads", RDFFormat.NQUADS, true, List.of("nq"), List.of("application/n-quads")),
    TRIG("trig", "TriG", RDFFormat.TRIG_BLOCKS, true, List.of("trig"), List.of("application/trig")),
    JSONLD("jsonld", "JSON-LD", RDFFormat.JSONLD11_PRETTY, false, List.of("jsonld", "json"), List.of("application/ld+json", "application/json")),
    RDFXML("rdfxml", "RDF/XML", RDFFormat.RDFXML_PLAIN, false, List.of("rdf", "xml", "owl"), List.of("application/rdf+xml", "application/xml"));

    private final String name;
    private final String label;
    private final RDFFormat jena;
    private final boolean quads;
    private final List<String> extensions;
    private final List<String> mediaTypes;

    RdfFormat(String name, String label, RDFFormat jena, boolean quads, List<String> extensions, List<String> mediaTypes) {
        this.name = name;
        this.label = label;
        this.jena = jena;
        this.quads = quads;
        this.extensions = extensions;
        this.mediaTypes = mediaTypes;
    }

    /** Its name for {@code --format}. */
    public String formatName() { return name; }

    /** What a person calls it: "Turtle", "JSON-LD". */
    public String label() { return label; }

    /** Whether it is written as the quads arrive, in bounded memory: Jena has a streaming writer for it. */
    public boolean streams() { return StreamRDFWriter.registered(jena); }

    /** Whether it keeps the named graphs (N-Quads, TriG); the others hold the union of the graphs. */
    public boolean keepsGraphs() { return quads; }

    public RDFFormat jena() { return jena; }

    /** The language Jena reads it as (JSON-LD's writer is JSON-LD 1.1's; its media type names plain JSON-LD). */
    public Lang lang() { return RDFLanguages.contentTypeToLang(mediaType()); }

    /** The extension papergraph gives its files and documents ({@code ttl}). */
    public String extension() { return extensions.get(0); }

    /** Every extension that names it, papergraph's first. */
    public List<String> extensions() { return extensions; }

    /** Its registered media type. */
    public String mediaType() { return mediaTypes.get(0); }

    /** Every media type that asks for it, the registered one first (then N3 for Turtle, plain XML for RDF/XML …). */
    public List<String> mediaTypes() { return mediaTypes; }

    /** The Content-Type to send it with: the charset said, except where the format is UTF-8 by definition. */
    public String contentType() {
        return this == NTRIPLES || this == NQUADS || this == JSONLD ? mediaType() : mediaType() + "; charset=utf-8";
    }

    /** The format a {@code --format} value names: its name, or one of its extensions, in any case, dashes ignored. */
    public static Optional<RdfFormat> byName(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace("-", "");
        for (RdfFormat f : values()) if (f.name.equals(n)) return Optional.of(f);
        return byExtension(n);
    }

    public static Optional<RdfFormat> byExtension(String extension) {
        for (RdfFormat f : values()) if (f.extensions.contains(extension)) return Optional.of(f);
        return Optional.empty();
    }

    public static Optional<RdfFormat> byFileName(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : byExtension(n.substring(dot + 1));
    }

    /** The format a media type (without parameters) asks for, aliases included. */
    public static Optional<RdfFormat> byMediaType(String mediaType) {
        for (RdfFormat f : values()) if (f.mediaTypes.contains(mediaType)) return Optional.of(f);
        return Optional.empty();
    }

    /** The formats that hold one graph: what a single resource's document is offered in. */
    public static List<RdfFormat> tripleFormats() { return Arrays.stream(values()).filter(f -> !f.quads).toList(); }

    /** Every format's {@code --format} name, in the registry's order (picocli's completion candidates and help). */
    public static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() { return Arrays.stream(values()).map(RdfFormat::formatName).iterator(); }
    }
}
