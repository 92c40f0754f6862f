package org.papergraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.papergraph.Setup;
import org.papergraph.rdf.Iris;
import org.papergraph.rdf.Vocab;
import org.papergraph.store.tdb.NodeFileLength;
import org.papergraph.store.tdb.TdbInternals;
import org.papergraph.store.text.NeighboursFunction;
import org.papergraph.store.text.NewestFunction;
import org.papergraph.store.text.TextIndex;
import org.papergraph.store.views.Changed;
import org.papergraph.store.views.PaperViews;

/**
 * A papergraph store: a plain TDB2 database (stock {@code tdb2.tdbquery --loc} reads it) holding one named graph per
 * source and the catalog graph describing them; queries see the union of the graphs as the default graph. The store
 * remembers the base its data was minted under.
 * <p>
 * A new store keeps four quad indexes, not TDB2's six: GSPO for a source's graph, SPOG, POSG and OSPG for the union
 * (every pattern with a bound subject, predicate or object has an index that starts with it). The two left out
 * (GPOS, GOSP) serve only patterns naming a graph and a predicate or object, which papergraph does not ask; loading
 * writes a third less. The choice is TDB2's own store parameters, kept in the store's {@code tdb.cfg}.
 * <p>
 * Its write transactions are its own ({@link #executeWrite}): each keeps the count of the union's distinct triples
 * with the data ({@link UnionCount}), so asking it costs a lookup.
 */
public final class Store implements AutoCloseable {
    static {
        Setup.init();
        // papergraph's property functions have fixed IRIs (Vocab.SEARCH, ON_TOPIC, NEIGHBOURS): registered once, for every store
        NewestFunction.register();
        NeighboursFunction.register();
    }

    private final Path dir;
    private final DatasetGraph dsg;
    private final Iris iris;
    private final TextIndex text;
    private final UnionCount triples;
    private volatile PaperViews views;

    private Store(Path dir, DatasetGraph dsg, Iris iris) {
        this.dir = dir;
        this.dsg = dsg;
        this.iris = iris;
        this.text = new TextIndex(dir.resolve("text"));
        this.views = newViews();
        NodeFileLength.install(dsg);
        this.triples = new UnionCount(dsg, iris);
        dsg.getContext().set(PaperViews.SYMBOL, views);
    }

    /**
     * Opens (or creates) the store at {@code dir}. {@code base} may be null: the store's own base, or the default for
     * a new store. A base other than the store's is refused: its IRIs would not match the data's.
     */
    public static Store open(Path dir, String base) {
        DatasetGraph dsg = connect(dir);
        try {
            Optional<String> stored = storedBase(dsg);
            if (base != null && stored.isPresent() && !new Iris(base).base().equals(stored.get()))
                throw new StoreException("store " + dir + " holds data minted under " + stored.get()
                        + "; --base " + base + " would not match it (use another --db)");
            Iris iris = new Iris(stored.orElse(base != null ? base : Iris.DEFAULT_BASE));
            if (stored.isPresent() && usesOldVocabulary(dsg, iris))
                throw new StoreException("store " + dir + " was made by an older papergraph (its vocabulary namespace is "
                        + oldNamespace(iris) + ", not " + Vocab.PG + "); load it again: remove " + dir
                        + " and run papergraph load --db " + dir + " with its lists");
            dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
            return new Store(dir, dsg, iris);
        } catch (RuntimeException e) {
            TdbInternals.expel(dsg);
            throw e;
        }
    }

    /** Opens an existing store, refusing a folder that is not one. */
    public static Store openExisting(Path dir) {
        if (!Files.isDirectory(dir) || isEmpty(dir)) throw new StoreException("no store at " + dir + " (load some lists first)");
        return open(dir, null);
    }

    static final String[] QUAD_INDEXES = {"GSPO", "SPOG", "POSG", "OSPG"};

