package org.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestValidateCommand {
    @Test
    void dataConforms() {
        Cli r = Cli.run("validate", "data");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().matches("conforms: \\d+ triples checked against \\d+ shapes\n"), r.out());
        assertTrue(r.err().contains("2240 rows: 2139 papers, 101 repeat listings, 0 rejected, 11 warnings; 568 list items with no paper link (prose)"), r.err());
    }

    @Test
    void anUnreadableFileFails(@TempDir Path dir) throws Exception {
        Path bin = Files.write(dir.resolve("x.md"), new byte[] {'|', 0, '|'});
        Cli r = Cli.run("validate", bin.toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().startsWith(bin + ":1: error: binary data"), r.err());
    }
}
