package org.papergraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.papergraph.query.CannedQuery;
import org.papergraph.query.QueryCatalog;
import org.papergraph.query.ResultFormat;
import org.papergraph.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code papergraph query}: a canned query by name (or a .rq file) over the store, parameters bound as RDF terms. */
@Command(name = "query", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Run a canned query (see --list) or a SPARQL file over the store."},
        footer = {"", "Examples:", "  papergraph query --list", "  papergraph query papers-on-topic --param topic=RAG",
                "  papergraph query topics --format csv > topics.csv", "  papergraph query my-query.rq --format json"})
final class QueryCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "NAME|FILE", description = "A canned query's name, or a .rq file.")
    String query;

    @Option(names = "--list", description = "List the canned queries and their parameters.")
    boolean list;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "A parameter's value (repeatable).")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--format", paramLabel = "F", converter = Converters.ResultFormatName.class,
            completionCandidates = Converters.ResultFormatNames.class,
            description = "${COMPLETION-CANDIDATES} (default: table on a terminal, else csv; graphs are Turtle).")
    ResultFormat format;

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (list) {
            for (CannedQuery q : QueryCatalog.shipped().all()) {
                out.println(q.name() + " — " + q.title());
                out.println("    " + q.answers());
                q.params().forEach(p -> out.println("    --param " + p.name() + "=…  " + p.description() + " (default " + p.defaultValue() + ")"));
            }
            out.flush();
            return 0;
        }
        if (query == null) throw CliException.usage("give a query's name or a .rq file, or --list");
        CannedQuery canned = resolve(query);
        ResultFormat f = format != null ? format : System.console() != null ? ResultFormat.TABLE : ResultFormat.CSV;
        out.flush();
        try (Store s = store.openForQueries(spec.commandLine().getErr())) {
            String base = s.iris().base();
            OutputStream stdout = System.out;
            Txn.executeRead(s.dataset(), () -> {
                try (QueryExec exec = canned.exec(s.dataset(), params, base)) {
                    f.write(exec, stdout);
                } catch (IllegalArgumentException e) {
                    throw CliException.usage(e.getMessage());
                }
            });
            stdout.flush();
        }
        return 0;
    }

    private static CannedQuery resolve(String nameOrFile) throws IOException {
        var canned = QueryCatalog.shipped().get(nameOrFile);
        if (canned.isPresent()) return canned.get();
        Path file = Path.of(nameOrFile);
        if (Files.isRegularFile(file))
            return CannedQuery.parse(file.getFileName().toString().replaceFirst("\\.rq$", ""), Files.readString(file, StandardCharsets.UTF_8));
        throw CliException.usage("no canned query or file '" + nameOrFile + "' (papergraph query --list shows them)");
    }
}
