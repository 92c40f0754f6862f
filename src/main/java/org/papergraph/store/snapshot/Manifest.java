package org.papergraph.store.snapshot;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.papergraph.store.SourceRecord;
import org.papergraph.store.Store;

/**
 * What a snapshot says of itself, the first entry of its archive ({@value #NAME}): the papergraph that took it, when,
 * the store's base and quads, the sources its catalog holds with their SHA-256s (a load of the same sources after a
 * restore skips them by these), whether its statistics and search index were current (the next load brings them up
 * to date when not), and every file of the archive with its length.
 */
public record Manifest(String papergraph, Instant taken, String base, long quads, List<Source> sources,
                       boolean statisticsCurrent, boolean textCurrent, Map<String, Long> files) {
    public static final String NAME = "papergraph-snapshot.json";
    static final String FORMAT = "papergraph-snapshot", FORMAT_VERSION = "1";

    /** A source in the snapshot's catalog. */
    public record Source(String iri, String path, String sha256) {}

    /** The manifest of a copied store, opened, whose files are {@code files}. */
    static Manifest of(Store store, String papergraph, Instant taken, Map<String, Long> files) {
        List<Source> sources = new ArrayList<>();
        for (SourceRecord r : store.sources()) sources.add(new Source(r.source().getURI(), r.path(), r.sha256()));
        return new Manifest(papergraph, taken, store.iris().base(), store.quadCount(), sources, store.statisticsCurrent(),
                store.textCurrent(), files);
    }

    byte[] toJson() {
        JsonObject o = new JsonObject();
        o.put("format", FORMAT);
        o.put("formatVersion", FORMAT_VERSION);
        o.put("papergraph", papergraph);
        o.put("taken", taken.toString());
        o.put("base", base);
        o.put("quads", quads);
        o.put("statisticsCurrent", statisticsCurrent);
        o.put("textCurrent", textCurrent);
        JsonArray s = new JsonArray();
        for (Source source : sources) {
            JsonObject j = new JsonObject();
            j.put("source", source.iri());
            j.put("path", source.path());
            j.put("sha256", source.sha256());
            s.add(j);
        }
        o.put("sources", s);
        JsonObject f = new JsonObject();
        files.forEach(f::put);
        o.put("files", f);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JSON.write(out, o);
        return out.toByteArray();
    }

    /**
     * The manifest in {@code json}.
     *
     * @throws IllegalArgumentException saying what is wrong, when it is not a snapshot's manifest of a format known here
     */
    static Manifest parse(byte[] json) {
        JsonObject o;
        try {
            o = JSON.parse(new String(json, StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("its manifest is not JSON: " + e.getMessage());
        }
        if (!FORMAT.equals(text(o, "format"))) throw new IllegalArgumentException("its manifest is not a papergraph snapshot's");
        if (!FORMAT_VERSION.equals(text(o, "formatVersion")))
            throw new IllegalArgumentException("its format version " + text(o, "formatVersion") + " is not " + FORMAT_VERSION
                    + " (taken by papergraph " + text(o, "papergraph") + ")");
        try {
            List<Source> sources = new ArrayList<>();
            for (JsonValue v : o.get("sources").getAsArray()) {
                JsonObject s = v.getAsObject();
                sources.add(new Source(text(s, "source"), text(s, "path"), text(s, "sha256")));
            }
            Map<String, Long> files = new LinkedHashMap<>();
            JsonObject f = o.get("files").getAsObject();
            for (String k : f.keys()) files.put(k, f.get(k).getAsNumber().value().longValue());
            return new Manifest(text(o, "papergraph"), Instant.parse(text(o, "taken")), text(o, "base"),
                    o.get("quads").getAsNumber().value().longValue(), sources, o.get("statisticsCurrent").getAsBoolean().value(),
                    o.get("textCurrent").getAsBoolean().value(), files);
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("its manifest lacks a field or has one of the wrong kind (" + e.getMessage() + ")");
        }
    }

    private static String text(JsonObject o, String key) {
        JsonValue v = o.get(key);
        if (v == null || !v.isString()) throw new IllegalArgumentException("its manifest has no \"" + key + "\"");
        return v.getAsString().value();
    }
}
