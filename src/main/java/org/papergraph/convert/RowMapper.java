package org.papergraph.convert;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.papergraph.markdown.Notice;
import org.papergraph.markdown.Table;
import org.papergraph.rdf.Iris;

import static org.papergraph.rdf.Vocab.*;

/**
 * Writes what rows say as RDF, streaming. A paper is described once, by the first row that lists it; later rows add
 * only what it lacked (a topic, a repository, a date, its authors or venue). Every row also becomes a record of its own (a Listing: its
 * title, date, summary and topics as written, its file and line), so nothing a row said is lost. Each source's
 * statements go to that source's named graph. Each block read (a table, a list) is accounted for in a {@link Reading}
 * (see {@link Blocks}). Holds what the run has seen, so it runs on one thread.
 */
final class RowMapper {
    /**
     * What the run has said about a paper, to add only what is new and to notice conflicting titles. Kept for every
     * paper of the run, so kept small: a million papers fit in a modest heap.
     */
    private static final class Paper {
        final String title, file;
        final int line;
        private Node[] said = NONE; // its topics and code, written already
        boolean hasDate, hasAbstract, hasAlternateName, hasOrganisation, hasAuthors, hasVenue, hasArxivMonth;

        Paper(String title, String file, int line) {
            this.title = title;
            this.file = file;
            this.line = line;
        }

        /** Notes that the paper links to a topic or repository; false if it did already. */
        boolean say(Node n) {
            for (Node s : said) if (s.equals(n)) return false;
            said = Arrays.copyOf(said, said.length + 1);
            said[said.length - 1] = n;
            return true;
        }
    }

    private static final Node[] NONE = {};

    private final Iris iris;
    private final StreamRDF out;
    private final Report report;
    private final Map<Node, Paper> papers = new HashMap<>();
    private final Set<Node> concepts = new HashSet<>();
    private final Set<Node> code = new HashSet<>();
    private final Set<java.util.List<Node>> broader = new HashSet<>(); // (concept, broader) pairs said
    private boolean schemeSaid;

    // the source being read
    private String file, fileName, sourceSlug;
    private Node graph;
    private boolean sourceSaid;
    private final Map<Node, Integer> listed = new HashMap<>();

    private final Blocks blocks;

    RowMapper(Iris iris, StreamRDF out, Report report, Consumer<Reading> readings) {
        this.iris = iris;
        this.out = out;
        this.report = report;
        this.blocks = new Blocks(new BlockRecords(iris, out), this::blockEnded, readings);
    }

    void startSource(String displayName, String fileName, String slug) {
        this.file = displayName;
        this.fileName = fileName;
        this.sourceSlug = slug;
        this.graph = iris.source(slug);
        this.sourceSaid = false;
        listed.clear();
        blocks.startSource(displayName, graph, slug);
    }

    /** The column maps of tables met in the batch at hand, chosen on the reading thread. */
    void columns(Map<Table, ColumnMap> chosen) { blocks.columns(chosen); }

    /** Ends the source: its last block is accounted for. */
    void endSource() { blocks.end(); }

    /** A table with no paper column is reported once, with its headers and how many rows it rejected, not per row. */
    private void blockEnded(Reading r) {
        if (!r.hasPaperColumn())
            warn(r.firstLine(), "table has no paper column: no header names one and no column's cells link papers"
                    + " (headers: " + String.join(", ", r.headers()) + "); its " + r.rows() + " row(s) are rejected"
                    + " (name one with --columns title=HEADER)");
    }

    /** A source is described once it has something to say: a file without a table leaves no trace. */
    private void describeSource() {
        if (sourceSaid) return;
        sourceSaid = true;
        emit(graph, TYPE, SOURCE_FILE);
        emit(graph, TYPE, ENTITY);
        emit(graph, TITLE, text(fileName));
        emit(graph, PATH, text(file));
        blocks.sourceSaid();
    }

