package org.papergraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.junit.jupiter.api.Test;
import org.papergraph.Canary;

/** JSON-LD naming a remote context is refused, and the remote server never hears of it. */
class TestOfflineJsonLd {
    @Test
    void remoteContextsAreNeverFetched() {
        OfflineJsonLd.install();
        try (Canary canary = new Canary()) {
            String doc = "{\"@context\": \"" + canary.url("/context.jsonld") + "\", \"@id\": \"http://example.org/a\", \"name\": \"x\"}";
            assertThrows(RiotException.class, () -> RDFParser.fromString(doc, Lang.JSONLD).toGraph());
            assertEquals(0, canary.requests());
        }
    }

    @Test
    void embeddedContextsStillWork() {
        OfflineJsonLd.install();
        String doc = "{\"@context\": {\"name\": \"https://schema.org/name\"}, \"@id\": \"http://example.org/a\", \"name\": \"x\"}";
        assertEquals(1, RDFParser.fromString(doc, Lang.JSONLD).toGraph().size());
    }
}
