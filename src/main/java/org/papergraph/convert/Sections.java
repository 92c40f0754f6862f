package org.papergraph.convert;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;

import org.papergraph.markdown.Heading;

/**
 * What the section headings above a list item or a table row say of it. A heading that names a subject is a topic, broader than the
 * topics of the headings under it. A heading that only groups by time ({@code 2024}, {@code (Jan 16-22)}, {@code Top
 * ML Papers of the Week (June 23 - June 29) - 2025}) gives the item's date instead, its year from a heading above when
 * it has none. The file's title, a table of contents, news, contributing, citation and badge sections name no topic,
 * nor do the headings under news and contents.
 */
final class Sections {
    /** The topics, outermost first; the date as a text Dates reads, or empty, and as read; the path as written. */
    record Context(List<String> topics, String date, Optional<DateValue> dateValue, String asWritten) {}

    private static final Set<String> NOT_TOPICS = Set.of("contents", "table of contents", "toc", "overview", "news",
            "updates", "update", "contributing", "contribute", "contributors", "contribution", "citation", "citations",
            "cite", "how to cite", "star history", "license", "acknowledgements", "acknowledgments", "acknowledgement",
            "contact", "papers", "paper list", "papers list", "table", "index", "about", "changelog", "todo");
    /** Sections whose sub-headings are no topics either. */
    private static final Set<String> NOT_TOPICS_BELOW = Set.of("contents", "table of contents", "toc", "news", "updates",
            "contributing", "citation");
    private static final Pattern NUMBERING = Pattern.compile("^(?:\\d+(?:\\.\\d+)*\\.?|[ivxlc]+\\.|[a-z]\\))\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}&+/':() -]+");
    private static final Pattern YEAR = Pattern.compile("\\b(19[5-9]\\d|20\\d\\d)\\b");
    private static final Pattern MONTH = Pattern.compile(
            "\\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
            + "|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b");
    private static final Set<String> TIME_WORDS = Set.of("week", "weekly", "weeks", "month", "monthly", "months", "year",
            "papers", "paper", "top", "ml", "ai", "llm", "of", "the", "in", "best", "new", "daily", "day", "highlights",
            "edition", "issue", "latest", "genai", "this", "from", "to", "and", "since", "before", "after", "earlier", "older");

    private static final Pattern LEADING_SYMBOLS = Pattern.compile("^[^\\p{L}\\p{N}]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^a-z]+");
    private static final Set<String> ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th");

    /** The headings last read, what each says and what they say together: items of one section share one list of headings. */
    private record Memo(List<Heading> headings, List<Said> said, Context context) {}

    /** What one heading says: its label, and when it only groups by time, the year and month it names (or null). */
    private record Said(String label, String key, boolean time, String year, String month) {
        static Said of(Heading h) {
            String label = Sections.label(h.text());
            String lower = h.text().toLowerCase(Locale.ROOT);
            if (!isTime(lower)) return new Said(label, label.toLowerCase(Locale.ROOT), false, null, null);
            String year = null;
            for (var y = YEAR.matcher(lower); y.find(); ) year = y.group(1);
            var m = MONTH.matcher(lower);
            return new Said(label, label.toLowerCase(Locale.ROOT), true, year, m.find() ? m.group(1) : null);
        }
    }

    private static volatile Memo last;

    private Sections() {}

    /** The context's topics, outermost first, each heading's concept broader than the next one's. */
    static List<RowFacts.Topic> topics(Context context, Function<String, Node> concept) {
        List<RowFacts.Topic> topics = new java.util.ArrayList<>(context.topics().size());
        Node broader = null;
        for (String label : context.topics()) {
            Node c = concept.apply(label);
            topics.add(new RowFacts.Topic(label, c, broader));
            broader = c;
        }
        return topics;
    }

    static Context of(List<Heading> headings) {
        Memo m = last;
        if (m != null && m.headings() == headings) return m.context();
        // The next section shares most headings with the last one (its month, its topic): each is read once.
        List<Said> said = new java.util.ArrayList<>(headings.size());
        for (int i = 0; i < headings.size(); i++) {
            boolean same = m != null && i < m.headings().size() && m.headings().get(i) == headings.get(i);
            said.add(same ? m.said().get(i) : Said.of(headings.get(i)));
        }
        Context c = read(headings, said);
        last = new Memo(headings, said, c);
        return c;
    }

    private static Context read(List<Heading> headings, List<Said> said) {
        List<String> topics = new java.util.ArrayList<>();
        StringBuilder written = new StringBuilder();
        String year = null, month = null;
        boolean below = false;
        for (int i = 0; i < headings.size(); i++) {
            Heading h = headings.get(i);
            if (h.fileTitle() || h.text().isBlank()) continue;
            if (!written.isEmpty()) written.append(" \u203A ");
            written.append(h.text());
            Said s = said.get(i);
            if (s.label().isEmpty() || below) continue;
            if (NOT_TOPICS_BELOW.contains(s.key())) below = true;
            if (NOT_TOPICS.contains(s.key())) continue;
            if (s.time()) {
                if (s.year() != null) { year = s.year(); month = null; }
                if (s.month() != null) month = s.month();
                continue;
            }
            topics.add(s.label());
        }
        String date = year == null ? "" : month == null ? year : month + " " + year;
        return new Context(List.copyOf(topics), date, date.isEmpty() ? Optional.empty() : Dates.parse(date), written.toString());
    }

    /** The heading as a topic's name: no numbering, emoji or markup. */
    static String label(String text) {
        String s = NUMBERING.matcher(LEADING_SYMBOLS.matcher(text).replaceFirst("")).replaceFirst("");
        s = SPACES.matcher(NOT_WORD.matcher(s).replaceAll(" ")).replaceAll(" ").strip();
        int from = 0, to = s.length(); // a loop: no regex backtracks on a long run of dashes
        while (from < to && "-&+/': ".indexOf(s.charAt(from)) >= 0) from++;
        while (to > from && "-&+/': ".indexOf(s.charAt(to - 1)) >= 0) to--;
        return s.substring(from, to);
    }

    /** Only dates and words that say "the papers of this time". */
    static boolean isTime(String lower) {
        String rest = MONTH.matcher(YEAR.matcher(lower).replaceAll(" ")).replaceAll(" ");
        if (rest.equals(lower)) return false; // no year and no month
        for (String w : NOT_LETTERS.split(rest))
            if (!w.isEmpty() && !TIME_WORDS.contains(w) && !ORDINAL_SUFFIXES.contains(w)) return false;
        return true;
    }
}
