package org.papergraph.reliability;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeSet;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.FmtUtils;
import org.papergraph.store.Store;

/** A SHA-256 of every quad in a store, in a fixed order: equal digests, unchanged store. */
final class StoreDigest {
    private StoreDigest() {}

    static String of(Store store) {
        DatasetGraph dsg = store.dataset();
        TreeSet<String> quads = dsg.calculateRead(() -> {
            TreeSet<String> all = new TreeSet<>();
            dsg.find().forEachRemaining(q -> all.add(FmtUtils.stringForQuad(q)));
            return all;
        });
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String q : quads) sha.update((q + "\n").getBytes(StandardCharsets.UTF_8));
            return quads.size() + " quads, sha-256 " + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
