package org.papergraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;

import org.junit.jupiter.api.Test;

class TestWrk {
    private static final String REPORT = """
            Running 10s test @ http://localhost:41234
              2 threads and 16 connections
              Thread Stats   Avg      Stdev     Max   +/- Stdev
                Latency   137.69ms   92.25ms   1.41s    65.88%
                Req/Sec    60.24     39.55   165.00     56.99%
              Latency Distribution
                 50%  122.71ms
                 75%  199.99ms
                 90%  267.76ms
                 99%    1.09s
              586 requests in 5.09s, 1.56MB read
              Socket errors: connect 0, read 1, write 0, timeout 3
              Non-2xx or 3xx responses: 2
            Requests/sec:    115.19
            Transfer/sec:    313.99KB
            """;

    @Test
    void readsTheReport() throws IOException {
        Wrk.Result r = Wrk.parse(REPORT);
        assertEquals(115.19, r.requestsPerSecond(), 1e-9);
        assertEquals(1090, r.p99Ms(), 1e-9);
        assertEquals(586, r.requests());
        assertEquals(1.56 * 1024 * 1024, r.bytesRead(), 1e-6);
        assertEquals(2, r.non2xx());
        assertEquals(4, r.errors());
    }

    @Test
    void readsMicroseconds() throws IOException {
        Wrk.Result r = Wrk.parse(REPORT.replace("99%    1.09s", "99%  850.00us").replaceAll("(?m)^.*(Socket|Non-2xx).*\n", ""));
        assertEquals(0.85, r.p99Ms(), 1e-9);
        assertEquals(0, r.non2xx());
        assertEquals(0, r.errors());
    }

    @Test
    void refusesAReportWithoutLatencies() {
        assertThrows(IOException.class, () -> Wrk.parse(REPORT.replaceAll("(?m)^\\s+99%.*\n", "")));
    }
}
