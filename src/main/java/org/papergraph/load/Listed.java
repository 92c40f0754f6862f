package org.papergraph.load;

import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.papergraph.rdf.Vocab;

/**
 * Listens to a source's quads on their way into the store and notes the papers and listings they state: what the
 * history records for the source, known without reading its graph back.
 */
final class Listed extends StreamRDFWrapper {
    final Set<Node> papers = new HashSet<>(), listings = new HashSet<>();

    Listed(StreamRDF out) { super(out); }

    @Override
    public void quad(Quad q) {
        if (q.getPredicate().equals(Vocab.LISTING_OF)) listings.add(q.getSubject());
        else if (q.getPredicate().equals(Vocab.TYPE) && q.getObject().equals(Vocab.SCHOLARLY_ARTICLE)) papers.add(q.getSubject());
        super.quad(q);
    }
}
