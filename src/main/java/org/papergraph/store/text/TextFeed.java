package org.papergraph.store.text;

import static org.papergraph.rdf.Vocab.ABSTRACT;
import static org.papergraph.rdf.Vocab.AUTHOR;
import static org.papergraph.rdf.Vocab.DATE;
import static org.papergraph.rdf.Vocab.FIRST;
import static org.papergraph.rdf.Vocab.HAS_CODE;
import static org.papergraph.rdf.Vocab.PREF_LABEL;
import static org.papergraph.rdf.Vocab.REST;
import static org.papergraph.rdf.Vocab.SCHOLARLY_ARTICLE;
import static org.papergraph.rdf.Vocab.SUBJECT;
import static org.papergraph.rdf.Vocab.TITLE;
import static org.papergraph.rdf.Vocab.TYPE;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
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
 * after it (and its code; its authors' list just before), becomes its document, made on a thread of its own while
 * the load goes on. Only what the stream alone
 * can tell is fed: a paper the source states in more than one block is left to be made again from the store, and
 * so is every paper fed from a source whose write was abandoned; {@link TextUpdate} remakes the papers other
 * sources list too.
 */
public final class TextFeed implements AutoCloseable {
    /** What was fed from one source whose write committed: papers with their documents, papers to make again. */
    record Fed(Set<String> papers, Set<String> remake) {}

    private static final PaperTexts.Paper END = new PaperTexts.Paper("", List.of(), null, Set.of(), Set.of(), Set.of(), false);

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
    /** The source's topics' labels, said before a paper names the topic. */
    private Map<String, String> labels;
    /** The cells of the rdf:Lists read in the current block (an authors' list comes before the paper names it). */
    private final Map<Node, String> firsts = new HashMap<>();
    private final Map<Node, Node> rests = new HashMap<>();

    /** The facts of one subject read so far, from a run of quads about it. */
    private static final class Block {
        Node subject;
        boolean typed;
        final List<String> texts = new ArrayList<>(2);
        String latestDate;
        final Set<String> topics = new HashSet<>(4);
        final Set<String> names = new LinkedHashSet<>(4);
        boolean hasCode;
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
        labels = new HashMap<>();
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
        if (p.equals(HAS_CODE)) {
            hasCode(q.getSubject());
            return;
        }
        if (listen(q.getSubject(), p, q.getObject())) return;
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

    /** Topics' labels, and list cells and the authors' list of the block's paper; whether the quad was one. */
    private boolean listen(Node s, Node p, Node o) {
        if (p.equals(PREF_LABEL) && s.isURI() && o.isLiteral()) labels.putIfAbsent(s.getURI(), o.getLiteralLexicalForm());
        else if (p.equals(FIRST) && o.isLiteral()) firsts.put(s, o.getLiteralLexicalForm());
        else if (p.equals(REST)) rests.put(s, o);
        else if (p.equals(AUTHOR) && s.equals(block.subject))
            for (Node cell = o; cell != null && firsts.containsKey(cell); cell = rests.get(cell)) block.names.add(firsts.get(cell));
        else return false;
        return true;
    }

    /** A paper's topics follow its block, among their own descriptions; one stated later is left to the store. */
    private void topic(Node subject, Node topic) {
        Block b = blockOf(subject);
        if (b != null) {
            b.topics.add(topic.getURI());
            String label = labels.get(topic.getURI());
            if (label != null) b.names.add(label);
        }
    }

    /** Its code follows the paper's topics: the same way. */
    private void hasCode(Node subject) {
        Block b = blockOf(subject);
        if (b != null) b.hasCode = true;
    }

    /** The block a paper's topic or code belongs to; null (and the paper left to the store) when it is gone by. */
    private Block blockOf(Node subject) {
        if (subject.equals(block.subject)) return block;
        if (pending != null && subject.equals(pending.subject)) return pending;
        if (subject.isURI() && papers.remove(subject.getURI())) remake.add(subject.getURI());
        return null;
    }

    private void endBlock() {
        firsts.clear();
        rests.clear();
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
                Set.of(source), Set.copyOf(pending.topics), pending.names, pending.hasCode));
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
