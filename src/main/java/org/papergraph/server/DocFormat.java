package org.papergraph.server;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;

/** The documents a resource has, one per format: the extension of its URL, its media type, its Jena writer. */
enum DocFormat {
    HTML("html", "text/html", null),
    TURTLE("ttl", "text/turtle", RDFFormat.TURTLE_BLOCKS),
    JSONLD("jsonld", "application/ld+json", RDFFormat.JSONLD11_PRETTY),
    NTRIPLES("nt", "application/n-triples", RDFFormat.NTRIPLES),
    RDFXML("rdf", "application/rdf+xml", RDFFormat.RDFXML_PLAIN);

    final String extension;
    final String mediaType;
    final RDFFormat writer;

    DocFormat(String extension, String mediaType, RDFFormat writer) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.writer = writer;
    }

    /** What we offer, best first: a browser's or a bare client's wildcard gets HTML. */
    private static final AcceptList OFFERS = AcceptList.create("text/html", "text/turtle", "application/ld+json",
            "application/n-triples", "application/rdf+xml", "application/xhtml+xml", "text/plain", "application/json",
            "text/n3", "application/xml");

    /** The format an Accept header asks for; empty when it accepts none of them (406). */
    static Optional<DocFormat> negotiate(String accept) {
        if (accept == null || accept.isBlank()) return Optional.of(HTML);
        MediaType m;
        try {
            m = AcceptList.match(new AcceptList(accept), OFFERS);
        } catch (RuntimeException badHeader) {
            return Optional.of(HTML);
        }
        if (m == null) return Optional.empty();
        return switch (m.getContentTypeStr()) {
            case "text/turtle", "text/n3" -> Optional.of(TURTLE);                // Turtle is a subset of N3
            case "application/rdf+xml", "application/xml" -> Optional.of(RDFXML); // older RDF/XML clients ask for XML
            case "application/ld+json", "application/json" -> Optional.of(JSONLD);
            case "application/n-triples", "text/plain" -> Optional.of(NTRIPLES);
            default -> Optional.of(HTML);
        };
    }

    /** Every format's media type, for a 406's message. */
    static String mediaTypes() { return String.join(", ", Arrays.stream(values()).map(f -> f.mediaType).toList()); }

    /** The format a document URL's extension names ({@code /paper/2405.18870.ttl}). */
    static Optional<DocFormat> ofPath(String path) {
        for (DocFormat f : values()) if (path.endsWith("." + f.extension)) return Optional.of(f);
        return Optional.empty();
    }

    /**
     * The document's bytes. Written to a string, not a stream: for a stream Jena allocates a 128K-char buffer per
     * document, which at a few thousand documents a second is most of the server's garbage.
     */
    byte[] write(Graph g) { return RDFWriter.source(g).format(writer).asString().getBytes(StandardCharsets.UTF_8); }

    /** The Content-Type: text formats say their charset; N-Triples and JSON-LD are UTF-8 by definition. */
    String contentType() { return this == NTRIPLES || this == JSONLD ? mediaType : mediaType + "; charset=utf-8"; }
}
