package org.papergraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.papergraph.bench.Figure.Goal;
import org.papergraph.bench.Figure.Side;
import org.papergraph.bench.Figure.Unit;

class TestFigure {
    private static Figure throughput(int papers, double ours, double oursP99, double stock) {
        return new Figure("GET", papers, Unit.REQUESTS_PER_SECOND, new Side("a", ours, 2048 * 1024, oursP99),
                new Side("b", stock, 1024 * 1024, 90), 1, new Goal(3.0, 20, Double.NaN), "wrk");
    }

    @Test
    void throughputIsBetterHigher() {
        Figure f = throughput(100_000, 3000, 12.5, 900);
        assertEquals(3000 / 900.0, f.ratio(), 1e-9);
        assertTrue(f.meetsGoal());
        assertEquals("| GET | 100,000 | 3,000 req/s, p99 12.5 ms, 2,048 MiB | 900 req/s, p99 90.0 ms, 1,024 MiB | **3.33×**"
                + " | ≥ 3.0×, p99 ≤ 20 ms ✓ | 1 run; wrk |", f.row());
    }

    @Test
    void saysWhichGoalWasMissed() {
        assertEquals(List.of("p99"), throughput(100_000, 3000, 25, 900).missed());
        assertEquals(List.of("ratio"), throughput(100_000, 2000, 10, 900).missed());
        assertTrue(throughput(100_000, 2000, 25, 900).row().contains("✗ missed (ratio, p99)"));
        assertTrue(throughput(1_000, 2000, 25, 900).row().contains("(set at 100K)"));
    }

    @Test
    void timesAreBetterLower() {
        Figure load = new Figure("load", 100_000, Unit.SECONDS, Side.timed("a", 8, 1024), Side.timed("b", 10, 1024), 3,
                Goal.ratio(0.8), "");
        assertTrue(load.meetsGoal());
        assertTrue(load.row().contains("| 8.00 s, 1 MiB | 10.00 s, 1 MiB | **0.80×** | ≤ 0.8× ✓ | 3 runs |"), load.row());
        Figure ready = new Figure("ready", 100_000, Unit.SECONDS, Side.timed("a", 3.5, 0), Side.timed("b", 2, 0), 5,
                new Goal(Double.NaN, Double.NaN, 3.0), "");
        assertEquals(List.of("time"), ready.missed());
        assertTrue(ready.row().contains("| 3.50 s | 2.00 s | **1.75×** | ≤ 3 s ✗ missed |"), ready.row());
    }
}
