package org.papergraph.store.views;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Symbol;
import org.papergraph.store.Store;
import org.papergraph.store.text.TextIndex;

/**
 * The questions pages and queries ask of the store's derived data, each answered here and nowhere else, each in one
 * order written once below. Four implementations stand behind it, one chosen per question for speed:
 * <ul>
 * <li>the in-memory arrays ({@link PaperIndex}, built from three index scans on first use or by {@link #warmUp}):
 * the newest papers, topics by paper count (with their labels), a topic's related topics, a paper's topics; and a
 * topic's papers and a paper's neighbours once they are built;</li>
 * <li>the search index ({@link TextIndex}, Lucene, kept at load): words searched for; and a topic's papers and a
 * paper's neighbours until the arrays are built (a one-off {@code papergraph query} never builds them);</li>
 * <li>the statistics graph ({@code Statistics}, counted at load): papers per month;</li>
 * <li>the history graph, held in memory once asked ({@link ListedIndex}, built from two index scans): the papers
 * newest listed, on a topic or in a source, and the listings last changed.</li>
 * </ul>
 * Each question is answered in one order ({@link ViewOrders}). Where two implementations answer one question they
 * answer alike: {@code TestPaperViews} holds each to the plain
 * SPARQL form of the question ({@code queries/plain/}), ties included.
 * <p>
 * An instance is a snapshot of one store: {@link Store#views()} gives the store's, built from index scans as it was
 * opened, and a store loaded while served gets new ones made from these and what the load changed
 * ({@link Store#renewViews}, {@link #renewed}). Queries find it in the dataset's context ({@link #SYMBOL}).
 */
public final class PaperViews {
    /** Where papergraph's property functions find the views: in the store's dataset context. */
    public static final Symbol SYMBOL = Symbol.create("papergraph:views");

    /** A paper or topic with a count: topics (or papers) shared with the one asked about, or a topic's papers. */
    public record Scored(Node node, int shared) {}

    /** A paper with its latest date's {@link ViewOrders#dateKey} (null: undated). */
    public record Dated(Node paper, String dateKey) {}

    /** How many of some papers have code: {@code withCode} of {@code of}. */
    public record Share(int withCode, int of) {}

    /** A paper with when it was first listed (in the store, or by one source). */
    public record Listed(Node paper, Instant listed) {}

    /** A listing of a paper by a source, with when it was added and when it last changed (the same when it never did). */
    public record Change(Node listing, Node paper, Node source, Instant added, Instant changed) {
        public boolean isNew() { return added.equals(changed); }
    }

    private final DatasetGraph dsg;
    private final Node statistics, history;
    private final TextIndex text;
    private final Object building = new Object(), buildingListed = new Object(), readingTree = new Object();
    private volatile PaperIndex memory;
    private volatile ListedIndex listed;
    private volatile TopicTree tree;
    private volatile GatheredTopics gathered;
    private volatile BooleanSupplier stop = () -> false;
    private volatile boolean closed;
    private final ChartData charts;
    /** What loads changed since a build of this instance's indexes began: what {@link #renewed} reads again. */
    private Changed pending = Changed.NOTHING;
    private boolean built;

    /** The views of an open store as it is now; the store makes them when opened. */
    public PaperViews(DatasetGraph dsg, Node statisticsGraph, Node historyGraph, TextIndex text) {
        this(dsg, statisticsGraph, historyGraph, text, null, null);
    }

    private PaperViews(DatasetGraph dsg, Node statisticsGraph, Node historyGraph, TextIndex text, PaperIndex memory, ListedIndex listed) {
        this.dsg = dsg;
        this.statistics = statisticsGraph;
        this.history = historyGraph;
        this.text = text;
        this.memory = memory;
        this.listed = listed;
        this.built = memory != null || listed != null;
        this.charts = new ChartData(dsg, statisticsGraph, this::memory, t -> memory().ranksOn(tree().gathered(t)));
    }

    /**
     * A load committed: its change is read again by {@link #renewed}, if a build of the indexes has begun (one begun
     * later sees it anyway). Reading a change twice is harmless; missing one is not.
     */
    public synchronized void changed(Changed change) {
        if (built) pending = pending.and(change);
    }

    private synchronized void building() { built = true; }

    private synchronized Changed takePending() {
        Changed c = pending;
        pending = Changed.NOTHING;
        return c;
    }

    /**
     * New views of the store as it is now, made from these: the in-memory indexes built here are brought up to date
     * by reading again only the papers and sources changed since ({@link PaperIndexUpdate}, {@link ListedIndex#after});
     * one never built is built on first use as a store opened cold builds it. Builds these first if they are not.
     */
    public PaperViews renewed() {
        PaperIndex m = memory();
        ListedIndex l = listed;
        Changed c = takePending();
        return new PaperViews(dsg, statistics, history, text, PaperIndexUpdate.apply(m, dsg, c.papers()),
                l == null ? null : l.after(dsg, history, c));
    }

