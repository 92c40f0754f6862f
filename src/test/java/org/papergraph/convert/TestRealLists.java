package org.papergraph.convert;

import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * The real paper lists of other layouts in data/lists/NAME/README.md (or under -Dpapergraph.lists=DIR): nearly every
 * arXiv paper they link, counted here by a plain regular expression over the file, is a paper; nearly every one has a
 * title that reads as a title (judged by a rule of this test's own) and a topic from its headings.
 */
class TestRealLists {
    private static final Path LISTS = Path.of(System.getProperty("papergraph.lists", "data/lists"));
    private static final Pattern ARXIV = Pattern.compile("arxiv\\.org/(?:abs|pdf|html)/(\\d{4}\\.\\d{4,5})", Pattern.CASE_INSENSITIVE);

    /** Not a title: numbering, a bullet, a bracket, emphasis or an emoji first; markup, a URL or a badge left in; a link's role. */
    private static final Pattern NOT_A_TITLE = Pattern.compile("^(\\d+[.)]|[-*\u2022\u25CF\\[(]|!\\[|\\*)|https?://|\\]\\(|\\[\\[|<br|\\*\\*|shields\\.io"
            + "|^(?:paper|pdf|link|arxiv|code|project|abs)\\.?$|^[\\p{So}\\p{Sk}\\p{Cs}]", Pattern.CASE_INSENSITIVE);

    static Stream<Path> lists() throws IOException {
        try (Stream<Path> d = Files.list(LISTS)) {
            return d.map(x -> x.resolve("README.md")).filter(Files::isRegularFile).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void linkedArxivPapersArePapersWithCleanTitlesAndTopics(Path file) throws IOException {
        Set<String> linked = new HashSet<>();
        Matcher m = ARXIV.matcher(Files.readString(file));
        while (m.find()) linked.add(m.group(1));
        Conversion c = Conversion.of(file);
        Set<String> papers = new HashSet<>(), withTopic = new HashSet<>(), untidy = new HashSet<>();
        for (QuerySolution s : c.select("SELECT ?id ?t ?title WHERE { ?p fabio:hasArXivId ?id ; dcterms:title ?title"
                + " OPTIONAL { ?p dcterms:subject ?t } }")) {
            String id = s.getLiteral("id").getLexicalForm(), title = s.getLiteral("title").getLexicalForm().strip();
            papers.add(id);
            if (s.contains("t")) withTopic.add(id);
            if (title.isEmpty() || title.length() > 300 || NOT_A_TITLE.matcher(title).find()) untidy.add(id);
        }
        papers.retainAll(linked);
        withTopic.retainAll(linked);
        int clean = (int) papers.stream().filter(id -> !untidy.contains(id)).count();
        String account = file + ": " + linked.size() + " arXiv ids linked, " + papers.size() + " papers, " + clean
                + " with clean titles, " + withTopic.size() + " with a topic; " + c.report().account();
        System.out.println(account);
        assertTrue(papers.size() >= 0.95 * linked.size(), account);
        assertTrue(clean >= 0.90 * linked.size(), account);
        assertTrue(withTopic.size() >= 0.85 * linked.size(), account);
        assertTrue(c.report().errors() == 0 && c.report().rejected() <= linked.size() / 50, account);
    }
}
