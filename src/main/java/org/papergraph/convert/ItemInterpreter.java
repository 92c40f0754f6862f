package org.papergraph.convert;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.papergraph.markdown.Notice;
import org.papergraph.markdown.Row;
import org.papergraph.rdf.Iris;

/**
 * Reads what a list item says (see ListItems): the paper it links, its title, its code, its authors, venue and date
 * (see Byline), and the topics and date its section headings give. An item that links no paper is prose. A paper
 * link is one {@link PaperLinks} knows, or any link the item names as its paper ({@code [[paper](..)]}).
 */
final class ItemInterpreter {
    private final Iris iris;
    private final Map<String, Node> topicNodes; // shared with the row interpreter, by label as written
    private Section lastSection; // items of one section come one after another

    ItemInterpreter(Iris iris, Map<String, Node> topicNodes) {
        this.iris = iris;
        this.topicNodes = topicNodes;
    }

    RowFacts read(Row row) {
        List<String> links = new ArrayList<>(row.cell(1).links());
        for (String l : row.cell(2).links()) if (PaperLinks.isPaper(l)) links.add(l);
        if (links.isEmpty()) return RowFacts.prose(row);
        List<Notice> warnings = new ArrayList<>(0);
        if (row.cell(0).text().isEmpty()) return RowFacts.rejected(row, warnings, "list item links a paper but gives it no title");
        Titles.Title clean = Titles.clean(row.cell(0));
        String title = clean.title();
        if (clean.nothingLeft()) warnings.add(Titles.nothingLeft(row.line(), title));
        for (String l : row.cell(2).links()) if (!links.contains(l) && PaperLinks.isCompanion(l)) links.add(l); // about it
        for (String l : row.cell(3).links()) if (PaperLinks.isCompanion(l)) links.add(l);
        PaperRef ref = PaperRef.identify(links, title, iris);
        Set<String> ids = new LinkedHashSet<>();
        if (links.size() > 1) for (String l : links) ArxivId.parse(l).ifPresent(id -> ids.add(id.id()));
        if (ids.size() > 1)
            warnings.add(new Notice(row.line(), "list item links " + ids.size() + " arXiv papers (" + String.join(", ", ids)
                    + "); read as one paper, " + ref.arxiv().id() + " (give each paper an item of its own)"));
        Node link = ref.link() == null ? null : Links.iriOrNull(ref.link());
        if (ref.link() != null && link == null)
            warnings.add(new Notice(row.line(), "link '" + RowInterpreter.abbreviate(ref.link()) + "' is not a valid IRI; not linked"));
        Sections.Context ctx = Sections.of(row.headings());
        Byline byline = Byline.read(row.cell(5).pieces(), title);
        String dateText = row.cell(4).text().isEmpty() ? "" // the date its parent item is, which most items have not
                : DATE_MARKUP.matcher(row.cell(4).text()).replaceAll(" ").strip();
        boolean bylineDated = dateText.isEmpty() && !byline.dateText().isEmpty();
        Optional<DateValue> date = !dateText.isEmpty() ? Dates.parse(dateText) : bylineDated ? Dates.parse(byline.dateText())
                : ctx.dateValue();
        if (!dateText.isEmpty() && date.isEmpty())
            warnings.add(new Notice(row.line(), "unreadable date '" + RowInterpreter.abbreviate(dateText) + "' in the item above; kept as written, without a date"));
        Node dateNode = date.map(d -> NodeFactory.createLiteralDT(d.lexical(), d.datatype())).orElse(null);
        Section section = section(ctx);
        List<String> other = new ArrayList<>(row.cell(3).links());
        other.addAll(row.cell(2).links());
        List<CodeRepos.Repo> repos = CodeRepos.find(List.of(String.join(" ", other)));
        return new RowFacts(row, warnings, null, title, PaperRef.titleKey(title), literal(title), ref, link,
                literal(bylineDated ? byline.dateAsWritten() : row.cell(4).text()), dateNode, literal(clean.description()),
                section.asWritten(), section.topics(), repos,
                literal(clean.otherAsWritten()), literal(clean.alternateName()), literal(clean.organisation()),
                byline.authors(), literal(byline.authorsAsWritten()), literal(byline.venue()), literal(byline.venueAsWritten()));
    }

    /** What a section gives each of its items, made once for all of them: its topics and its headings as written. */
    private record Section(Sections.Context context, List<RowFacts.Topic> topics, Node asWritten) {}

    private Section section(Sections.Context ctx) {
        if (lastSection == null || lastSection.context() != ctx) {
            List<RowFacts.Topic> topics = Sections.topics(ctx, label -> topicNodes.computeIfAbsent(label, l -> iris.topic(Topics.key(l))));
            lastSection = new Section(ctx, List.copyOf(topics), literal(ctx.asWritten()));
        }
        return lastSection;
    }

    private static final Pattern DATE_MARKUP = Pattern.compile("[\\[\\]()*_]");

    private static Node literal(String s) { return s == null || s.isEmpty() ? null : NodeFactory.createLiteralString(s); }
}
