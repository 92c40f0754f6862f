package org.papergraph.convert;

import java.util.List;

import org.apache.jena.graph.Node;
import org.papergraph.markdown.Notice;
import org.papergraph.markdown.Row;

/**
 * What one row says, read and normalised, its literals made, but not yet written: the paper it names, its date,
 * abstract, topics and code, or why it is rejected; with the warnings about it, in line order. Made on the reading
 * thread, so the writing thread only writes. Literals are null where the row's cell was empty; {@code titleAsWritten}
 * only where the title cell says more than the title (see {@link Titles}).
 */
record RowFacts(Row row, List<Notice> warnings, String rejection, String title, String titleKey, Node titleLiteral,
                PaperRef ref, Node link, Node dateAsWritten, Node date, Node abstractLiteral, Node topicsAsWritten,
                List<Topic> topics, List<CodeRepos.Repo> repos, Node titleAsWritten, Node alternateName,
                Node organisation, List<String> authors, Node authorsAsWritten, Node venue, Node venueAsWritten) {

    /** A topic as this row names it, its concept, and the concept of the heading above it (or null). */
    record Topic(String label, Node concept, Node broader) {}

    static RowFacts rejected(Row row, List<Notice> warnings, String reason) {
        return new RowFacts(row, warnings, reason, null, null, null, null, null, null, null, null, null, List.of(), List.of(),
                null, null, null, List.of(), null, null, null);
    }

    /** A list item that links no paper: counted, not a paper and not rejected. */
    static RowFacts prose(Row row) {
        return new RowFacts(row, List.of(), null, null, null, null, null, null, null, null, null, null, List.of(), List.of(),
                null, null, null, List.of(), null, null, null);
    }

    boolean isRejected() { return rejection != null; }

    boolean isProse() { return rejection == null && ref == null; }
}
