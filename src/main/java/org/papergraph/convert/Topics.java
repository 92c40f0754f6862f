package org.papergraph.convert;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** A topics cell: comma-separated names, one concept per name, matched whatever its case and spacing. */
final class Topics {
    private static final Pattern SEPARATORS = Pattern.compile("[\\s_\\-\u2010-\u2015]+");
    private static final Pattern LIST = Pattern.compile("[,;]");

    private Topics() {}

    /** The names in a cell, trimmed, each once (by key), in the order written. */
    static List<String> split(String cell) {
        List<String> out = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>();
        for (String part : LIST.split(cell)) {
            String label = part.strip();
            if (!label.isEmpty() && keys.add(key(label))) out.add(label);
        }
        return out;
    }

    /** ASCII letters and digits with single spaces between words: already a key but for case (most topics). */
    private static boolean isPlain(String label) {
        boolean space = true;
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (c == ' ') {
                if (space) return false;
                space = true;
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                space = false;
            } else {
                return false;
            }
        }
        return !space;
    }

    /** "Red-Teaming", "red teaming" and "Red  Teaming" are one topic: lower case, separators as single spaces. */
    static String key(String label) {
        if (isPlain(label)) return label.toLowerCase(Locale.ROOT);
        String lower = Normalizer.normalize(label, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return SEPARATORS.matcher(lower).replaceAll(" ").strip();
    }
}
