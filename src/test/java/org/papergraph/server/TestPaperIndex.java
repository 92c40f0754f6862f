package org.papergraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.cli.Main;
import org.papergraph.store.Store;

/** The in-memory index answers what SPARQL over the store answers, on a generated list with Zipf-sized topics. */
class TestPaperIndex {
    @TempDir
    static Path dir;
    static Store store;
    static PaperIndex index;

    @BeforeAll
    static void load() {
        Path md = dir.resolve("papers.md");
        PrintWriter quiet = new PrintWriter(new StringWriter());
        assertEquals(0, Main.run(new String[] {"generate", "--papers", "3000", "--seed", "7", "-o", md.toString()}, quiet, quiet));
        assertEquals(0, Main.run(new String[] {"load", md.toString(), "--db", dir.resolve("store").toString()}, quiet, quiet));
        store = Store.openExisting(dir.resolve("store"));
        index = PaperIndex.build(new Site(store, store.iris().base()));
    }

    @AfterAll
    static void close() { store.close(); }

    static final String RELATED = """
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX schema: <https://schema.org/>
            SELECT ?other (COUNT(DISTINCT ?t) AS ?shared) (MAX(?d) AS ?date) {
              ?paper dcterms:subject ?t .
              ?other a schema:ScholarlyArticle ; dcterms:subject ?t .
              OPTIONAL { ?other dcterms:date ?d }
              FILTER(?other != ?paper)
            } GROUP BY ?other ORDER BY DESC(?shared) DESC(STR(?date)) STR(?other) LIMIT 8""";

    @Test
    void relatedPapersAreExactlyWhatAQueryRanks() {
        List<Node> sample = index.recent(0, index.paperCount()).stream().filter(p -> !index.topicsOf(p).isEmpty())
                .filter(p -> p.getURI().hashCode() % 37 == 0).limit(60).toList();
        assertTrue(sample.size() > 20);
        for (Node paper : sample) {
            List<String> expected = new ArrayList<>();
            Txn.executeRead(store.dataset(), () -> {
                try (QueryExec qe = QueryExec.dataset(store.dataset()).query(RELATED).substitution("paper", paper).build()) {
                    RowSet rows = qe.select();
                    rows.forEachRemaining(b -> expected.add(b.get("other").getURI() + " " + b.get("shared").getLiteralLexicalForm()));
                }
            });
            List<String> actual = index.related(paper, 8).stream().map(s -> s.node().getURI() + " " + s.shared()).toList();
            assertEquals(expected, actual, "related to " + paper);
        }
    }

    @Test
    void topicListsAreNewestFirstAndCounted() {
        Node biggest = index.topicsByCount().get(0);
        List<Node> papers = index.papersOf(biggest, 0, Integer.MAX_VALUE);
        assertEquals(index.count(biggest), papers.size());
        assertTrue(index.count(biggest) >= index.count(index.topicsByCount().get(1)));
        List<Node> recent = index.recent(0, index.paperCount());
        for (int i = 1; i < papers.size(); i++) assertTrue(recent.indexOf(papers.get(i - 1)) < recent.indexOf(papers.get(i)));
        assertEquals(3000, index.paperCount());
    }
}
