package org.papergraph.server;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFWriter;
import org.papergraph.cite.CitationFormat;
import org.papergraph.export.Exporter;
import org.papergraph.export.RdfFormat;
import org.papergraph.rdf.Iris;

/**
 * The documents a resource has: its HTML page, and one per format of the registry ({@link RdfFormat}) that holds a
 * single graph. Each has the extension of its URL and its media types from the registry.
 */
final class DocFormat {
    static final DocFormat HTML = new DocFormat(null, "html", List.of("text/html", "application/xhtml+xml"));

    private static final Map<RdfFormat, DocFormat> RDF = new EnumMap<>(RdfFormat.class);
    /** Every document format: HTML first, then the registry's order. */
    static final List<DocFormat> ALL;

    static {
        List<DocFormat> all = new ArrayList<>(List.of(HTML));
        for (RdfFormat f : RdfFormat.tripleFormats()) {
            DocFormat d = new DocFormat(f, f.extension(), f.mediaTypes());
            RDF.put(f, d);
            all.add(d);
        }
        ALL = List.copyOf(all);
    }

    /**
     * What we offer, best first: every format's own media type (HTML's first, so a browser's or a bare client's
     * wildcard gets HTML), then the other names older clients use (text/n3 is Turtle's, application/xml RDF/XML's).
     */
    private static final List<String> OFFER_TYPES = Stream.concat(
            ALL.stream().map(f -> f.mediaType), ALL.stream().flatMap(f -> f.mediaTypes.stream().skip(1))).toList();
    private static final AcceptList OFFERS = AcceptList.create(OFFER_TYPES.toArray(String[]::new));
    /** The same, then the citation formats' media types: what a resource that can be cited offers. */
    private static final AcceptList OFFERS_CITED = AcceptList.create(Stream.concat(OFFER_TYPES.stream(),
            Stream.of(CitationFormat.values()).flatMap(f -> f.mediaTypes().stream())).toArray(String[]::new));

    /** The RDF format, or null for the HTML page. */
    final RdfFormat rdf;
    final String extension;
    final String mediaType;
    private final List<String> mediaTypes;

    private DocFormat(RdfFormat rdf, String extension, List<String> mediaTypes) {
        this.rdf = rdf;
        this.extension = extension;
        this.mediaType = mediaTypes.get(0);
        this.mediaTypes = mediaTypes;
    }

    /** A registry format's documents; empty for a format that holds several graphs. */
    static Optional<DocFormat> of(RdfFormat f) { return Optional.ofNullable(RDF.get(f)); }

    /** The RDF documents, in the registry's order (without the HTML page). */
    static List<DocFormat> rdfFormats() { return ALL.subList(1, ALL.size()); }

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
        String type = m.getContentTypeStr();
        return ALL.stream().filter(f -> f.mediaTypes.contains(type)).findFirst();
    }

    /**
     * The extension of the document an Accept header asks for, among the document formats and, for a resource that
     * can be cited, the citation formats ({@link CitationFormat}); empty when it accepts none of them (406).
     */
    static Optional<String> negotiateExtension(String accept, boolean cited) {
        if (!cited) return negotiate(accept).map(f -> f.extension);
        if (accept == null || accept.isBlank()) return Optional.of(HTML.extension);
        MediaType m;
        try {
            m = AcceptList.match(new AcceptList(accept), OFFERS_CITED);
        } catch (RuntimeException badHeader) {
            return Optional.of(HTML.extension);
        }
        if (m == null) return Optional.empty();
        String type = m.getContentTypeStr();
        Optional<String> doc = ALL.stream().filter(f -> f.mediaTypes.contains(type)).findFirst().map(f -> f.extension);
        return doc.isPresent() ? doc : CitationFormat.byMediaType(type).map(CitationFormat::extension);
    }

    /** Every format's media type, for a 406's message. */
    static String mediaTypes() { return String.join(", ", ALL.stream().map(f -> f.mediaType).toList()); }

    /** The same, and the citation formats' for a resource that can be cited. */
    static String mediaTypes(boolean cited) {
        if (!cited) return mediaTypes();
        return mediaTypes() + ", " + String.join(", ", Stream.of(CitationFormat.values()).map(CitationFormat::mediaType).toList());
    }

    /** The format a document URL's extension names ({@code /paper/2405.18870.ttl}). */
    static Optional<DocFormat> ofPath(String path) {
        for (DocFormat f : ALL) if (path.endsWith("." + f.extension)) return Optional.of(f);
        return Optional.empty();
    }

    /**
     * The document's bytes: JSON-LD as the export writes it (framed against the published context), the others by
     * Jena. Written to a string, not a stream: for a stream Jena allocates a 128K-char buffer per document, which at
     * a few thousand documents a second is most of the server's garbage. In {@link DocOrder}, so that replicas agree.
     */
    byte[] write(Graph document, Iris iris) {
        Graph g = DocOrder.of(document);
        if (rdf == RdfFormat.JSONLD) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
            Exporter.writeJsonLd(g, out);
            return out.toByteArray();
        }
        return RDFWriter.source(g).format(rdf.jena()).asString().getBytes(StandardCharsets.UTF_8);
    }

    /** The Content-Type, the registry's for RDF. */
    String contentType() { return rdf == null ? mediaType + "; charset=utf-8" : rdf.contentType(); }

    @Override
    public String toString() { return extension; }
}
