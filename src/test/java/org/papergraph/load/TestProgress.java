package org.papergraph.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class TestProgress {
    @Test
    void offATerminalALongLoadLogsBytesRowsAndRate() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(out, true, StandardCharsets.UTF_8);
        byte[] data = new byte[6 << 20];
        try (Progress p = new Progress.Log("big.md", data.length, () -> 1234, err, 50);
             InputStream in = p.counting(new ByteArrayInputStream(data))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            Thread.sleep(300);
        }
        String log = out.toString(StandardCharsets.UTF_8);
        assertTrue(log.contains("load: big.md: 100% (6,291,456 of 6,291,456 bytes), 1,234 rows, "), log);
        assertTrue(log.contains(" rows/s, about 0 s to go"), log);
    }

    @Test
    void smallFilesShowNothing() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Progress p = Progress.of("small.md", 1000, () -> 1, false, new PrintStream(out))) {
            p.counting(new ByteArrayInputStream(new byte[1000])).transferTo(java.io.OutputStream.nullOutputStream());
            assertEquals(1000, p.bytes.get());
        }
        assertEquals(0, out.size());
    }
}
