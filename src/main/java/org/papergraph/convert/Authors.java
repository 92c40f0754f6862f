package org.papergraph.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a list of author names as curators write them: {@code A. One, B. Two}, {@code One; Two},
 * {@code One and Two}, {@code One & Two}, {@code 张三、李四}, perhaps led by "by" and ended by "et al.", with
 * footnote marks and emphasis. {@link #split} keeps every name an authors column gives; {@link #inText} reads names
 * from free text only when every piece of it looks like a person's name, so a title or a sentence is never taken
 * for authors.
 */
final class Authors {
    private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:[,;、，；]|\\s&\\s|&|\\sand\\s|\\s和\\s)\\s*");
    private static final Pattern BY = Pattern.compile("^(?:by\\s+|(?:authors?|作者)\\s*[:：]\\s*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ET_AL = Pattern.compile("\\s*\\b(?:et\\.?\\s*al|etc)\\b\\.*\\s*$", Pattern.CASE_INSENSITIVE);
    /** Footnote marks right after a name: *, †, ‡, §, ¶, #, superscript digits, ^1; never a number of its own ("2024"). */
    private static final Pattern MARKS = Pattern.compile("(?<=[\\p{L}.)])(?:\\^?[0-9]{1,2}|[*†‡§¶#\u00B9\u00B2\u00B3\u2070-\u2079])+(?=\\s|$)");
    /** A piece that is only footnote marks ("Zhang1,2" splits into "Zhang1" and "2"). */
    private static final Pattern ONLY_MARKS = Pattern.compile("[\\s\\d^*†‡§¶#\u00B9\u00B2\u00B3\u2070-\u2079]{1,6}");
    private static final Pattern CJK_NAME = Pattern.compile("[\\p{IsHan}\\p{IsHangul}\\p{IsHiragana}\\p{IsKatakana}·・]{2,8}");
    /** A word of a name: capitalised (Zhang, O'Neil, Jean-Pierre, McDermott), an initial (A., J.-P.), a suffix. */
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'’\\-]*\\.?|(?:\\p{Lu}\\.-?)+|Jr\\.?|Sr\\.?|II|III|IV");
    /** Something that may be a name a list writes oddly: "DeepSeek-AI", "Kavish", "Hai \"Helen\" Li"; no digits. */
    private static final Pattern LOOSE_NAME = Pattern.compile("[\\p{Lu}\"“][^\\d<>\\[\\]{}|]{0,80}");
    private static final Pattern LAST_WORD_STOP = Pattern.compile("(?:^|\\s)\\p{L}[\\p{L}'’\\-]{2,}\\.$");
    private static final Set<String> PARTICLES = Set.of("van", "von", "der", "den", "de", "da", "di", "del", "della", "la",
            "le", "du", "dos", "das", "bin", "al", "el", "ten", "ter", "zu", "y", "e");

    private Authors() {}

    /** The names in an authors cell, in order, every one kept: only "et al.", marks and emphasis are dropped. */
    static List<String> split(String text) {
        List<String> names = new ArrayList<>();
        String s = BY.matcher(text.replaceAll("[*_]", " ").strip()).replaceFirst("");
        s = ET_AL.matcher(s).replaceFirst("");
        for (String piece : SEPARATORS.split(s)) {
            if (ONLY_MARKS.matcher(piece).matches()) continue;
            String name = clean(piece);
            if (!name.isEmpty()) names.add(name);
        }
        return names;
    }

    /**
     * The names free text gives, when all it says is names; else none. A long list may hold a few a name test
     * misses (an organisation, a mononym, a nickname in quotes): kept when two in three pass it and none has digits.
     */
    static List<String> inText(String text) {
        if (text.length() > 4000 || text.contains("://")) return List.of();
        List<String> names = split(text);
        int passing = 0;
        for (String n : names) {
            if (looksLikeName(n)) passing++;
            else if (!LOOSE_NAME.matcher(n).matches() || n.split("\\s+").length > 6) return List.of();
        }
        boolean all = passing == names.size(), most = names.size() >= 3 && 3 * passing >= 2 * names.size();
        return !names.isEmpty() && (all || most) ? names : List.of();
    }

    /** A name, as a list would write one: two to six name words, or a CJK name; never one bare word, never digits. */
    static boolean looksLikeName(String name) {
        if (CJK_NAME.matcher(name).matches()) return true;
        String[] words = name.split("\\s+");
        if (words.length < 2 || words.length > 6) return false;
        int capitalised = 0;
        for (String w : words) {
            if (w.length() > 3 && w.equals(w.toUpperCase(Locale.ROOT))) return false; // "PAPER NEEDED" is a shout, not a name
            if (NAME_WORD.matcher(w).matches()) capitalised++;
            else if (!PARTICLES.contains(w.toLowerCase(Locale.ROOT)) || !w.equals(w.toLowerCase(Locale.ROOT))) return false;
        }
        return capitalised >= 2;
    }

    private static String clean(String piece) {
        String s = piece.strip();
        if (s.regionMatches(true, 0, "and ", 0, 4)) s = s.substring(4); // "One, Two, and Three"
        s = FOOTNOTE.matcher(MARKS.matcher(s).replaceAll("")).replaceFirst("").strip(); // "Zhang1", "Zhang <sup>1</sup>"
        int from = 0, to = s.length();
        while (from < to && " \t\"'([".indexOf(s.charAt(from)) >= 0) from++;
        while (to > from && " \t\"')],:".indexOf(s.charAt(to - 1)) >= 0) to--;
        s = s.substring(from, to);
        // A name's full stop ends the sentence it is in ("Zhou."), an initial's or a suffix's is part of it ("Jr.").
        if (LAST_WORD_STOP.matcher(s).find()) s = s.substring(0, s.length() - 1);
        return SPACES.matcher(s).replaceAll(" ");
    }

    private static final Pattern FOOTNOTE = Pattern.compile("\\s+\\^?\\d{1,2}$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
}
