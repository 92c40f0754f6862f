package org.papergraph.convert;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIx;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.papergraph.markdown.Cell;
import org.papergraph.markdown.Row;
import org.papergraph.markdown.Table;
import org.papergraph.rdf.Iris;
import org.papergraph.rdf.Vocab;

import static org.papergraph.rdf.Vocab.*;

/**
 * Turns table rows into RDF, streaming. A paper is described once, by the first row that lists it; later rows add
 * only what it lacked (a topic, a repository, a date). Every row also becomes a record of its own (a Listing: its
 * title, date, summary and topics as written, its file and line), so nothing a row said is lost. Each source's
 * statements go to that source's named graph.
 */
final class RowMapper {
    /** Longer than any real title or summary: worth a word to the curator. */
    private static final int LONG_CELL = 1 << 16;

    /** What the run has said about a paper, to add only what is new and to notice conflicting titles. */
    private static final class Paper {
        final String title, titleKey, file;
        final int line;
        final Set<Node> said = new HashSet<>(4);
        boolean hasDate, hasAbstract;

        Paper(String title, String file, int line) {
            this.title = title;
            this.titleKey = PaperRef.titleKey(title);
            this.file = file;
            this.line = line;
        }
    }

    private final Iris iris;
    private final Vocab pg;
    private final Map<Column, String> overrides;
    private final StreamRDF out;
    private final Report report;
    private final Map<Node, Paper> papers = new HashMap<>();
    private final Set<Node> concepts = new HashSet<>();
    private final Set<Node> code = new HashSet<>();
    private boolean schemeSaid;

    // the source being read
    private String file, fileName, sourceSlug;
    private Node graph;
    private boolean sourceSaid;
    private final Map<Table, ColumnMap> columns = new IdentityHashMap<>();
    private final Map<Node, Integer> listed = new HashMap<>();

    RowMapper(Iris iris, Map<Column, String> overrides, StreamRDF out, Report report) {
        this.iris = iris;
        this.pg = new Vocab(iris);
        this.overrides = overrides;
        this.out = out;
        this.report = report;
    }

    void startSource(String displayName, String fileName, String slug) {
        this.file = displayName;
        this.fileName = fileName;
        this.sourceSlug = slug;
        this.graph = iris.source(slug);
        this.sourceSaid = false;
        columns.clear();
        listed.clear();
    }

    /** A source is described once it has something to say: a file without a table leaves no trace. */
    private void describeSource() {
        if (sourceSaid) return;
        sourceSaid = true;
        emit(graph, TYPE, pg.sourceFile);
        emit(graph, TYPE, ENTITY);
        emit(graph, TITLE, text(fileName));
        emit(graph, pg.path, text(file));
    }

    void map(Row row) {
        describeSource();
        ColumnMap cols = columns.computeIfAbsent(row.table(), this::columnsOf);
        if (row.isBlank()) {
            reject(row, "empty row");
            return;
        }
        if (!cols.has(Column.TITLE)) {
            reject(row, "the table at line " + row.table().headerLine() + " has no title column (headers: "
                    + String.join(", ", row.table().headers()) + "); name one with --columns title=HEADER");
            return;
        }
        if (row.isPadded()) {
            List<String> missing = row.table().headers().subList(row.presentCells(), row.cells().size());
            warn(row.line(), "row has " + row.presentCells() + " of " + row.cells().size() + " cells; missing: "
                    + String.join(", ", missing));
        }
        if (row.droppedText() != null)
            warn(row.line(), "row has cells past the header's " + row.cells().size() + " columns; not read: \""
                    + abbreviate(row.droppedText()) + "\"");
        for (int i = 0; i < row.cells().size(); i++)
            if (row.cells().get(i).text().length() > LONG_CELL)
                warn(row.line(), "cell '" + row.table().headers().get(i) + "' is " + row.cells().get(i).text().length()
                        + " characters long; kept whole (is a closing pipe or a line break missing?)");
        Cell titleCell = row.cell(cols.get(Column.TITLE));
        if (titleCell.text().isEmpty()) {
            reject(row, "no title");
            return;
        }
        mapPaper(row, cols, titleCell);
    }

