package org.papergraph.convert;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.papergraph.Conversion;

/**
 * The real paper lists kept beside the project (../shared/data/lists/NAME/README.md; skipped where absent): nearly
 * every arXiv paper they link, counted here by a plain regular expression over the file, is a paper, and nearly every
 * one has a topic from its headings.
 */
class TestRealLists {
    private static final Path LISTS = Path.of(System.getProperty("papergraph.lists", "../shared/data/lists"));
    private static final Pattern ARXIV = Pattern.compile("arxiv\\.org/(?:abs|pdf|html)/(\\d{4}\\.\\d{4,5})", Pattern.CASE_INSENSITIVE);

    static Stream<Path> lists() throws IOException {
        if (!Files.isDirectory(LISTS)) return Stream.of(Path.of("absent"));
        try (Stream<Path> d = Files.list(LISTS)) {
            return d.map(x -> x.resolve("README.md")).filter(Files::isRegularFile).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void linkedArxivPapersArePapersWithTopics(Path file) throws IOException {
        assumeTrue(Files.isRegularFile(file), "no shared lists checked out beside the project");
        Set<String> linked = new HashSet<>();
        Matcher m = ARXIV.matcher(Files.readString(file));
        while (m.find()) linked.add(m.group(1));
        Conversion c = Conversion.of(file);
        Set<String> papers = new HashSet<>(), withTopic = new HashSet<>();
        for (QuerySolution s : c.select("SELECT ?id ?t WHERE { ?p fabio:hasArXivId ?id OPTIONAL { ?p dcterms:subject ?t } }")) {
            papers.add(s.getLiteral("id").getLexicalForm());
            if (s.contains("t")) withTopic.add(s.getLiteral("id").getLexicalForm());
        }
        papers.retainAll(linked);
        withTopic.retainAll(linked);
        String account = file + ": " + linked.size() + " arXiv ids linked, " + papers.size() + " papers, "
                + withTopic.size() + " with a topic; " + c.report().account();
        System.out.println(account);
        assertTrue(papers.size() >= 0.95 * linked.size(), account);
        assertTrue(withTopic.size() >= 0.85 * linked.size(), account);
        assertTrue(c.report().errors() == 0 && c.report().rejected() <= linked.size() / 50, account);
    }
}
