package org.papergraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The committed units read as systemd reads them: what ReplicasIT runs is what the units say. */
class TestSystemdUnit {
    private static final Path STATE = Path.of("/state");

    @Test
    void replicaRunsUpOnItsOwnStoreAndPort() throws Exception {
        SystemdUnit unit = new SystemdUnit(Path.of("deploy/systemd/papergraph@.service"), "3031", STATE,
                Map.of("JAVA_OPTS", "-Xmx256m -XX:+UseSerialGC", "LISTS", "/lists"));
        assertEquals(List.of("/usr/bin/java", "-Xmx256m", "-XX:+UseSerialGC", "-jar", "/opt/papergraph/papergraph.jar", "up", "/lists",
                "--sync", "--db", "/state/papergraph/3031/store", "--port", "3031", "--public-base", "https://papers.example.org/",
                "--log-format", "none"), unit.command("ExecStart"));
        // The restore is one shell script, its quotes kept for the shell, the store's path filled in.
        List<String> pre = unit.command("ExecStartPre");
        assertEquals(List.of("/bin/sh", "-c"), pre.subList(0, 2));
        assertEquals(3, pre.size());
        assertEquals("test -e \"/state/papergraph/3031/store\" || test ! -e \"$SNAPSHOT\" || exec /usr/bin/java $JAVA_OPTS -jar"
                + " \"$PAPERGRAPH_JAR\" restore \"$SNAPSHOT\" --db \"/state/papergraph/3031/store\"", pre.get(2));
        assertEquals("/srv/papergraph/snapshot.tar.gz", unit.environment().get("SNAPSHOT"));
    }

    @Test
    void pullIsAFastForwardOfTheLists() throws Exception {
        SystemdUnit unit = new SystemdUnit(Path.of("deploy/systemd/papergraph-pull.service"), null, STATE, Map.of());
        assertEquals(List.of("/usr/bin/git", "-C", "/srv/papergraph/lists", "pull", "--quiet", "--ff-only"), unit.command("ExecStart"));
    }

    @Test
    void anOverrideMustBeOneTheUnitSets() {
        assertThrows(IllegalArgumentException.class, () -> new SystemdUnit(Path.of("deploy/systemd/papergraph-pull.service"),
                null, STATE, Map.of("NO_SUCH", "x")));
    }
}
