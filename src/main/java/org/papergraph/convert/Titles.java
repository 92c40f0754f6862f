package org.papergraph.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.papergraph.markdown.Cell;
import org.papergraph.markdown.Notice;

/**
 * The one owner of what a paper's title is, from the title a table cell or list item gives as written: the title a
 * reader would copy. Off come numbering ({@code 1)}, {@code 12.}, {@code #3}, {@code (4)}), leading emoji and
 * symbols, stray emphasis markers, quotes around the whole title, a bracketed short name ({@code [OneComp]}), a
 * trailing organisation ({@code (@Org)}, {@code from Org}), a trailing period, and the description a digest cell
 * follows its title with; what comes off is kept (see {@link Title}). The description is cut by structure where the
 * cell has it (the emphasis or link it leads with, a gap of two spaces, a line break before bullets), and from plain
 * text only where a dash is followed by a sentence: real titles have dashes too ({@code X - A Survey}).
 */
final class Titles {
    /**
     * A title cleaned. {@code alternateName}, {@code organisation} and {@code description} are what came off (or null);
     * {@code nothingLeft} says the cleaning would have left nothing, so {@code title} is the text as written.
     */
    record Title(String title, String alternateName, String organisation, String description, String asWritten,
                 boolean nothingLeft) {
        /** The title as written when it says more than the title, else null. */
        String otherAsWritten() { return title.equals(asWritten) ? null : asWritten; }
    }

    private Titles() {}

    static Notice nothingLeft(int line, String asWritten) {
        return new Notice(line, "title '" + RowInterpreter.abbreviate(asWritten) + "' is nothing but numbering, symbols or"
                + " markup; kept as written");
    }

