package org.papergraph.bench;

import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;

final class Stats {
    private Stats() {}

    static <T> double median(List<T> xs, ToDoubleFunction<T> f) {
        double[] v = xs.stream().mapToDouble(f).sorted().toArray();
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    static <T> long max(List<T> xs, ToLongFunction<T> f) {
        return xs.stream().mapToLong(f).max().orElse(0);
    }
}
