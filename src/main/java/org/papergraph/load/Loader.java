package org.papergraph.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.papergraph.convert.Converter;
import org.papergraph.convert.Input;
import org.papergraph.convert.Problem;
import org.papergraph.convert.Report;
import org.papergraph.rdf.Iris;
import org.papergraph.rdf.Vocab;
import org.papergraph.store.Catalog;
import org.papergraph.store.History;
import org.papergraph.store.SourceRecord;
import org.papergraph.store.Statistics;
import org.papergraph.store.StatisticsUpdate;
import org.papergraph.store.Store;
import org.papergraph.store.tdb.QuadWriter;
import org.papergraph.store.text.TextFeed;
import org.papergraph.store.text.TextIndex;

/**
 * Loads Markdown sources into a store, each into its own named graph, one write transaction per source: a failure
 * or a kill leaves the store as the last committed source left it, and the next load completes the rest. A source
 * whose bytes are unchanged (SHA-256) is skipped; a changed one replaces exactly its own graph; {@code sync} drops
 * the graphs of sources not given. Conversion streams straight into TDB2. The {@link History} of papers and
 * listings is brought up to date in each source's transaction. The {@link Statistics} follow any change (by what
 * it changed, {@link StatisticsUpdate}), and the {@link TextIndex} catches up. Every write transaction is the
 * store's own ({@link Store#executeWrite}), which keeps the count of the union's triples with the data.
 */
public final class Loader {
    private final Store store;
    private final Converter converter;
    private final Consumer<Problem> problems;
    private final Consumer<String> say;
    private final boolean terminal;
    private final PrintStream progressOut;

    public Loader(Store store, Converter converter, Consumer<Problem> problems, Consumer<String> say, boolean terminal,
                  PrintStream progressOut) {
        this.store = store;
        this.converter = converter;
        this.problems = problems;
        this.say = say;
        this.terminal = terminal;
        this.progressOut = progressOut;
    }

    public LoadSummary load(List<Input> inputs, boolean sync) throws IOException {
        try (TextFeed feed = store.text().feed()) {
            StatisticsUpdate stats = new StatisticsUpdate(store);
            LoadSummary summary = load(inputs, sync, feed, stats);
            // Counted and indexed after the sources, once: also when an earlier load was killed before they caught
            // up. The index reads in a transaction of its own, on a second core, while the statistics are written.
            DatasetGraph dsg = store.dataset();
            CompletableFuture<Integer> indexed = CompletableFuture.supplyAsync(() -> store.text().update(store, feed));
            RuntimeException failure = null;
            try {
                if (summary.changedSources() > 0 || !dsg.calculateRead(() -> new Statistics(store).isCurrent()))
                    summary.statisticsUpdated = store.calculateWrite(stats::apply);
            } catch (RuntimeException e) {
                failure = e;
            }
            try {
                indexed.join(); // before the feed is closed, whatever happened to the count
            } catch (CompletionException e) {
                if (failure == null) failure = e.getCause() instanceof RuntimeException r ? r : e;
            }
            if (failure != null) throw failure;
            // A store made before the count of its triples was kept, loaded with nothing changed: counted once, now.
            if (!store.keepsTripleCount() && !store.sources().isEmpty()) store.executeWrite(() -> {});
            return summary;
        }
    }

    private LoadSummary load(List<Input> inputs, boolean sync, TextFeed feed, StatisticsUpdate stats) throws IOException {
        LoadSummary summary = new LoadSummary();
        DatasetGraph dsg = store.dataset();
        Map<Node, SourceRecord> catalog = dsg.calculateRead(() -> new Catalog(store).sources());
        Set<Node> given = new HashSet<>();
        Map<String, Integer> slugs = new HashMap<>();
        for (Input input : inputs) {
            String slug = slugFor(input, catalog, slugs);
            Node source = store.iris().source(slug);
            given.add(source);
            Fingerprint f = fingerprint(input);
            SourceRecord known = catalog.get(source);
            if (known != null && known.sha256().equals(f.sha256())) {
                summary.unchanged++;
                continue;
            }
            boolean alone = catalog.isEmpty() && summary.changedSources() == 0; // no other source to share papers with
            loadSource(input, slug, source, f, known != null, alone, summary, feed, stats);
        }
        if (sync) {
            for (Node source : catalog.keySet()) if (!given.contains(source)) drop(source, summary, stats);
        }
        return summary;
    }

    /** The slug of a source's graph: its file name; a different file of the same name (still there) gets a suffix. */
    private String slugFor(Input input, Map<Node, SourceRecord> catalog, Map<String, Integer> slugs) {
        String slug = Iris.sourceSlug(input.fileName());
        SourceRecord known = catalog.get(store.iris().source(slug));
        boolean otherFile = known != null && !known.path().equals(input.displayName())
                && Files.exists(Path.of(known.path())) && !isSameFile(known.path(), input.displayName());
        if (otherFile || slugs.merge(slug, 1, Integer::sum) > 1) slug = slug + "-" + Iris.hash(input.displayName(), 8);
        return slug;
    }