    /** Stops building the in-memory arrays once this says so (a server stopping), as well as once the store closes. */
    public void stopBuildingWhen(BooleanSupplier stop) { this.stop = stop; }

    /** Builds the in-memory arrays now, if they are not yet: a server does so in the background as it starts. */
    public void warmUp() { memory(); }

    /** Whether the in-memory arrays are built. */
    public boolean warm() { return memory != null; }

    /** Called as the store closes: a build under way stops. */
    public void close() { closed = true; }

    PaperIndex memory() {
        PaperIndex m = memory;
        if (m == null) {
            synchronized (building) {
                if (memory == null) {
                    building();
                    memory = PaperIndex.build(dsg, () -> closed || stop.getAsBoolean());
                }
                m = memory;
            }
        }
        return m;
    }

    /** How topics are merged and arranged: read on first use (two index scans), without the in-memory arrays. */
    private TopicTree tree() {
        TopicTree t = tree;
        if (t == null) {
            synchronized (readingTree) {
                if (tree == null) tree = TopicTree.read(dsg);
                t = tree;
            }
        }
        return t;
    }

    /** The topics as curated over the arrays, or null when nothing is merged or arranged (the arrays answer alike). */
    private GatheredTopics gathered() {
        GatheredTopics g = gathered;
        if (g == null) {
            TopicTree t = tree();
            if (t.isFlat()) return null;
            PaperIndex m = memory();
            synchronized (building) {
                if (gathered == null) gathered = new GatheredTopics(dsg, m, t);
                g = gathered;
            }
        }
        return g;
    }

    private ListedIndex listed() {
        ListedIndex l = listed;
        if (l == null) {
            synchronized (buildingListed) {
                if (listed == null) {
                    building();
                    listed = ListedIndex.build(dsg, history, () -> closed || stop.getAsBoolean());
                }
                l = listed;
            }
        }
        return l;
    }

    // ---- counts and labels: the in-memory arrays ----

    public int paperCount() { return memory().paperCount(); }

    public int topicCount() { GatheredTopics g = gathered(); return g != null ? g.topicCount() : memory().topicCount(); }

    /** A topic's label: its least {@code skos:prefLabel}, as {@code MIN(?name)} takes it; its IRI's local name without one. */
    public String label(Node topic) { GatheredTopics g = gathered(); return g != null ? g.label(topic) : memory().label(topic); }

    /** How many papers a topic has: its own, its merged spellings' and its narrower topics'. */
    public int count(Node topic) { GatheredTopics g = gathered(); return g != null ? g.count(topic) : memory().count(topic); }

    /** A paper's topics (a merged spelling as the topic it was merged into). */
    public List<Node> topicsOf(Node paper) { GatheredTopics g = gathered(); return g != null ? g.topicsOf(paper) : memory().topicsOf(paper); }

    // ---- how topics are curated (the topics file, and the lists' headings) ----

    /** The topic a merged spelling was merged into (its old IRI answers 301 there), or null. */
    public Node mergedInto(Node topic) { return tree().replacement(topic); }

    /** The topics straight above a topic. */
    public List<Node> broader(Node topic) { return tree().broader(topic); }

    /** The topics straight under a topic, whose papers its own page gathers. */
    public List<Node> narrower(Node topic) { return tree().narrower(topic); }

    // ---- the questions ----

    /** The newest papers ({@link ViewOrders#NEWEST_FIRST}), a page of them. In memory. */
    public List<Node> newest(int offset, int limit) { return memory().recent(offset, limit); }

    /** Every topic, most papers first ({@link ViewOrders#mostFirstThenByLabel}). In memory. */
    public List<Node> topicsByCount() { GatheredTopics g = gathered(); return g != null ? g.topicsByCount() : memory().topicsByCount(); }

    /** The topics sharing most papers with a topic ({@link ViewOrders#mostFirstThenByLabel}), at most {@code limit}. In memory. */
    public List<Scored> relatedTopics(Node topic, int limit) {
        GatheredTopics g = gathered();
        return g != null ? g.relatedTopics(topic, limit) : memory().relatedTopics(topic, limit);
    }

