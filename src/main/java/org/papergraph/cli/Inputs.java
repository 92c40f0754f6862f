package org.papergraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.papergraph.convert.Input;
import org.papergraph.convert.TopicsFile;

/** Turns command-line arguments into sources: a file, {@code -} for standard input, a directory's .md files. */
final class Inputs {
    private Inputs() {}

    static List<Input> of(List<String> args) {
        List<Input> inputs = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("-")) {
                inputs.add(Input.stdin());
                continue;
            }
            Path path = Path.of(arg);
            if (Files.isDirectory(path)) {
                List<Input> found = markdownIn(path);
                if (found.isEmpty()) throw CliException.failure(arg + ": no .md files in this directory");
                inputs.addAll(found);
            }
            else if (Files.isRegularFile(path)) inputs.add(Input.file(path, false));
            else throw CliException.failure(arg + ": no such file or directory");
        }
        return inputs;
    }

    /**
     * Every .md (or .markdown) file under a directory, and the topics file ({@code topics.ttl}), in path order so runs
     * are repeatable. Symbolic links are followed (a folder given as a link, as git-sync publishes one, links to files
     * or folders inside), and each file is named by its path through them, never the link's target: a list keeps its
     * source IRI when the link moves to a new folder. A link back to a folder above it is refused, not walked forever.
     */
    private static List<Input> markdownIn(Path dir) {
        try (Stream<Path> files = Files.walk(dir, FileVisitOption.FOLLOW_LINKS)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase().matches(".*\\.(md|markdown)$")
                            || TopicsFile.isTopicsFile(p.getFileName().toString()))
                    .sorted()
                    .map(p -> Input.file(p, true))
                    .toList();
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof FileSystemLoopException loop)
                throw CliException.failure(loop.getFile() + ": a symbolic link loop (it leads back to a folder above it)");
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
