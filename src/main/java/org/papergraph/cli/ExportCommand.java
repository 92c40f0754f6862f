package org.papergraph.cli;

import java.io.IOException;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.papergraph.export.Exporter;
import org.papergraph.export.Selection;
import org.papergraph.export.RdfFormat;
import org.papergraph.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code papergraph export}: the store, one source's graph, or one topic's papers, in any RDF format. */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Dump the store (or one source's graph, or one topic's papers) in any of the --format formats.",
                "Triple formats hold the union of the graphs; quad formats keep them."},
        footer = {"", "Examples:", "  papergraph export -o papers.nq", "  papergraph export --topic rag -o rag.jsonld",
                "  papergraph export --graph http://localhost:3030/source/2024-05-seed-papers --format turtle"})
final class ExportCommand implements Callable<Integer> {
    @Mixin
    OutputOptions target;

    @Option(names = "--graph", paramLabel = "IRI", description = "Only this source's graph (see papergraph stats).")
    String graph;

    @Option(names = "--topic", paramLabel = "SLUG", description = "Only this topic's papers, with their listings and code.")
    String topic;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() throws IOException {
        if (graph != null && topic != null) throw CliException.usage("--graph and --topic are alternatives: give one");
        RdfFormat f = target.format();
        try (Store s = store.openExisting(); OutputFile out = target.open()) {
            Exporter.write(s, selection(s), f, out.stream());
            out.commit();
        }
        return 0;
    }

    private Selection selection(Store s) {
        if (graph != null) {
            Node g = NodeFactory.createURI(graph);
            if (!Txn.calculateRead(s.dataset(), () -> s.dataset().containsGraph(g)))
                throw CliException.failure("no graph " + graph + " in " + s.dir() + " (papergraph stats lists the sources)");
            return new Selection.OneGraph(g);
        }
        if (topic != null) {
            Node t = s.iris().topic(topic.replace('-', ' '));
            Node slugged = NodeFactory.createURI(s.iris().base() + "topic/" + topic);
            Node chosen = exists(s, slugged) ? slugged : t;
            if (!exists(s, chosen)) throw CliException.failure("no topic '" + topic + "' in " + s.dir() + " (papergraph query topics lists them)");
            return new Selection.OneTopic(chosen);
        }
        return new Selection.Everything();
    }

    private static boolean exists(Store s, Node n) {
        return Txn.calculateRead(s.dataset(), () -> s.dataset().getUnionGraph().contains(n, Node.ANY, Node.ANY));
    }
}
