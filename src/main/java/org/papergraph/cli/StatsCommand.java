package org.papergraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import org.papergraph.store.SourceRecord;
import org.papergraph.store.Store;
import org.papergraph.store.StoreStats;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code papergraph stats}: what the store holds. */
@Command(name = "stats", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Papers, topics, sources and quads in the store; what each source gave; the last load.",
        footer = {"", "Examples:", "  papergraph stats", "  papergraph stats --db /srv/papers --format json"})
final class StatsCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Converters.Report format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store s = store.openExisting()) {
            StoreStats st = StoreStats.of(s);
            if (format == Converters.Report.json) out.println(json(st, s));
            else text(st, s, out);
        }
        return 0;
    }

    private static void text(StoreStats st, Store s, PrintWriter out) {
        out.printf("store    %s (%,d bytes, base %s)%n", s.dir(), st.sizeOnDisk(), s.iris().base());
        out.printf("papers   %,d%ntopics   %,d%nsources  %,d%nquads    %,d%nloaded   %s%n", st.papers(), st.topics(),
                st.sources(), st.quads(), st.lastLoad().isEmpty() ? "never" : st.lastLoad());
        int width = st.perSource().stream().mapToInt(r -> r.path().length()).max().orElse(0); // paths line up
        for (SourceRecord r : st.perSource())
            out.printf("  %-" + Math.max(width, 1) + "s %,7d rows %,7d papers %,5d rejected %,5d warnings  %s%n", r.path(), r.rows(), r.papers(),
                    r.rejected(), r.warnings(), r.modified());
    }

    private static String json(StoreStats st, Store s) {
        JsonObjectBuilder o = Json.createObjectBuilder();
        o.add("store", s.dir().toString());
        o.add("base", s.iris().base());
        o.add("papers", st.papers());
        o.add("topics", st.topics());
        o.add("sources", st.sources());
        o.add("quads", st.quads());
        o.add("bytes", st.sizeOnDisk());
        o.add("lastLoad", st.lastLoad());
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (SourceRecord r : st.perSource()) {
            JsonObjectBuilder j = Json.createObjectBuilder();
            j.add("graph", r.source().getURI());
            j.add("path", r.path());
            j.add("bytes", r.size());
            j.add("sha256", r.sha256());
            j.add("rows", r.rows());
            j.add("papers", r.papers());
            j.add("repeats", r.repeats());
            j.add("rejected", r.rejected());
            j.add("warnings", r.warnings());
            j.add("loaded", r.modified());
            list.add(j);
        }
        o.add("perSource", list);
        return ReadingFormat.pretty(o.build());
    }
}