    private void mapPaper(Row row, ColumnMap cols, Cell titleCell) {
        String title = titleCell.text();
        Cell linkCell = row.cell(cols.get(Column.LINK));
        List<String> links = new ArrayList<>(titleCell.links());
        links.addAll(linkCell.links());
        if (linkCell.links().isEmpty() && !linkCell.text().isEmpty()) links.add(linkCell.text());
        PaperRef ref = PaperRef.identify(links, title, iris);
        Node p = ref.iri();

        String dateText = row.cell(cols.get(Column.DATE)).text();
        Optional<DateValue> date = dateText.isEmpty() ? Optional.empty() : Dates.parse(dateText);
        if (!dateText.isEmpty() && date.isEmpty())
            warn(row.line(), "unreadable date '" + abbreviate(dateText) + "'; kept as written, without a date");
        Node dateNode = date.map(d -> NodeFactory.createLiteralDT(d.lexical(), d.datatype())).orElse(null);
        Cell abstractCell = row.cell(cols.get(Column.ABSTRACT));
        String topicsText = row.cell(cols.get(Column.TOPICS)).text();
        List<Node> topics = topics(topicsText);
        Cell codeCell = row.cell(cols.get(Column.CODE));
        List<CodeRepos.Repo> repos = CodeRepos.find(List.of(abstractCell.text(), String.join(" ", abstractCell.links()),
                codeCell.text(), String.join(" ", codeCell.links())));

        Paper known = papers.get(p);
        boolean conflicting = false;
        if (known == null) {
            known = new Paper(title, file, row.line());
            papers.put(p, known);
            report.paper();
            describePaper(p, ref, title);
        } else {
            report.repeat();
            conflicting = !known.titleKey.equals(PaperRef.titleKey(title));
            if (conflicting)
                warn(row.line(), (ref.arxiv() != null ? "arXiv " + ref.arxiv().id() : "link " + ref.link())
                        + " is titled \"" + abbreviate(title) + "\" here but \"" + abbreviate(known.title) + "\" at "
                        + (known.file.equals(file) ? "line " : known.file + ":") + known.line
                        + "; one paper, both titles kept in their listings");
        }
        // A row that titles the paper otherwise may well mean another paper: what it says stays in its listing only.
        if (!conflicting) addToPaper(p, known, dateNode, abstractCell.text(), topics, repos);
        listing(row, p, ref, title, dateText, dateNode, abstractCell.text(), topicsText, topics);
    }

    /** What a row adds to the paper: the first date and abstract given, every topic and repository. */
    private void addToPaper(Node p, Paper known, Node dateNode, String abstractText, List<Node> topics,
                            List<CodeRepos.Repo> repos) {
        if (dateNode != null && !known.hasDate) {
            known.hasDate = true;
            emit(p, DATE, dateNode);
        }
        if (!abstractText.isEmpty() && !known.hasAbstract) {
            known.hasAbstract = true;
            emit(p, ABSTRACT, text(abstractText));
        }
        for (Node t : topics) if (known.said.add(t)) emit(p, SUBJECT, t);
        for (CodeRepos.Repo r : repos) {
            Node c = iris.code(r.host(), r.owner(), r.name());
            if (code.add(c)) {
                emit(c, TYPE, SOFTWARE_SOURCE_CODE);
                emit(c, CODE_REPOSITORY, NodeFactory.createURI(r.url()));
            }
            if (known.said.add(c)) emit(p, pg.hasCode, c);
        }
    }