    void map(RowFacts row) {
        Reading in = blocks.of(row);
        if (row.isProse()) {
            report.countProse();
            in.count(row, Reading.Outcome.PROSE);
            return;
        }
        describeSource();
        for (Notice w : row.warnings()) warn(w.line(), w.message());
        if (row.isRejected()) {
            // The rows of a table with no paper column are told of once, when it ends (see blockEnded).
            reject(row, in.hasPaperColumn() || row.row().isBlank());
            in.count(row, Reading.Outcome.REJECTED);
            return;
        }
        Node p = row.ref().iri();
        Paper known = papers.get(p);
        boolean conflicting = false;
        if (known == null) {
            known = new Paper(row.title(), file, row.row().line());
            papers.put(p, known);
            report.paper();
            in.count(row, Reading.Outcome.PAPER);
            describePaper(p, row);
        } else {
            report.repeat();
            in.count(row, Reading.Outcome.REPEAT);
            conflicting = !PaperRef.titleKey(known.title).equals(row.titleKey());
            if (conflicting) {
                PaperRef ref = row.ref();
                warn(row.row().line(), (ref.arxiv() != null ? "arXiv " + ref.arxiv().id() : "link " + ref.link())
                        + " is titled \"" + RowInterpreter.abbreviate(row.title()) + "\" here but \""
                        + RowInterpreter.abbreviate(known.title) + "\" at "
                        + (known.file.equals(file) ? "line " : known.file + ":") + known.line
                        + "; one paper, both titles kept in their listings");
            }
        }
        // A row that titles the paper otherwise may well mean another paper: what it says stays in its listing only.
        if (!conflicting) addToPaper(p, known, row);
        listing(p, row);
    }

    private void describePaper(Node p, RowFacts row) {
        emit(p, TYPE, SCHOLARLY_ARTICLE);
        emit(p, TITLE, row.titleLiteral());
        ArxivId id = row.ref().arxiv();
        if (id != null) {
            emit(p, TYPE, PREPRINT);
            emit(p, HAS_ARXIV_ID, text(id.id()));
            emit(p, DOI, text(id.doi()));
            emit(p, URL, NodeFactory.createURI(id.absUrl()));
            emit(p, HAS_URL, NodeFactory.createURI(id.pdfUrl()));
        } else if (row.ref().doi() != null) {
            emit(p, DOI, text(row.ref().doi()));
            emit(p, URL, NodeFactory.createURI(PaperRef.doiUrl(row.ref().doi())));
        } else if (row.link() != null && !row.ref().byTitle()) {
            emit(p, URL, row.link());
            if (row.link().getURI().toLowerCase().endsWith(".pdf")) emit(p, HAS_URL, row.link());
        }
    }

    /**
     * What a row adds to the paper: the first date, abstract, short name and organisation given, every topic and
     * repository.
     */
    private void addToPaper(Node p, Paper known, RowFacts row) {
        if (row.date() != null && !known.hasDate) {
            known.hasDate = true;
            emit(p, DATE, row.date());
        }
        ArxivId id = row.ref().arxiv();
        if (row.date() == null && !known.hasDate && !known.hasArxivMonth && id != null && id.month() != null) {
            known.hasArxivMonth = true; // told apart from a date a list gave: the month arXiv numbered it in
            emit(p, ARXIV_MONTH, NodeFactory.createLiteralDT(id.month(), XSDDatatype.XSDgYearMonth));
        }
        if (!row.authors().isEmpty() && !known.hasAuthors) {
            known.hasAuthors = true;
            emit(p, AUTHOR, list(row.authors()));
        }
        if (row.venue() != null && !known.hasVenue) {
            known.hasVenue = true;
            emit(p, PUBLICATION_NAME, row.venue());
        }
        if (row.abstractLiteral() != null && !known.hasAbstract) {
            known.hasAbstract = true;
            emit(p, ABSTRACT, row.abstractLiteral());
        }
        if (row.alternateName() != null && !known.hasAlternateName) {
            known.hasAlternateName = true;
            emit(p, ALTERNATE_NAME, row.alternateName());
        }
        if (row.organisation() != null && !known.hasOrganisation) {
            known.hasOrganisation = true;
            emit(p, SOURCE_ORGANIZATION, row.organisation());
        }
        for (RowFacts.Topic t : row.topics()) {
            describeTopic(t);
            if (known.say(t.concept())) emit(p, SUBJECT, t.concept());
        }
        for (CodeRepos.Repo r : row.repos()) {
            Node c = iris.code(r.host(), r.owner(), r.name());
            if (code.add(c)) {
                emit(c, TYPE, SOFTWARE_SOURCE_CODE);
                emit(c, CODE_REPOSITORY, NodeFactory.createURI(r.url()));
            }
            if (known.say(c)) emit(p, HAS_CODE, c);
        }
        for (Node about : row.ref().seeAlso()) if (known.say(about)) emit(p, SEE_ALSO, about);
    }