    /** More words than any title has: a cell this long runs its title on into a description. */
    private static final int LONGEST_TITLE = 30;
    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final Pattern DASH_AFTER_LEAD = Pattern.compile("\\s*[-\u2013\u2014]{1,2}\\s*");
    private static final Pattern SPACED_DASH = Pattern.compile(" [-\u2013\u2014] ");
    private static final Pattern BULLET = Pattern.compile("\\s*[\u25CF\u2022\u25E6\u25AA\u2023\u00B7\u25CB\u25A0*-]\\s");
    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:\\d{1,3}[.)](?![\\d.])|[#*\\d]\uFE0F?\u20E3|#\\d{1,4}[.:)]?|\\(\\d{1,3}\\)|\\[\\d{1,3}\\])\\s*");
    /** An emoji written as its GitHub shortcode: {@code :star:}, {@code :fire:}. */
    private static final Pattern SHORTCODE = Pattern.compile(":[a-z0-9_+-]{1,30}:\\s*");
    private static final Pattern SHORT_NAME = Pattern.compile("^\\[([^\\[\\]]{1,40})\\](?!\\()\\s*(?=\\S)"); // not a broken link: [text](..)
    private static final Pattern AT_ORG = Pattern.compile(
            "\\s*(?:[(\uFF08]\\s*@\\s*([^()\uFF08\uFF09@]{1,60}?)\\s*[)\uFF09]|\\s@([\\p{L}\\p{N}][\\p{L}\\p{N}_.&-]{0,39}))$");
    private static final Pattern FROM_IN_PARENS = Pattern.compile("\\s*[(\uFF08]\\s*[Ff]rom\\s+([^()\uFF08\uFF09]{1,60}?)\\s*[)\uFF09]$");
    private static final Pattern FROM_SET_APART = Pattern.compile("\\s*[,|\u2013\u2014]\\s*[Ff]rom\\s+([^,|()]{1,60}?)\\s*$");
    private static final Pattern FROM = Pattern.compile("\\s+[Ff]rom\\s+([\\p{Lu}\\p{N}][\\p{L}\\p{N}&.'-]*(?:\\s+[\\p{Lu}\\p{N}][\\p{L}\\p{N}&.'-]*){0,2})$");
    /** Words an organisation's name ends with ({@code from X Labs}), and names that are organisations alone. */
    private static final Set<String> ORG_ENDINGS = Set.of("labs", "inc", "inc.", "ltd", "corp", "university", "institute");
    private static final Set<String> ORGS = Set.of("google", "meta", "microsoft", "openai", "anthropic", "nvidia", "apple",
            "amazon", "aws", "ibm", "intel", "alibaba", "tencent", "bytedance", "baidu", "huawei", "salesforce", "adobe",
            "samsung", "fujitsu", "sony", "mistral", "cohere", "xai", "stanford", "berkeley", "mit", "cmu", "tsinghua",
            "deepseek", "databricks", "hugging face", "huggingface", "eleutherai", "ai2", "allenai", "qwen", "zhipu");
    /** Bracketed words that mark a listing rather than name a paper. */
    private static final Set<String> BADGES = Set.of("new", "hot", "updated", "oral", "spotlight", "highlight", "best paper");
    private static final Map<Character, Character> QUOTES = Map.of('"', '"', '\u201C', '\u201D', '\u201E', '\u201C',
            '\u2018', '\u2019', '\u300C', '\u300D', '\u300E', '\u300F', '\u300A', '\u300B', '\u00AB', '\u00BB', '[', ']');
    /** Abbreviations whose period a title keeps. */
    private static final Set<String> ABBREVIATIONS = Set.of("al", "etc", "vs", "inc", "ltd", "co", "corp", "jr", "sr",
            "st", "no", "vol", "cf", "approx");
    /** Words a title in title case leaves in lower case. */
    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "of", "for", "and", "or", "nor", "but", "in",
            "on", "to", "with", "via", "by", "at", "from", "as", "is", "are", "into", "over", "vs", "without", "than");

    static Title clean(Cell cell) { return clean(cell.text(), cell.marks()); }

    static Title clean(String asWritten) { return clean(asWritten, Cell.Marks.NONE); }

    static Title clean(String asWritten, Cell.Marks marks) {
        String head = asWritten, description = null;
        int[] cut = descriptionAt(asWritten, marks);
        if (cut != null) {
            head = asWritten.substring(0, cut[0]);
            description = cut[1] < 0 ? null : strip(asWritten.substring(cut[1]));
        }
        String alternateName = null, organisation = null;
        String t = head;
        String before = null;
        for (int round = 0; round < 8 && !t.equals(before); round++) { // a few rounds: a hostile cell nests thousands
            before = t;
            t = stripEnds(t);
            Matcher m = t.startsWith("[") ? SHORT_NAME.matcher(t) : null; // it is anchored at the start
            if (m != null && m.find()) {
                String name = m.group(1).strip();
                if (alternateName == null && isName(name)) alternateName = name;
                t = t.substring(m.end());
            }
            Organisation org = organisationAt(t);
            if (org != null) {
                if (organisation == null) organisation = strip(org.name());
                t = t.substring(0, org.at());
            }
            t = unquote(withoutPeriod(t));
        }
        if (t.isEmpty()) return new Title(asWritten, null, null, null, asWritten, true);
        return new Title(t, alternateName, organisation, description == null || description.isEmpty() ? null : description,
                asWritten, false);
    }

    /** Where the title ends and its description starts (-1: none), or null when the whole text is the title. */
    private static int[] descriptionAt(String s, Cell.Marks m) {
        int end = s.length();
        if (m.hasLead() && m.leadEnd() == end && stripEnds(s.substring(0, m.leadStart())).isEmpty()) return null; // [**A -- B**](..)
        if (m.lineBreak() > 0 && BULLET.matcher(s).region(m.lineBreak(), end).lookingAt()) end = m.lineBreak();
        // 1) **Llama 2** - a collection of ...: the emphasis or link a cell leads with is its title
        if (m.hasLead() && m.leadEnd() < end && stripEnds(s.substring(0, m.leadStart())).isEmpty()) {
            Matcher d = DASH_AFTER_LEAD.matcher(s).region(m.leadEnd(), end);
            if (d.lookingAt() && d.end() > m.leadEnd() && d.end() < end) return new int[] {m.leadEnd(), d.end()};
            // [Title](..) <br> Authors: what follows a line break after the lead is no part of the title, nor a summary
            if (m.lineBreak() == m.leadEnd()) return new int[] {m.leadEnd(), -1};
        }
        // 1) Title  what it does: two spaces where the text shows one
        int gap = m.gap() > 0 && m.gap() < end && words(s.substring(0, m.gap())) <= LONGEST_TITLE
                && !endsOpen(s.substring(0, m.gap())) && isSentence(s.substring(m.gap(), end)) ? m.gap() : -1;
        // Title - what it does: a sentence after a dash, longer than the title (not "X - A Survey"); before any gap
        int upTo = gap < 0 ? end : gap;
        Matcher d = SPACED_DASH.matcher(s).region(0, upTo);
        while (d.find()) {
            String title = stripEnds(s.substring(0, d.start())), rest = s.substring(d.end(), upTo);
            if (words(title) > LONGEST_TITLE) break;
            if (!title.isEmpty() && !endsOpen(title) && isSentence(rest)
                    && (words(rest) >= 2 * words(title) || rest.strip().endsWith("."))) return new int[] {d.start(), d.end()};
        }
        if (gap > 0) return new int[] {gap, gap};
        int runOn = runOnAt(s, end);
        if (runOn > 0) return new int[] {runOn, runOn};
        return end < s.length() ? new int[] {end, end} : null;
    }

    /**
     * A cell longer than any title, its title in title case run on into its description with nothing between
     * ({@code 3) A Memory OS for LLMs Introduces a unified ...}): the description starts at the capitalised word before
     * the first lower-case word that is not a small one. Else -1; also when the title would be under three words.
     */
    private static int runOnAt(String s, int end) {
        List<int[]> words = new ArrayList<>();
        Matcher w = WORD.matcher(s).region(start(s, end), end);
        while (w.find()) words.add(new int[] {w.start(), w.end()});
        if (words.size() <= LONGEST_TITLE) return -1;
        int k = 0;
        while (k < LONGEST_TITLE && !(isLower(s, words.get(k)[0]) && !isSmall(s, words.get(k)))) k++;
        int j = k - 1;
        while (j > 0 && isSmall(s, words.get(j))) j--;
        if (k == LONGEST_TITLE || j < 3 || !Character.isUpperCase(s.codePointAt(words.get(j)[0]))
                || !isLower(s, words.get(j + 1)[0]) || endsOpen(s.substring(0, words.get(j)[0]))) return -1;
        return words.get(j)[0];
    }

    private static boolean isLower(String s, int at) { return Character.isLowerCase(s.codePointAt(at)); }

    private static boolean isSmall(String s, int[] word) {
        return SMALL_WORDS.contains(s.substring(word[0], word[1]).toLowerCase(Locale.ROOT));
    }

    /** Reads as a sentence, not a title: four words or more, starting in lower case or mostly in lower case. */
    static boolean isSentence(String s) {
        String[] w = s.strip().split("\\s+");
        if (w.length < 4) return false;
        int first = w[0].codePointAt(0);
        if (Character.isLowerCase(first)) return true;
        int capitalised = 0, counted = 0;
        for (int i = 1; i < w.length; i++) {
            String word = w[i].replaceAll("^\\P{L}+", "");
            if (word.isEmpty() || SMALL_WORDS.contains(word.toLowerCase(Locale.ROOT))) continue;
            counted++;
            if (!Character.isLowerCase(word.codePointAt(0))) capitalised++;
        }
        return counted >= 3 && capitalised * 2 < counted;
    }

    /** A title that ends expecting more: a colon, a comma, a joining word. */
    private static boolean endsOpen(String s) {
        String t = s.strip();
        if (t.isEmpty()) return true;
        char c = t.charAt(t.length() - 1);
        if (":,;&/+(-\u2013\u2014".indexOf(c) >= 0) return true;
        String last = t.substring(t.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return SMALL_WORDS.contains(last);
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    /** Without numbering, emoji, symbols and markers at the start, separators and markers at the end. */
    static String stripEnds(String s) {
        int to = s.length(), from = start(s, to);
        while (to > from && (Character.isWhitespace(s.charAt(to - 1)) || Character.isSpaceChar(s.charAt(to - 1))
                || ",;:|\u2013\u2014-".indexOf(s.charAt(to - 1)) >= 0)) to--;
        if (to - from >= 2 && "*_".indexOf(s.charAt(to - 1)) >= 0 && s.charAt(to - 2) == s.charAt(to - 1)) {
            while (to > from && "*_".indexOf(s.charAt(to - 1)) >= 0) to--;
            return stripEnds(s.substring(from, to));
        }
        return s.substring(from, to);
    }

    /** Where the text before {@code to} starts after numbering, emoji, symbols and markers. */
    private static int start(String s, int to) {
        int from = 0;
        for (int before = -1; from != before; ) {
            before = from;
            while (from < to) {
                int c = s.codePointAt(from);
                if (!isDecoration(c)) break;
                from += Character.charCount(c);
            }
            if (from >= to) break;
            char first = s.charAt(from);
            if (first >= '0' && first <= '9' || "#*([".indexOf(first) >= 0) { // what NUMBERING can start with
                Matcher n = NUMBERING.matcher(s).region(from, to);
                if (n.lookingAt() && n.end() > from) from = n.end();
            }
            if (from < to && s.charAt(from) == ':') {
                Matcher n = SHORTCODE.matcher(s).region(from, to);
                if (n.lookingAt()) from = n.end();
            }
        }
        return from;
    }

    /** Emoji (with their variation selectors, joiners and modifiers), symbols, bullets and markers before a title. */
    private static boolean isDecoration(int c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c) || "*_~>|\u2022\u00B7\u2023-\u2013\u2014".indexOf(c) >= 0) return true;
        if (c >= 0x2190 && c <= 0x21FF) return true; // arrows
        return switch (Character.getType(c)) {
            case Character.OTHER_SYMBOL, Character.MODIFIER_SYMBOL, Character.FORMAT, Character.NON_SPACING_MARK,
                 Character.ENCLOSING_MARK, Character.PRIVATE_USE, Character.SURROGATE -> true;
            default -> false;
        };
    }

    /** Without quotes or brackets around the whole title. */
    private static String unquote(String s) {
        if (s.length() < 3) return s;
        Character close = QUOTES.get(s.charAt(0));
        if (close == null || s.charAt(s.length() - 1) != close) return s;
        String inner = s.substring(1, s.length() - 1);
        return inner.indexOf(close) >= 0 || inner.isBlank() ? s : inner.strip();
    }

    private static String withoutPeriod(String s) {
        if (!s.endsWith(".") || s.endsWith("..")) return s;
        String last = s.substring(s.lastIndexOf(' ') + 1, s.length() - 1);
        String word = last.replaceAll("^\\P{L}+", "");
        if (last.contains(".") || last.length() == 1 && Character.isUpperCase(last.charAt(0))
                || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT))) return s; // U.S., J., et al.
        return stripEnds(s.substring(0, s.length() - 1));
    }

    /** A bracketed prefix that names the paper: not a venue or date ({@code [ICLR 2024]}), not a badge ({@code [NEW]}). */
    private static boolean isName(String s) {
        return !s.matches(".*\\d{2,}.*") && words(s) <= 3 && !BADGES.contains(s.toLowerCase(Locale.ROOT));
    }

    /** Where a trailing organisation starts, and its name. */
    private record Organisation(int at, String name) {}

    /**
     * A trailing organisation: {@code (@Org)}, {@code @Org}, {@code (from Org)}, {@code , from Org}, or {@code from Org}
     * when Org is plainly an organisation ({@code Learning from Human Feedback} is a title); never {@code (Part 1)}.
     */
    private static Organisation organisationAt(String t) {
        Matcher m = AT_ORG.matcher(t);
        if (t.indexOf('@') >= 0 && m.find() && m.start() > 0) return new Organisation(m.start(), m.group(m.group(1) != null ? 1 : 2));
        if (!t.contains("rom")) return null; // the patterns below, anchored at the end, are tried from every character
        for (Pattern p : new Pattern[] {FROM_IN_PARENS, FROM_SET_APART, FROM}) {
            m = p.matcher(t);
            if (m.find() && m.start() > 0 && (p != FROM || isOrganisation(m.group(1)))) return new Organisation(m.start(), m.group(1));
        }
        return null;
    }

    /** An organisation's name alone or with one more word ({@code Meta AI}), or ending as one does ({@code X Labs}). */
    private static boolean isOrganisation(String x) {
        String[] w = x.strip().toLowerCase(Locale.ROOT).split("\\s+");
        return ORGS.contains(String.join(" ", w)) || w.length == 2 && ORGS.contains(w[0])
                || w.length > 1 && ORG_ENDINGS.contains(w[w.length - 1]);
    }

    private static String strip(String s) { return stripEnds(s).strip(); }
}
