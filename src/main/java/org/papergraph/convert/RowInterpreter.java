package org.papergraph.convert;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.papergraph.markdown.Cell;
import org.papergraph.markdown.Notice;
import org.papergraph.markdown.Row;
import org.papergraph.markdown.Table;
import org.papergraph.rdf.Iris;

/**
 * Reads what a row says: which columns hold what, the paper it names, its date, topics and code; and what is wrong
 * with it. Keeps no state across rows but caches, so it runs beside the parser, off the thread that writes.
 */
final class RowInterpreter {
    /** Longer than any real title or summary: worth a word to the curator. */
    private static final int LONG_CELL = 1 << 16;

    private final Iris iris;
    private final Map<Column, String> overrides;
    private final Map<Table, ColumnMap> columns = new IdentityHashMap<>();
    private final Map<Table, ColumnMap> chosen = new IdentityHashMap<>(); // since takeChosen: for the writer's Reading
    private final Map<String, Node> topicNodes = new HashMap<>(); // by label as written
    private final ItemInterpreter items;

    RowInterpreter(Iris iris, Map<Column, String> overrides) {
        this.iris = iris;
        this.overrides = overrides;
        this.items = new ItemInterpreter(iris, topicNodes);
    }

    /** Reads a batch of rows: a table first met here has its columns chosen with its rows in the batch at hand. */
    List<RowFacts> read(List<Row> rows) {
        List<RowFacts> facts = new ArrayList<>(rows.size());
        for (Row row : rows) facts.add(read(row, rows));
        return facts;
    }

    RowFacts read(Row row) { return read(row, List.of(row)); }

    /** The column maps chosen since the last call: handed with their batch to the writing thread. */
    Map<Table, ColumnMap> takeChosen() {
        Map<Table, ColumnMap> taken = new IdentityHashMap<>(chosen);
        chosen.clear();
        return taken;
    }

    private RowFacts read(Row row, List<Row> batch) {
        if (row.isListItem()) return items.read(row);
        List<Notice> warnings = new ArrayList<>(0);
        ColumnMap cols = columns.get(row.table());
        if (cols == null) {
            if (columns.size() > 64) columns.clear(); // tables come one after another: only the current one matters
            cols = columnsOf(row.table(), batch, warnings);
            columns.put(row.table(), cols);
            chosen.put(row.table(), cols);
        }
        if (row.isBlank()) return RowFacts.rejected(row, warnings, "empty row");
        if (!cols.has(Column.TITLE))
            return RowFacts.rejected(row, warnings, "the table at line " + row.table().headerLine()
                    + " has no paper column (see the warning there)");
        shapeWarnings(row, warnings);
        Cell titleCell = row.cell(cols.get(Column.TITLE));
        if (titleCell.text().isEmpty()) return RowFacts.rejected(row, warnings, "no title");

        // A cell with the title and more ("Title & Authors": "[Title](..)<br>A. One, B. Two") is titled by its first part.
        String cellTitle = Byline.titleOf(titleCell);
        Byline inTitle = Byline.read(titleCell.pieces(), cellTitle, true);
        boolean titleAndMore = !inTitle.authors().isEmpty() || !inTitle.venue().isEmpty();
        Titles.Title clean = Titles.clean(titleAndMore ? new Cell(cellTitle, List.of()) : titleCell);
        String title = clean.title();
        if (clean.nothingLeft()) warnings.add(Titles.nothingLeft(row.line(), title));
        Cell linkCell = row.cell(cols.get(Column.LINK));
        List<String> links = new ArrayList<>(titleCell.links());
        links.addAll(linkCell.links());
        if (linkCell.links().isEmpty() && !linkCell.text().isEmpty()) links.add(linkCell.text());
        PaperRef ref = PaperRef.identify(links, title, iris);
        Node link = null;
        if (ref.link() != null) {
            link = Links.iriOrNull(ref.link());
            if (link == null) warnings.add(new Notice(row.line(), "link '" + abbreviate(ref.link()) + "' is not a valid IRI; not linked"));
        } else if (!links.isEmpty()) {
            warnings.add(new Notice(row.line(), "link '" + abbreviate(links.get(0)) + "' is not an http(s), arXiv or DOI"
                    + " link; not linked, the paper is known by its title"));
        }

        // A table with no date or topics column is dated and filed by the section headings above it.
        Sections.Context sections = Sections.of(row.headings());
        Byline byline = byline(row, cols, inTitle);
        String dateText = row.cell(cols.get(Column.DATE)).text();
        boolean bylineDated = dateText.isEmpty() && !byline.dateText().isEmpty(); // "arXiv, Jun 2024" in its venue
        Optional<DateValue> date = !dateText.isEmpty() ? Dates.parse(dateText) : bylineDated ? Dates.parse(byline.dateText())
                : cols.has(Column.DATE) ? Optional.empty() : sections.dateValue();
        if (!dateText.isEmpty() && date.isEmpty())
            warnings.add(new Notice(row.line(), "unreadable date '" + abbreviate(dateText) + "'; kept as written, without a date"));
        Node dateNode = date.map(d -> NodeFactory.createLiteralDT(d.lexical(), d.datatype())).orElse(null);

        Cell abstractCell = row.cell(cols.get(Column.ABSTRACT));
        String topicsText = cols.has(Column.TOPICS) ? row.cell(cols.get(Column.TOPICS)).text() : sections.asWritten();
        List<RowFacts.Topic> topics = new ArrayList<>(3);
        if (cols.has(Column.TOPICS)) {
            for (String label : Topics.split(topicsText))
                topics.add(new RowFacts.Topic(label, topicNodes.computeIfAbsent(label, l -> iris.topic(Topics.key(l))), null));
        } else {
            topics = Sections.topics(sections, label -> topicNodes.computeIfAbsent(label, l -> iris.topic(Topics.key(l))));
        }
        Cell codeCell = row.cell(cols.get(Column.CODE));
        List<CodeRepos.Repo> repos = CodeRepos.find(List.of(abstractCell.text(), String.join(" ", abstractCell.links()),
                codeCell.text(), String.join(" ", codeCell.links()), String.join(" ", links)));
        if (topicNodes.size() > 100_000) topicNodes.clear();
        String summary = abstractCell.text().isEmpty() && clean.description() != null ? clean.description() : abstractCell.text();
        return new RowFacts(row, warnings, null, title, PaperRef.titleKey(title), literal(title), ref, link,
                literal(bylineDated ? byline.dateAsWritten() : dateText), dateNode, literal(summary),
                literal(topicsText), topics, repos,
                literal(clean.otherAsWritten()), literal(clean.alternateName()), literal(clean.organisation()),
                byline.authors(), literal(byline.authorsAsWritten()), literal(byline.venue()), literal(byline.venueAsWritten()));
    }