    /** The record of the row itself: everything it said, as written, and where. */
    private void listing(Row row, Node p, PaperRef ref, String title, String dateText, Node dateNode,
                         String abstractText, String topicsText, List<Node> topics) {
        int occurrence = listed.merge(p, 1, Integer::sum);
        Node l = iris.listing(sourceSlug, p, occurrence);
        emit(l, TYPE, pg.listing);
        emit(l, pg.listingOf, p);
        emit(l, WAS_DERIVED_FROM, graph);
        emit(l, pg.sourceLine, integer(row.line()));
        emit(l, TITLE, text(title));
        if (!dateText.isEmpty()) emit(l, pg.dateAsWritten, text(dateText));
        if (dateNode != null) emit(l, DATE, dateNode);
        if (!abstractText.isEmpty()) emit(l, ABSTRACT, text(abstractText));
        if (!topicsText.isEmpty()) emit(l, pg.topicsAsWritten, text(topicsText));
        for (Node t : topics) emit(l, SUBJECT, t);
        if (ref.link() != null) {
            Node link = iriOrNull(ref.link());
            if (link != null) emit(l, pg.link, link);
            else warn(row.line(), "link '" + abbreviate(ref.link()) + "' is not a valid IRI; not linked");
        }
        if (ref.arxiv() != null && ref.arxiv().version() != null)
            emit(l, pg.arxivVersion, integer(ref.arxiv().version()));
    }

    private void describePaper(Node p, PaperRef ref, String title) {
        emit(p, TYPE, SCHOLARLY_ARTICLE);
        emit(p, TITLE, text(title));
        if (ref.arxiv() != null) {
            ArxivId id = ref.arxiv();
            emit(p, TYPE, PREPRINT);
            emit(p, HAS_ARXIV_ID, text(id.id()));
            emit(p, DOI, text(id.doi()));
            emit(p, URL, NodeFactory.createURI(id.absUrl()));
            emit(p, HAS_URL, NodeFactory.createURI(id.pdfUrl()));
        } else if (ref.link() != null) {
            Node link = iriOrNull(ref.link());
            if (link != null) {
                emit(p, URL, link);
                if (ref.link().toLowerCase().endsWith(".pdf")) emit(p, HAS_URL, link);
            }
        }
    }

    private List<Node> topics(String cell) {
        List<Node> nodes = new ArrayList<>();
        for (String label : Topics.split(cell)) {
            Node t = iris.topic(Topics.key(label));
            nodes.add(t);
            if (concepts.add(t)) {
                if (!schemeSaid) {
                    schemeSaid = true;
                    emit(iris.topicScheme(), TYPE, CONCEPT_SCHEME);
                    emit(iris.topicScheme(), TITLE, text("Topics"));
                }
                emit(t, TYPE, CONCEPT);
                emit(t, PREF_LABEL, text(label));
                emit(t, IN_SCHEME, iris.topicScheme());
            }
        }
        return nodes;
    }

    private ColumnMap columnsOf(Table table) {
        ColumnMap map = new ColumnMap(table, overrides);
        report.table();
        for (String o : map.missingOverrides())
            warn(table.headerLine(), "--columns " + o + ": no such column in this table (headers: "
                    + String.join(", ", table.headers()) + ")");
        if (map.has(Column.TITLE) && !map.unmapped().isEmpty())
            warn(table.headerLine(), "column(s) not read: " + String.join(", ", map.unmapped())
                    + " (map one with --columns NAME=HEADER)");
        return map;
    }

    private void reject(Row row, String reason) {
        report.add(new Problem(Problem.Kind.REJECTED, file, row.line(), reason));
        Node r = iris.rejectedRow(sourceSlug, row.sourceText());
        emit(r, TYPE, pg.rejectedRow);
        emit(r, WAS_DERIVED_FROM, graph);
        emit(r, pg.sourceLine, integer(row.line()));
        emit(r, pg.reason, text(reason));
        emit(r, pg.rowText, text(row.sourceText()));
    }

    void warn(int line, String message) {
        describeSource();
        report.add(new Problem(Problem.Kind.WARNING, file, line, message));
    }

    private void emit(Node s, Node p, Node o) { out.quad(Quad.create(graph, s, p, o)); }

    private static Node text(String s) { return NodeFactory.createLiteralString(s); }

    private static Node integer(int n) { return NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDinteger); }

    private static Node iriOrNull(String link) {
        String s = link.strip();
        try {
            IRIx iri = IRIx.create(s);
            return iri.isAbsolute() ? NodeFactory.createURI(iri.str()) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    static String abbreviate(String s) { return s.length() <= 80 ? s : s.substring(0, 77) + "..."; }
}
