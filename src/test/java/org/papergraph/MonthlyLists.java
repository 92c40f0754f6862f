package org.papergraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The seed and its family of monthly tables (data/*.md), whose answers tests pin; data/lists/ holds real lists of
 * other layouts, tested on their own (TestRealLists), so they do not move every pinned answer.
 */
public final class MonthlyLists {
    private MonthlyLists() {}

    public static List<String> paths() {
        try (Stream<Path> files = Files.list(Path.of("data"))) {
            return files.filter(p -> p.getFileName().toString().matches("\\d{4}-\\d{2}-.*\\.md")).sorted().map(Path::toString).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