    /** The record of the row itself: everything it said, as written, and where. */
    private void listing(Node p, RowFacts row) {
        int occurrence = listed.merge(p, 1, Integer::sum);
        Node l = iris.listing(sourceSlug, p, occurrence);
        emit(l, TYPE, LISTING);
        emit(l, LISTING_OF, p);
        emit(l, WAS_DERIVED_FROM, graph);
        emit(l, SOURCE_LINE, integer(row.row().line()));
        emit(l, TITLE, row.titleLiteral());
        if (row.titleAsWritten() != null) emit(l, TITLE_AS_WRITTEN, row.titleAsWritten());
        if (row.dateAsWritten() != null) emit(l, DATE_AS_WRITTEN, row.dateAsWritten());
        if (row.date() != null) emit(l, DATE, row.date());
        if (row.abstractLiteral() != null) emit(l, ABSTRACT, row.abstractLiteral());
        if (row.topicsAsWritten() != null) emit(l, TOPICS_AS_WRITTEN, row.topicsAsWritten());
        for (RowFacts.Topic t : row.topics()) {
            describeTopic(t);
            emit(l, SUBJECT, t.concept());
        }
        if (row.link() != null) emit(l, LINK, row.link());
        if (row.authorsAsWritten() != null) emit(l, AUTHORS_AS_WRITTEN, row.authorsAsWritten());
        if (row.venueAsWritten() != null) emit(l, VENUE_AS_WRITTEN, row.venueAsWritten());
        ArxivId id = row.ref().arxiv();
        if (id != null && id.version() != null) emit(l, ARXIV_VERSION, integer(id.version()));
    }

    /** A topic's concept, the first time the run meets it, labelled as written there. */
    private void describeTopic(RowFacts.Topic t) {
        if (t.broader() != null && broader.add(Arrays.asList(t.concept(), t.broader()))) emit(t.concept(), BROADER, t.broader());
        if (!concepts.add(t.concept())) return;
        if (!schemeSaid) {
            schemeSaid = true;
            emit(iris.topicScheme(), TYPE, CONCEPT_SCHEME);
            emit(iris.topicScheme(), TITLE, text("Topics"));
        }
        emit(t.concept(), TYPE, CONCEPT);
        emit(t.concept(), PREF_LABEL, text(t.label()));
        emit(t.concept(), IN_SCHEME, iris.topicScheme());
    }

    private void reject(RowFacts row, boolean tell) {
        if (tell) report.add(new Problem(Problem.Kind.REJECTED, file, row.row().line(), row.rejection()));
        else report.rejectedUntold();
        Node r = iris.rejectedRow(sourceSlug, row.row().sourceText());
        emit(r, TYPE, REJECTED_ROW);
        emit(r, WAS_DERIVED_FROM, graph);
        emit(r, SOURCE_LINE, integer(row.row().line()));
        emit(r, REASON, text(row.rejection()));
        emit(r, ROW_TEXT, text(row.row().sourceText()));
    }

    void warn(int line, String message) {
        describeSource();
        report.add(new Problem(Problem.Kind.WARNING, file, line, message));
    }

    /** An rdf:List of the names, in order, on blank nodes: the paper's own, described with it. */
    private Node list(java.util.List<String> items) {
        Node head = NodeFactory.createBlankNode(), cell = head;
        for (int i = 0; i < items.size(); i++) {
            emit(cell, FIRST, text(items.get(i)));
            Node next = i + 1 < items.size() ? NodeFactory.createBlankNode() : NIL;
            emit(cell, REST, next);
            cell = next;
        }
        return head;
    }

    /** Where the quads go: the topics file's are written there too. */
    StreamRDF out() { return out; }

    private void emit(Node s, Node p, Node o) { out.quad(Quad.create(graph, s, p, o)); }

    private static Node text(String s) { return NodeFactory.createLiteralString(s); }

    private static Node integer(int n) { return NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDinteger); }
}
