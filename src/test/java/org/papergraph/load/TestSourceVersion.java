package org.papergraph.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A source's version time with the real {@code git} (skipped where there is none) on files in temporary folders: a
 * file as its last commit left it has the commit's time, whatever its file's time; an edited or untracked file, or
 * one outside any work tree, its last-modified time to the second. Public for its git helpers ({@code TestReplicasAgree}).
 */
public class TestSourceVersion {
    static final Instant COMMITTED = Instant.parse("2024-03-01T12:00:00Z"), TOUCHED = Instant.parse("2025-06-30T08:15:42.789Z");

    @TempDir
    Path dir;

    @Test
    void aFileOutsideGitHasItsModifiedTimeToTheSecond() throws IOException {
        Path list = Files.writeString(dir.resolve("list.md"), "| Date | Name |\n");
        Files.setLastModifiedTime(list, FileTime.from(TOUCHED));
        assertEquals(Instant.parse("2025-06-30T08:15:42Z"), SourceVersion.of(list));
    }

    @Test
    void aCommittedFileHasItsCommitsTimeAndAnEditedOneItsOwn() throws Exception {
        assumeTrue(hasGit(), "no git here");
        Path list = Files.writeString(dir.resolve("list.md"), "| Date | Name |\n");
        Path other = Files.writeString(dir.resolve("other.md"), "| Date | Name |\n");
        git(dir, COMMITTED, "init", "-q");
        git(dir, COMMITTED, "add", "list.md", "other.md");
        git(dir, COMMITTED, "commit", "-q", "-m", "lists");
        git(dir, COMMITTED.plusSeconds(3600), "commit", "-q", "--allow-empty", "-m", "a later commit, not touching them");
        Files.setLastModifiedTime(list, FileTime.from(TOUCHED));
        assertEquals(COMMITTED, SourceVersion.of(list), "a clean file: the time of the last commit that touched it");

        Files.writeString(other, "| Date | Name |\n| x | y |\n");
        Files.setLastModifiedTime(other, FileTime.from(TOUCHED));
        assertEquals(Instant.parse("2025-06-30T08:15:42Z"), SourceVersion.of(other), "an edited file: its own time");

        Path untracked = Files.writeString(dir.resolve("new.md"), "| Date | Name |\n");
        Files.setLastModifiedTime(untracked, FileTime.from(TOUCHED));
        assertEquals(Instant.parse("2025-06-30T08:15:42Z"), SourceVersion.of(untracked), "an untracked file: its own time");
    }

    public static boolean hasGit() {
        try {
            return new ProcessBuilder("git", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Runs git in {@code dir} as a committer at {@code when}, with a name of its own (no user configuration needed). */
    public static void git(Path dir, Instant when, String... args) throws IOException, InterruptedException {
        List<String> argv = new ArrayList<>(List.of("git", "-c", "user.name=papergraph test", "-c", "user.email=test@example.org",
                "-c", "commit.gpgsign=false", "-C", dir.toString()));
        argv.addAll(List.of(args));
        ProcessBuilder b = new ProcessBuilder(argv).redirectErrorStream(true);
        b.environment().put("GIT_AUTHOR_DATE", when.getEpochSecond() + " +0000");
        b.environment().put("GIT_COMMITTER_DATE", when.getEpochSecond() + " +0000");
        Process p = b.start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), "git " + String.join(" ", args) + ": " + out);
    }
}
