package org.papergraph.cite;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The one registry of the citation formats papergraph writes (beside {@code export.RdfFormat}, the RDF ones: a
 * citation is not RDF). Each constant says everything about its format: its name ({@code ?format=}), its label,
 * the extension of its documents (the first), its media types (the registered or customary one first) and its
 * writer. The server's content negotiation, {@code Link} headers, page links and 406 text derive from this list.
 */
public enum CitationFormat {
    BIBTEX("bibtex", "BibTeX", "bib", List.of("application/x-bibtex", "text/x-bibtex"), BibTex::write),
    CSL_JSON("csl-json", "CSL-JSON", "csl.json", List.of("application/vnd.citationstyles.csl+json"), CslJson::write),
    RIS("ris", "RIS", "ris", List.of("application/x-research-info-systems"), Ris::write);

    /** A citation with the key it has in one file (unique there). */
    public record Keyed(String key, Citation citation) {}

    private final String name;
    private final String label;
    private final String extension;
    private final List<String> mediaTypes;
    private final Function<List<Keyed>, String> writer;

    CitationFormat(String name, String label, String extension, List<String> mediaTypes, Function<List<Keyed>, String> writer) {
        this.name = name;
        this.label = label;
        this.extension = extension;
        this.mediaTypes = mediaTypes;
        this.writer = writer;
    }

    /** Its name for {@code ?format=}. */
    public String formatName() { return name; }

    public String label() { return label; }

    /** The extension of its documents ({@code /paper/2405.18870.bib}). */
    public String extension() { return extension; }

    public String mediaType() { return mediaTypes.get(0); }

    public List<String> mediaTypes() { return mediaTypes; }

    public String contentType() { return mediaType() + (this == CSL_JSON ? "" : "; charset=utf-8"); }

    /** The citations as one file, each under its own key ({@code key}, then {@code keyb}, {@code keyc} … for the same key again). */
    public String write(List<Citation> citations) {
        Set<String> used = new HashSet<>();
        List<Keyed> keyed = new ArrayList<>(citations.size());
        for (Citation c : citations) {
            String base = c.key(), key = base;
            for (int n = 1; !used.add(key); n++) key = base + suffix(n);
            keyed.add(new Keyed(key, c));
        }
        return writer.apply(keyed);
    }

    /** b, c … z for the second to the 26th paper of one key, then a number. */
    private static String suffix(int n) { return n < 26 ? String.valueOf((char) ('a' + n)) : "-" + n; }

    /** The format a document's path names by its extension ({@code /topic/rag.ris}). */
    public static Optional<CitationFormat> ofPath(String path) {
        for (CitationFormat f : values()) if (path.endsWith("." + f.extension)) return Optional.of(f);
        return Optional.empty();
    }

    /** The format a {@code ?format=} value names, in any case. */
    public static Optional<CitationFormat> byName(String name) {
        for (CitationFormat f : values()) if (f.name.equals(name.toLowerCase(Locale.ROOT))) return Optional.of(f);
        return Optional.empty();
    }

    /** The format a media type (without parameters) asks for. */
    public static Optional<CitationFormat> byMediaType(String mediaType) {
        for (CitationFormat f : values()) if (f.mediaTypes.contains(mediaType)) return Optional.of(f);
        return Optional.empty();
    }
}
