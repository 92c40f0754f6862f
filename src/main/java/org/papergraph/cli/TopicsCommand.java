package org.papergraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Node;
import org.papergraph.store.Store;
import org.papergraph.store.views.PaperViews;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code papergraph topics}: the store's topics, or with {@code --suggest} their likely duplicates as topics.md rows. */
@Command(name = "topics", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "The store's topics, most papers first; --suggest lists likely duplicates as rows for topics.md.",
        footer = {"", "Examples:", "  papergraph topics", "  papergraph topics --suggest >> data/topics.md   (then review the rows)"})
final class TopicsCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--suggest", description = "Likely duplicates (same words once stemmed, an abbreviation, listed together) as Markdown table rows.")
    boolean suggest;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store s = store.openExisting()) {
            PaperViews views = s.views();
            if (suggest) TopicSuggestions.rows(new TopicSuggestions().suggest(views)).forEach(out::println);
            else for (Node t : views.topicsByCount()) out.printf("%,6d  %s%n", views.count(t), views.label(t));
        }
        return 0;
    }
}
