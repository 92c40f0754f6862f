package org.papergraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The commands of a committed systemd unit (deploy/systemd/), so that a test runs what the unit runs rather than a
 * copy of it: its {@code Environment=} lines (overridden as an {@code EnvironmentFile=} would), the specifiers
 * {@code %i} and {@code %S}, and systemd's expansion of {@code ExecStart=} lines: {@code ${NAME}} anywhere, a word
 * {@code $NAME} split at whitespace, quotes grouping words; any other {@code $} is left to the program (a shell).
 */
final class SystemdUnit {
    private static final Pattern CURLY = Pattern.compile("\\$\\{(\\w+)}");
    private static final Pattern BARE = Pattern.compile("\\$(\\w+)");

    private final Path file;
    private final List<String> lines;
    private final Map<String, String> environment = new LinkedHashMap<>();
    private final String instance, stateRoot;

    /**
     * The unit at {@code file} as instance {@code instance} (null for none), with {@code %S} at {@code stateRoot},
     * its environment overridden by {@code overrides} (each must be one the unit sets).
     */
    SystemdUnit(Path file, String instance, Path stateRoot, Map<String, String> overrides) throws IOException {
        this.file = file;
        this.lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        this.instance = instance;
        this.stateRoot = stateRoot.toString();
        for (String line : values("Environment")) {
            int eq = line.indexOf('=');
            environment.put(line.substring(0, eq), line.substring(eq + 1));
        }
        overrides.forEach((k, v) -> {
            if (environment.put(k, v) == null) throw new IllegalArgumentException(file + " sets no Environment=" + k);
        });
    }

    /** The environment the unit's processes get (besides the caller's). */
    Map<String, String> environment() { return Map.copyOf(environment); }

    /** The words of the unit's only {@code key=} line ({@code ExecStart}, {@code ExecStartPre}), expanded. */
    List<String> command(String key) throws IOException {
        List<String> all = values(key);
        if (all.size() != 1) throw new IOException(file + " has " + all.size() + " " + key + "= lines, not one");
        List<String> words = new ArrayList<>();
        for (String word : words(specifiers(all.get(0)))) {
            Matcher bare = BARE.matcher(word);
            if (bare.matches()) {
                for (String w : value(bare.group(1)).trim().split("\\s+")) if (!w.isEmpty()) words.add(w);
            } else {
                words.add(CURLY.matcher(word).replaceAll(m -> Matcher.quoteReplacement(value(m.group(1)))));
            }
        }
        return words;
    }

    /** Runs {@code key}'s command to its end, in {@code dir}, with the unit's environment; its output on failure. */
    String run(String key, Path dir) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command(key)).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().putAll(environment);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) throw new IOException(file.getFileName() + " " + key + " failed: " + command(key) + "\n" + out);
        return out;
    }

    private String value(String name) {
        String v = environment.get(name);
        if (v == null) throw new IllegalArgumentException(file + " uses $" + name + ", which it does not set");
        return v;
    }

    private String specifiers(String line) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != '%' || i + 1 == line.length()) {
                out.append(c);
                continue;
            }
            char s = line.charAt(++i);
            out.append(switch (s) {
                case 'i' -> instance;
                case 'S' -> stateRoot;
                case '%' -> "%";
                default -> throw new IllegalArgumentException(file + " uses the specifier %" + s + ", which this test does not know");
            });
        }
        return out.toString();
    }

    /** Splits at unquoted whitespace; single and double quotes group and are removed. */
    private static List<String> words(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (char c : line.toCharArray()) {
            if (quote != 0) {
                if (c == quote) quote = 0;
                else w.append(c);
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) out.add(w.toString());
                w.setLength(0);
                inWord = false;
            } else {
                w.append(c);
                inWord = true;
            }
        }
        if (inWord) out.add(w.toString());
        return out;
    }

    private List<String> values(String key) {
        String prefix = key + "=";
        return lines.stream().map(String::strip).filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length())).toList();
    }
}