    /**
     * A topic's papers, newest first ({@link ViewOrders#NEWEST_FIRST}), a page of them: from the in-memory arrays once built,
     * else from the search index (which a store loaded before it lacks: then the arrays are built). A topic gathers
     * its merged spellings' papers and its narrower topics', at any depth.
     */
    public List<Node> papersOf(Node topic, int offset, int limit) {
        if (limit <= 0 || offset < 0) return List.of();
        List<Node> found = memory == null && text != null ? SearchAnswers.papersOf(text, tree().gathered(topic), offset, limit) : null;
        if (found != null) return found;
        GatheredTopics g = gathered();
        return g != null ? g.papersOf(topic, offset, limit) : memory().papersOf(topic, offset, limit);
    }

    /**
     * The papers sharing most topics with a paper, with how many ({@link ViewOrders#MOST_SHARED_FIRST}), at most {@code limit}:
     * from the in-memory arrays once built, else from the search index. Topics are shared as kept: a paper on a merged
     * spelling shares the topic it was merged into.
     */
    public List<Scored> neighbours(Node paper, int limit) {
        if (limit <= 0) return List.of();
        List<Scored> found = memory == null && text != null ? SearchAnswers.neighbours(dsg, text, tree(), paper, limit) : null;
        if (found != null) return found;
        GatheredTopics g = gathered();
        return g != null ? g.neighbours(paper, limit) : memory().related(paper, limit);
    }

    /**
     * The papers whose titles or abstracts hold the words (see the search index), newest first ({@link ViewOrders#NEWEST_FIRST}),
     * at most {@code n}. From the search index.
     *
     * @throws IllegalArgumentException when the words cannot be searched for as asked
     * @throws IllegalStateException when the store has no search index yet
     */
    public List<Node> search(String words, int n) { return SearchAnswers.search(text, words, n); }

    /**
     * The search page's search ({@link Search}): a page of the papers holding every word in a title, an abstract, an
     * author's name or a topic's label, narrowed by the facets asked for, and the facets' counts. From the search index.
     *
     * @throws IllegalArgumentException when the words cannot be searched for as asked
     * @throws IllegalStateException when the store has no search index yet
     */
    public Search.Found find(Search.Ask ask) { return SearchAnswers.find(text, ask); }

    /**
     * Marks the words of a search in titles and abstracts: each text escaped by {@code escape} first, then each match
     * wrapped in {@code open} and {@code close}. By the search index's highlighter.
     */
    public Search.Marker marker(String words, UnaryOperator<String> escape, String open, String close) {
        return SearchAnswers.marker(text, words, escape, open, close);
    }

    // ---- what is new: the history graph, held in memory once asked ----

    /** The papers newest listed ({@link ViewOrders#NEWEST_LISTED_FIRST}: by when they first entered the store), a page of them. */
    public List<Listed> newestListed(int offset, int limit) { return ListedIndex.page(listed().papers(), offset, limit); }

    /** A topic's papers newest listed ({@link ViewOrders#NEWEST_LISTED_FIRST}), a page of them. */
    public List<Listed> newestListedOn(Node topic, int offset, int limit) {
        List<Listed> all = listed().papers();
        PaperIndex m = memory();
        Set<Node> on = tree().gathered(topic);
        return ListedIndex.page(all, l -> m.topicsOf(l.paper()).stream().anyMatch(on::contains), offset, limit);
    }

    /** A source's papers by when that source first listed them, newest first ({@link ViewOrders#NEWEST_LISTED_FIRST}), a page of them. */
    public List<Listed> newestListedIn(Node source, int offset, int limit) {
        return ListedIndex.page(listed().papersIn(source), offset, limit);
    }

    /** The listings by when they were added or last changed ({@link ViewOrders#LAST_CHANGED_FIRST}), a page of them. */
    public List<Change> changes(int offset, int limit) { return ListedIndex.page(listed().changes(), offset, limit); }

    /** How many listings {@link #changes} pages through. */
    public int changeCount() { return listed().changes().size(); }

    /** Papers per month of their dates ({@code 2024-05}), a paper once a month, in time order. From the statistics graph. */
    public SortedMap<String, Long> papersPerMonth() { return MonthCounts.read(dsg, statistics); }

    // ---- what the charts draw: counted on first ask, kept for these views ({@link ChartData}) ----

    /** A topic's papers per month, each once, in the month of its latest date; in time order. */
    public SortedMap<String, Integer> papersPerMonthOn(Node topic) { return charts.monthsOfTopic(topic); }

    /** A source's papers per month, each once, in the month of the latest date the source gives it; in time order. */
    public SortedMap<String, Integer> papersPerMonthIn(Node source) { return charts.monthsOfSource(source); }

    /** How many of a topic's papers have code; of every paper when {@code topic} is null. */
    public Share withCode(Node topic) { return topic == null ? charts.codeOfAll() : charts.codeOfTopic(topic); }
}
