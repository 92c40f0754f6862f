package org.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.papergraph.cli.TestLiveReload.A;
import static org.papergraph.cli.TestLiveReload.B;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.live.Live;
import org.papergraph.server.Served;
import org.papergraph.store.SourceRecord;
import org.papergraph.store.Store;

/**
 * Sources reached through symbolic links, as git-sync (the usual Kubernetes sidecar) publishes them: each revision a
 * new folder, behind a link swapped atomically. The folder given as a link loads, keeps its sources' IRIs across
 * swaps, and a running server follows a swap; a link back to a folder above gives one line.
 */
class TestSymlinkedSources {
    @TempDir
    Path work;

    /** {@code git/lists -> .worktrees/NAME}, as git-sync lays it out: a relative link beside the revisions. */
    private Path revision(String name, Map<String, String> files) throws Exception {
        Path rev = Files.createDirectories(work.resolve("git/.worktrees").resolve(name));
        for (var f : files.entrySet()) Files.writeString(rev.resolve(f.getKey()), f.getValue());
        return rev;
    }

    private Path linkTo(String name) throws Exception {
        return Files.createSymbolicLink(work.resolve("git/lists"), Path.of(".worktrees", name));
    }

    /** What git-sync does: a new link made beside the old, renamed over it in one step. */
    private void swapTo(Path link, String name) throws Exception {
        Path temp = Files.createSymbolicLink(link.resolveSibling(".lists.tmp"), Path.of(".worktrees", name));
        Files.move(temp, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void aFolderGivenAsALinkLoadsWithPathsThroughTheLink() throws Exception {
        revision("rev1", Map.of("a.md", A, "b.md", B));
        Path lists = linkTo("rev1");
        Cli load = Cli.run("load", "--db", work.resolve("store").toString(), lists.toString());
        assertEquals(0, load.exitCode(), load.err());
        assertTrue(load.err().contains("2 sources: 2 new"), load.err());
        try (Store store = Store.openExisting(work.resolve("store"))) {
            assertEquals(Map.of("a", lists.resolve("a.md").toString(), "b", lists.resolve("b.md").toString()), paths(store));
        }
    }

    @Test
    void linksInsideAFolderAreFollowed() throws Exception {
        Path lists = Files.createDirectories(work.resolve("lists"));
        Path elsewhere = Files.createDirectories(work.resolve("elsewhere/more"));
        Files.writeString(work.resolve("elsewhere/a.md"), A);
        Files.writeString(elsewhere.resolve("b.md"), B);
        Files.createSymbolicLink(lists.resolve("a.md"), Path.of("../elsewhere/a.md"));
        Files.createSymbolicLink(lists.resolve("more"), Path.of("../elsewhere/more"));
        Files.createSymbolicLink(lists.resolve("gone.md"), Path.of("../elsewhere/nothing-here.md"));
        Cli load = Cli.run("load", "--db", work.resolve("store").toString(), lists.toString());
        assertEquals(0, load.exitCode(), load.err());
        try (Store store = Store.openExisting(work.resolve("store"))) {
            assertEquals(Map.of("a", lists.resolve("a.md").toString(), "b", lists.resolve("more/b.md").toString()), paths(store),
                    "a link to a file and one to a folder followed, a broken link passed over");
        }
    }

    @Test
    void aLinkLoopGivesOneLine() throws Exception {
        Path lists = Files.createDirectories(work.resolve("lists/sub"));
        Files.writeString(lists.resolve("a.md"), A);
        Files.createSymbolicLink(lists.resolve("up"), Path.of(".."));
        Cli load = Cli.run("load", "--db", work.resolve("store").toString(), work.resolve("lists").toString());
        assertEquals(1, load.exitCode(), load.err());
        assertEquals("papergraph: error: " + lists.resolve("up") + ": a symbolic link loop (it leads back to a folder above it)",
                load.err().strip());
    }

    /**
     * A running server following {@code git/lists} with no re-scan at all, so only the watch can notice: the swap to a
     * revision with one list changed reloads that list alone, under the same source IRIs; then an edit inside the new
     * revision is seen too (the watch moved to the link's new folder), and the old revision removed changes nothing.
     */
    @Test
    void aRunningServerFollowsAGitSyncSwap() throws Exception {
        revision("rev1", Map.of("a.md", A, "b.md", B));
        Path lists = linkTo("rev1");
        StringWriter printed = new StringWriter();
        try (Served served = Served.start(work.resolve("store"), List.of(lists.toString()), b -> b);
             Live live = LiveSite.follow(served, lists, Duration.ZERO, printed)) {
            Map<String, String> before = paths(served.store);
            assertTrue(served.get("/paper/2405.00001.html").body().contains("Zebrafish Attention Original"));

            revision("rev2", Map.of("a.md", A.replace("Original", "Second Revision"), "b.md", B));
            swapTo(lists, "rev2");
            LiveSite.await("the swapped-in list's page", printed, () -> served.get("/paper/2405.00001.html").body().contains("Second Revision"));
            LiveSite.await("the reload's summary", printed, () -> printed.toString().contains("2 sources: 1 updated, 1 unchanged (1 changed)"));
            assertEquals(before, paths(served.store), "the same source IRIs, read through the link");
            assertFalse(printed.toString().contains("rev2"), printed.toString());

            int reloads = live.reloads();
            deleteTree(work.resolve("git/.worktrees/rev1")); // git-sync removes the old revision
            Files.writeString(work.resolve("git/.worktrees/rev2/b.md"), B.replace("Third Paper Here", "Third Paper Edited"));
            LiveSite.await("an edit in the new revision", printed, () -> served.get("/paper/2405.00003.html").body().contains("Third Paper Edited"));
            LiveSite.await("the reload ends", printed, () -> live.reloads() > reloads); // counted once it has moved the server on
            assertEquals(before, paths(served.store));
        }
    }

    /** Each source's slug (its IRI's last step) and the path it was read from. */
    private static Map<String, String> paths(Store store) {
        return store.sources().stream().collect(Collectors.toMap(
                r -> store.iris().sourceSlugOf(r.source()), SourceRecord::path));
    }

    private static void deleteTree(Path dir) throws Exception {
        try (var all = Files.walk(dir)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
