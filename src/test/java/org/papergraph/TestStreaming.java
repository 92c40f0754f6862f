package org.papergraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A list far larger than the heap converts: the Markdown is read a chunk at a time and the N-Triples written as
 * they come. 20,000 generated rows (about 34 MB of Markdown, 160 MB of N-Triples) in a 96 MB heap.
 */
class TestStreaming {
    @Test
    void convertsAListLargerThanTheHeap(@TempDir Path dir) throws Exception {
        ChildJvm gen = ChildJvm.run("96m", dir, "generate", "--papers", "20000", "--seed", "7", "-o", "big.md");
        assertEquals(0, gen.exitCode(), gen.err());
        assertTrue(Files.size(dir.resolve("big.md")) > 30_000_000);

        ChildJvm r = ChildJvm.run("96m", dir, "convert", "big.md", "-o", "big.nt");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.err().endsWith("20000 rows: 20000 papers, 0 rejected, 0 warnings\n"), r.err());
        long listings = 0;
        try (BufferedReader in = Files.newBufferedReader(dir.resolve("big.nt"))) {
            String line;
            while ((line = in.readLine()) != null)
                if (line.endsWith("<https://w3id.org/papergraph/ontology#Listing> .")) listings++;
        }
        assertEquals(20_000, listings);
    }
}
