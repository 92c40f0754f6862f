package org.papergraph.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a recorded run spent its time: for each thread, its share of the CPU samples and the methods of papergraph,
 * commonmark and Jena those samples were in (the innermost such frame), most first.
 */
final class JfrSummary {
    private JfrSummary() {}

    static String of(Path jfr, String title) throws IOException {
        Map<String, Map<String, Integer>> byThread = new TreeMap<>();
        Map<String, Integer> totals = new HashMap<>();
        int all = 0;
        try (RecordingFile in = new RecordingFile(jfr)) {
            while (in.hasMoreEvents()) {
                RecordedEvent e = in.readEvent();
                if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) continue;
                String thread = e.getThread("sampledThread").getJavaName();
                String method = "(JDK or GC)";
                for (RecordedFrame f : e.getStackTrace().getFrames()) {
                    String type = f.getMethod().getType().getName();
                    if (type.startsWith("org.papergraph") || type.startsWith("org.commonmark") || type.startsWith("org.apache.jena")) {
                        method = type.substring(type.lastIndexOf('.') + 1) + "." + f.getMethod().getName();
                        break;
                    }
                }
                byThread.computeIfAbsent(thread, t -> new HashMap<>()).merge(method, 1, Integer::sum);
                totals.merge(thread, 1, Integer::sum);
                all++;
            }
        }
        StringBuilder s = new StringBuilder("Profile (JFR CPU samples) of papergraph's " + title + ":\n\n");
        for (var t : byThread.entrySet()) {
            int n = totals.get(t.getKey());
            s.append(String.format("- thread `%s`: %d%% of samples;", t.getKey(), Math.round(100.0 * n / Math.max(1, all))));
            t.getValue().entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(6)
                    .forEach(m -> s.append(String.format(" %s %d%%,", m.getKey(), Math.round(100.0 * m.getValue() / n))));
            s.setLength(s.length() - 1);
            s.append('\n');
        }
        return s.toString();
    }
}
