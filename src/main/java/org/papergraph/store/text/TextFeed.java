package org.papergraph.store.text;

import static org.papergraph.rdf.Vocab.ABSTRACT;
import static org.papergraph.rdf.Vocab.DATE;
import static org.papergraph.rdf.Vocab.SCHOLARLY_ARTICLE;
import static org.papergraph.rdf.Vocab.SUBJECT;
import static org.papergraph.rdf.Vocab.TITLE;
import static org.papergraph.rdf.Vocab.TYPE;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.lucene.index.IndexWriter;

/**
 * Feeds the search index from the quads a load writes, so the papers' texts need not be read back out of TDB2 (at
 * 100K papers that took 10 s, decoding a node at a time): each paper's block of quads, with the topics stated right
 * after it, becomes its document, made on a thread of its own while the load goes on. Only what the stream alone
 * can tell is fed: a paper the source states in more than one block is left to be made again from the store, and
 * so is every paper fed from a source whose write was abandoned; {@link TextUpdate} remakes the papers other
 * sources list too.
 */
public final class TextFeed implements AutoCloseable {
    /** What was fed from one source whose write committed: papers with their documents, papers to make again. */
    record Fed(Set<String> papers, Set<String> remake) {}

    private static final PaperTexts.Paper END = new PaperTexts.Paper("", List.of(), null, Set.of(), Set.of());

    final IndexWriter writer;
    final boolean fresh;
    private final BlockingQueue<PaperTexts.Paper> queue = new ArrayBlockingQueue<>(4096);
    private final Thread indexer;
    private volatile Throwable failure;
    private final Map<String, Fed> fed = new HashMap<>();
    private final Set<String> abandoned = new HashSet<>();

    // The source being loaded, and the block of quads about one subject being read.
    private String source;
    private Set<String> papers, remake;
    private Set<Node> subjectsSeen;
    private Block block = new Block(), pending;

    /** The facts of one subject read so far, from a run of quads about it. */
    private static final class Block {
        Node subject;
        boolean typed;
        final List<String> texts = new ArrayList<>(2);
        String latestDate;
        final Set<String> topics = new HashSet<>(4);
    }

    TextFeed(IndexWriter writer, boolean fresh, Consumer<PaperTexts.Paper> index) {
        this.writer = writer;
        this.fresh = fresh;
        this.indexer = new Thread(() -> {
            try {
                for (PaperTexts.Paper p = queue.take(); p != END; p = queue.take()) index.accept(p);
            } catch (Throwable t) {
                failure = t;
                queue.clear();
            }
        }, "papergraph-text-index");
        indexer.setDaemon(true);
        indexer.start();
    }

    /** The load's stream for a source, with the feed listening in. */
    public StreamRDF tap(Node graph, StreamRDF into) {
        source = graph.getURI();
        papers = new HashSet<>();
        remake = new HashSet<>();
        subjectsSeen = new HashSet<>();
        block = new Block();
        pending = null;
        return new StreamRDFWrapper(into) {
            @Override
            public void quad(Quad quad) {
                super.quad(quad);
                listen(quad);
            }
        };
    }

    private void listen(Quad q) {
        Node p = q.getPredicate();
        if (p.equals(SUBJECT)) {
            topic(q.getSubject(), q.getObject());
            return;
        }
        boolean fact = p.equals(TITLE) || p.equals(ABSTRACT) || p.equals(DATE) || p.equals(TYPE);
        if (!fact) return;
        if (!q.getSubject().equals(block.subject)) {
            endBlock();
            block.subject = q.getSubject();
        }
        if (p.equals(TYPE)) block.typed |= q.getObject().equals(SCHOLARLY_ARTICLE);
        else if (p.equals(DATE)) {
            String key = PaperTexts.dateKey(q.getObject());
            if (block.latestDate == null || key.compareTo(block.latestDate) > 0) block.latestDate = key;
        } else if (q.getObject().isLiteral()) block.texts.add(q.getObject().getLiteralLexicalForm());
    }

    /** A paper's topics follow its block, among their own descriptions; one stated later is left to the store. */
    private void topic(Node subject, Node topic) {
        if (subject.equals(block.subject)) block.topics.add(topic.getURI());
        else if (pending != null && subject.equals(pending.subject)) pending.topics.add(topic.getURI());
        else if (subject.isURI() && papers.remove(subject.getURI())) remake.add(subject.getURI());
    }

    private void endBlock() {
        Node subject = block.subject;
        if (subject == null) return;
        boolean again = !subjectsSeen.add(subject);
        if (again && subject.isURI() && (papers.remove(subject.getURI()) | block.typed)) {
            remake.add(subject.getURI());
            if (pending != null && subject.equals(pending.subject)) pending = null;
        } else if (block.typed && subject.isURI()) {
            papers.add(subject.getURI());
            offerPending();
            pending = block;
            block = new Block();
            return;
        }
        block = new Block();
    }

    private void offerPending() {
        if (pending == null) return;
        offer(new PaperTexts.Paper(pending.subject.getURI(), List.copyOf(pending.texts), pending.latestDate,
                Set.of(source), Set.copyOf(pending.topics)));
        pending = null;
    }

    private void offer(PaperTexts.Paper paper) {
        try {
            while (failure == null && !queue.offer(paper, 100, TimeUnit.MILLISECONDS)) {
                // the indexer is behind: wait for it
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while indexing", e);
        }
    }

    /** The source's write committed: its papers' documents stand. */
    public void committed() {
        if (source == null) return;
        endBlock();
        offerPending();
        fed.put(source, new Fed(papers, remake));
        source = null;
    }

    /** The source's write was abandoned: the documents fed from it are made again from the store. */
    public void abandoned() {
        if (source == null) return; // failed before the source was read
        endBlock();
        offerPending();
        abandoned.addAll(papers);
        abandoned.addAll(remake);
        source = null;
    }

    /** The papers fed from sources whose writes were abandoned. */
    Set<String> abandonedPapers() { return abandoned; }

    /** Waits for every document fed to be in the writer; what was fed from each source that committed. */
    Map<String, Fed> finish() throws IOException {
        offer(END);
        try {
            indexer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (failure instanceof IOException io) throw io;
        if (failure != null) throw new IllegalStateException("indexing failed: " + failure, failure);
        return fed;
    }

    /** Drops what was not committed to the index (the load failed). */
    @Override
    public void close() {
        if (indexer.isAlive()) {
            failure = failure == null ? new IllegalStateException("closed") : failure;
            indexer.interrupt();
        }
        try {
            if (writer.isOpen()) writer.rollback();
        } catch (IOException e) {
            // the index keeps its last commit
        }
    }
}