    /** Authors and venue from their own columns, else from beside the title in its cell. */
    private static Byline byline(Row row, ColumnMap cols, Byline inTitle) {
        int titleColumn = cols.get(Column.TITLE);
        Cell authorsCell = cols.get(Column.AUTHORS) == titleColumn ? Cell.EMPTY : row.cell(cols.get(Column.AUTHORS));
        Cell venueCell = cols.get(Column.VENUE) == titleColumn ? Cell.EMPTY : row.cell(cols.get(Column.VENUE));
        String authorsText = Byline.lines(authorsCell);
        Optional<Venues.Venue> venue = Venues.ofCell(venueCell.text());
        if (authorsText.isEmpty() && venue.isEmpty()) return inTitle;
        return new Byline(authorsText.isEmpty() ? inTitle.authors() : Authors.split(authorsText),
                authorsText.isEmpty() ? inTitle.authorsAsWritten() : authorsText,
                venue.map(Venues.Venue::name).orElse(inTitle.venue()), venue.isPresent() ? venueCell.text() : inTitle.venueAsWritten(),
                venue.map(Venues.Venue::dateText).orElse(inTitle.dateText()),
                venue.isPresent() ? venueCell.text() : inTitle.dateAsWritten());
    }

    private static void shapeWarnings(Row row, List<Notice> warnings) {
        if (row.isPadded()) {
            List<String> missing = row.table().headers().subList(row.presentCells(), row.cells().size());
            warnings.add(new Notice(row.line(), "row has " + row.presentCells() + " of " + row.cells().size()
                    + " cells; missing: " + String.join(", ", missing)));
        }
        if (row.droppedText() != null)
            warnings.add(new Notice(row.line(), "row has cells past the header's " + row.cells().size()
                    + " columns; not read: \"" + abbreviate(row.droppedText()) + "\""));
        for (int i = 0; i < row.cells().size(); i++)
            if (row.cells().get(i).text().length() > LONG_CELL)
                warnings.add(new Notice(row.line(), "cell '" + row.table().headers().get(i) + "' is "
                        + row.cells().get(i).text().length() + " characters long; kept whole (is a closing pipe or a line break missing?)"));
    }

    private ColumnMap columnsOf(Table table, List<Row> rows, List<Notice> warnings) {
        ColumnMap map = new ColumnMap(table, overrides, rows);
        for (String o : map.missingOverrides())
            warnings.add(new Notice(table.headerLine(), "--columns " + o + ": no such column in this table (headers: "
                    + String.join(", ", table.headers()) + ")"));
        if (map.has(Column.TITLE) && !map.unmapped().isEmpty())
            warnings.add(new Notice(table.headerLine(), "column(s) not read: " + String.join(", ", map.unmapped())
                    + " (map one with --columns NAME=HEADER)"));
        // A table with no paper column is told of when it ends, with how many rows it rejected (RowMapper).
        return map;
    }

    private static Node literal(String s) { return s == null || s.isEmpty() ? null : NodeFactory.createLiteralString(s); }

    static String abbreviate(String s) { return s.length() <= 80 ? s : s.substring(0, 77) + "..."; }
}