    private static boolean isSameFile(String a, String b) {
        try {
            return Files.isSameFile(Path.of(a), Path.of(b));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private record Fingerprint(long size, String sha256) {}

    private static Fingerprint fingerprint(Input input) throws IOException {
        try (InputStream in = new DigestInputStream(input.opener().open(), MessageDigest.getInstance("SHA-256"))) {
            long size = in.transferTo(java.io.OutputStream.nullOutputStream());
            return new Fingerprint(size, HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void loadSource(Input input, String slug, Node graph, Fingerprint f, boolean replacing, boolean alone,
                            LoadSummary summary, TextFeed feed, StatisticsUpdate stats) {
        DatasetGraph dsg = store.dataset();
        Report report = new Report(problems);
        Instant version = versionOf(input);
        try (Progress progress = Progress.of(input.displayName(), f.size(), report::rows, terminal, progressOut)) {
            Input counted = new Input(input.displayName(), input.fileName(), () -> progress.counting(input.opener().open()),
                    input.discovered());
            Set<Node> touched = new HashSet<>(); // the papers the source listed before or lists now
            try {
                store.executeWrite(() -> {
                    PaperDigests.Digests before = replacing ? PaperDigests.of(dsg, graph) : PaperDigests.Digests.NONE;
                    stats.before(before.papers().keySet(), before.listings().keySet());
                    dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
                    Report r;
                    Listed listed;
                    try (QuadWriter writer = new QuadWriter(dsg)) {
                        listed = new Listed(feed.tap(graph, writer));
                        r = converter.convertSource(counted, slug, listed, report);
                        writer.finish();
                    }
                    if (r.errors() > 0) throw new Unreadable(r);
                    // A file found in a directory with no table in it (a README, a licence) is not a source.
                    if (r.rows() == 0 && r.topics() == 0 && input.discovered()) throw new NotAList(r);
                    stats.after(graph, listed.papers, listed.listings);
                    PaperDigests.Digests after = replacing ? PaperDigests.of(dsg, graph) : null;
                    if (alone) summary.papersAdded += r.papers();
                    else count(dsg, graph, before.papers(), after == null ? null : after.papers(), summary);
                    touched.addAll(before.papers().keySet());
                    touched.addAll(listed.papers);
                    new History(store).record(listed.papers, listed.listings, before.listings(),
                            after == null ? Map.of() : after.listings(), touched, version);
                    Catalog catalog = new Catalog(store);
                    catalog.put(new SourceRecord(graph, input.displayName(), f.size(), f.sha256(), r.rows(), r.papers(),
                            r.repeats(), r.rejected(), r.warnings(), version.toString()));
                    catalog.touch();
                });
            } catch (RuntimeException | Error e) { // an Error too: a full memory-mapped file faults as InternalError
                feed.abandoned();
                throw e;
            }
            feed.committed();
            store.changed(graph, touched);
            if (replacing) summary.updated++;
            else summary.added++;
            say.accept(input.displayName() + ": " + report.account());
        } catch (Unreadable e) {
            summary.failed++;
            say.accept(input.displayName() + ": not loaded; the store keeps what it had");
        } catch (NotAList e) {
            // found in a directory, holds no table: not a source
        }
    }

    /**
     * The time the load records for a source: its version's (see {@link SourceVersion}), so that replicas agree; for
     * standard input, which has none, the load's own second.
     */
    private static Instant versionOf(Input input) {
        try {
            if (input.file() != null) return SourceVersion.of(input.file());
        } catch (IOException e) {
            // gone since it was read: the load's time
        }
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    /** Papers new to the store, gone from it, or said differently: a paper another source lists is not new or gone. */
    private void count(DatasetGraph dsg, Node graph, Map<Node, Long> before, Map<Node, Long> after, LoadSummary summary) {
        if (after == null) {
            PaperDigests.forEachPaper(dsg, graph, p -> {
                if (!listedElsewhere(dsg, graph, p)) summary.papersAdded++;
            });
            return;
        }
        for (var e : after.entrySet()) {
            Long old = before.get(e.getKey());
            if (old == null) {
                if (!listedElsewhere(dsg, graph, e.getKey())) summary.papersAdded++;
            } else if (!old.equals(e.getValue())) {
                summary.papersChanged++;
            }
        }
        for (Node p : before.keySet())
            if (!after.containsKey(p) && !listedElsewhere(dsg, graph, p)) summary.papersRemoved++;
    }

    private static boolean listedElsewhere(DatasetGraph dsg, Node graph, Node paper) {
        var it = dsg.find(Node.ANY, paper, Vocab.TYPE, Vocab.SCHOLARLY_ARTICLE);
        try {
            while (it.hasNext()) if (!it.next().getGraph().equals(graph)) return true;
            return false;
        } finally {
            Iter.close(it);
        }
    }

    private void drop(Node source, LoadSummary summary, StatisticsUpdate stats) {
        DatasetGraph dsg = store.dataset();
        Set<Node> listed = store.calculateWrite(() -> {
            PaperDigests.Digests before = PaperDigests.of(dsg, source);
            stats.before(before.papers().keySet(), before.listings().keySet());
            dsg.deleteAny(source, Node.ANY, Node.ANY, Node.ANY);
            for (Node p : before.papers().keySet()) if (!listedElsewhere(dsg, source, p)) summary.papersRemoved++;
            new History(store).forget(before.listings().keySet(), before.papers().keySet());
            Catalog catalog = new Catalog(store);
            catalog.remove(source);
            catalog.touch();
            return before.papers().keySet();
        });
        store.changed(source, listed);
        summary.dropped++;
        say.accept(store.iris().sourceSlugOf(source) + ": dropped (--sync: not among the sources given)");
    }

    /** The source could not be read: the transaction is abandoned. */
    private static final class Unreadable extends RuntimeException {
        Unreadable(Report report) { super(report.account(), null, false, false); }
    }

    /** A file found in a directory with no table in it: the transaction is abandoned, nothing recorded. */
    private static final class NotAList extends RuntimeException {
        NotAList(Report report) { super(report.account(), null, false, false); }
    }
}