    private static DatasetGraph connect(Path dir) {
        try {
            Files.createDirectories(dir);
            Location location = Location.create(dir);
            if (isEmpty(dir)) return TdbInternals.connectCreate(location, QUAD_INDEXES);
            return DatabaseMgr.connectDatasetGraph(location);
        } catch (IOException e) {
            throw new StoreException("cannot create store " + dir + ": " + e.getMessage());
        } catch (RuntimeException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("lock") || m.contains("Lock"))
                throw new StoreException("store " + dir + " is in use by another papergraph process");
            throw e;
        }
    }

    /** The base recorded in the catalog graph ({@code void:uriSpace}), if the store has data. */
    private static Optional<String> storedBase(DatasetGraph dsg) {
        return dsg.calculateRead(() -> {
            var it = dsg.find(Node.ANY, Node.ANY, Vocab.URI_SPACE, Node.ANY);
            try {
                while (it.hasNext()) {
                    Quad q = it.next();
                    if (q.getObject().isLiteral() && q.getGraph().equals(q.getSubject())) return Optional.of(q.getObject().getLiteralLexicalForm());
                }
                return Optional.empty();
            } finally {
                Iter.close(it);
            }
        });
    }

    /** Where papergraph's own terms were before they had a fixed namespace: under each store's base. */
    private static String oldNamespace(Iris iris) { return iris.base() + "ontology#"; }

    /**
     * Whether the store's catalog speaks the vocabulary papergraph minted under the base before its terms had one
     * fixed namespace ({@link Vocab#PG}): such a store's queries, pages and statistics would find none of its data.
     */
    private static boolean usesOldVocabulary(DatasetGraph dsg, Iris iris) {
        String old = oldNamespace(iris);
        return dsg.calculateRead(() -> {
            var it = dsg.find(iris.sourceCatalog(), Node.ANY, Node.ANY, Node.ANY);
            try {
                while (it.hasNext()) {
                    Quad q = it.next();
                    if (q.getPredicate().getURI().startsWith(old) || q.getObject().isURI() && q.getObject().getURI().startsWith(old))
                        return true;
                }
                return false;
            } finally {
                Iter.close(it);
            }
        });
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path dir() { return dir; }

    public DatasetGraph dataset() { return dsg; }

    public Iris iris() { return iris; }

    /** The search index of the papers' words, kept at load beside the TDB2 database (the load writes it). */
    public TextIndex text() { return text; }

    /** New views of the store as it is now: its derived data asked of it from here. */
    private PaperViews newViews() { return new PaperViews(dsg, iris.statistics(), iris.history(), text); }

    /**
     * The questions pages and queries ask of the derived data (a topic's papers, a paper's neighbours, topics by
     * count, ...), answered from this store as it was opened or as {@link #renewViews} last left it; pages and
     * property functions ask only this.
     */
    public PaperViews views() { return views; }

    /**
     * A load committed a source (written or dropped) that listed these papers before or after: what
     * {@link #renewViews} reads again. Waits while views are being renewed, so no change falls between two of them.
     */
    public synchronized void changed(Node source, Set<Node> papers) {
        views.changed(new Changed(Set.of(source), papers));
    }

    /**
     * After a load in this process while the views are in use (a server following its sources): new views of the
     * store as it is now, made from the old ones by reading again only what the loads since changed
     * ({@link PaperViews#renewed}), before they take the place of the old ones, so no page waits for them. The old
     * ones finish any build under way first (pages may be waiting for it), then are closed.
     *
     * @throws java.util.concurrent.CancellationException when {@code stop} says so during a build
     */
    public synchronized void renewViews(BooleanSupplier stop) {
        PaperViews old = views;
        PaperViews fresh = old.renewed();
        fresh.stopBuildingWhen(stop);
        views = fresh;
        dsg.getContext().set(PaperViews.SYMBOL, fresh);
        old.close();
    }

    /** Quads in the store, counted in TDB2's primary quad index without turning ids back into nodes. */
    public long quadCount() {
        return dsg.calculateRead(() -> TdbInternals.quadCount(dsg));
    }

    /**
     * Distinct triples in the union of the graphs, as SPARQL's default graph and the triple dumps hold them, in the
     * snapshot the caller's transaction reads (a read transaction of its own outside one): the count each write keeps
     * ({@link UnionCount}); for a store that keeps none, a walk of the SPOG index, once per snapshot.
     */
    public long tripleCount() { return dsg.calculateRead(triples::count); }

    /** What keeps the count of the union's triples. */
    UnionCount unionCount() { return triples; }

    /** Whether the store keeps the count of its union's triples, so that {@link #tripleCount} walks nothing. */
    public boolean keepsTripleCount() { return dsg.calculateRead(() -> triples.kept().isPresent()); }

    /**
     * Runs {@code action} in a write transaction, the count of the union's triples kept in the same transaction. Every
     * write of the store's quads goes through here (or {@link #executeWrite}): one around it leaves the count to a walk.
     */
    public <T> T calculateWrite(Supplier<T> action) { return dsg.calculateWrite(() -> triples.follow(action)); }

    /** {@link #calculateWrite} for an action with no result. */
    public void executeWrite(Runnable action) {
        calculateWrite(() -> {
            action.run();
            return null;
        });
    }

    /** Whether the statistics graph was counted from the sources as they are (see {@link Statistics}). */
    public boolean statisticsCurrent() {
        return dsg.calculateRead(() -> new Statistics(this).isCurrent());
    }

    /** Whether the search index was built from the sources as they are. */
    public boolean textCurrent() {
        return dsg.calculateRead(() -> text.isCurrent(new Catalog(this).sources()));
    }

    /** What the catalog says of each source, in a read transaction of its own. */
    public List<SourceRecord> sources() {
        return dsg.calculateRead(() -> List.copyOf(new Catalog(this).sources().values()));
    }

    /**
     * Bytes on disk: the blocks allocated, as {@code du} counts them, since TDB2's files are sparse and their length
     * says little; their length where {@code du} is not to be had.
     */
    public long sizeOnDisk() {
        try {
            Process du = new ProcessBuilder("du", "-sk", dir.toString()).redirectErrorStream(true).start();
            String out = new String(du.getInputStream().readAllBytes()).strip();
            if (du.waitFor() == 0) return Long.parseLong(out.split("\\s+")[0]) * 1024;
        } catch (IOException | NumberFormatException e) {
            // fall through to lengths
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Node literal(String s) { return NodeFactory.createLiteralString(s); }

    @Override
    public void close() {
        // Release the database and its lock: another process (or a test) may open it next.
        dsg.getContext().remove(PaperViews.SYMBOL);
        views.close();
        text.close();
        TdbInternals.expel(dsg);
    }
}
