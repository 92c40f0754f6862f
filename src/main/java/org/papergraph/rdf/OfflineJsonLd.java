package org.papergraph.rdf;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.loader.DocumentLoader;

import org.apache.jena.riot.RIOT;
import org.apache.jena.riot.lang.LangJSONLD11;

/**
 * JSON-LD read by papergraph never fetches anything: Titanium's default loader would follow a remote
 * {@code @context} over the network (a server-side request forgery waiting to happen, and a dump that reads
 * differently offline). Installed into Jena's global RIOT context once, before any parsing.
 */
public final class OfflineJsonLd {
    private OfflineJsonLd() {}

    private static final DocumentLoader REFUSE = (url, options) -> {
        throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
                "papergraph does not fetch remote JSON-LD documents (" + url + "); embed the context instead");
    };

    /** Options for one parse: no document loading at all. */
    public static JsonLdOptions options() {
        return new JsonLdOptions(REFUSE);
    }

    /** Makes every JSON-LD parse through Jena's RIOT refuse remote documents. */
    public static void install() {
        RIOT.getContext().set(LangJSONLD11.JSONLD_OPTIONS, options());
    }
}
