package org.papergraph.server;

import java.util.Optional;
import java.util.StringJoiner;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.papergraph.cite.CitationFormat;
import org.papergraph.rdf.Vocab;

/**
 * The {@code Link} header of a resource's documents: each other format an {@code alternate}, the resource they
 * describe; for what can be cited, each citation format as {@code describedby}; and on a paper's page (and its
 * 303) FAIR Signposting: {@code cite-as} its DOI (else its IRI), {@code describedby} every RDF and citation format,
 * {@code item} its PDF, {@code type} schema.org's ScholarlyArticle. Called inside a read transaction.
 */
final class DocLinks {
    private DocLinks() {}

    /** {@code current} is the document answering (null for the resource's 303). */
    static String of(Graph union, Node resource, Optional<CitedPapers.Kind> kind, String resourcePath, DocFormat current) {
        StringJoiner j = new StringJoiner(", ");
        for (DocFormat f : DocFormat.ALL)
            if (f != current) j.add("<" + resourcePath + "." + f.extension + ">; rel=\"alternate\"; type=\"" + f.mediaType + "\"");
        if (current != null) j.add("<" + resourcePath + ">; rel=\"describes\"");
        if (kind.isEmpty()) return j.toString();
        boolean landing = kind.get() == CitedPapers.Kind.PAPER && (current == null || current == DocFormat.HTML);
        if (landing) {
            String doi = Describer.first(union, resource, Vocab.DOI).map(Node::getLiteralLexicalForm).orElse("");
            j.add("<" + (doi.isEmpty() ? resource.getURI() : "https://doi.org/" + doi) + ">; rel=\"cite-as\"");
            j.add("<" + Vocab.SCHOLARLY_ARTICLE.getURI() + ">; rel=\"type\"");
            Describer.first(union, resource, Vocab.HAS_URL).filter(Node::isURI)
                    .ifPresent(pdf -> j.add("<" + pdf.getURI() + ">; rel=\"item\"; type=\"application/pdf\""));
            for (DocFormat f : DocFormat.rdfFormats())
                j.add("<" + resourcePath + "." + f.extension + ">; rel=\"describedby\"; type=\"" + f.mediaType + "\"");
        }
        for (CitationFormat f : CitationFormat.values())
            j.add("<" + resourcePath + "." + f.extension() + ">; rel=\"describedby\"; type=\"" + f.mediaType() + "\"");
        return j.toString();
    }
}
