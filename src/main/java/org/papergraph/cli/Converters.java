package org.papergraph.cli;

import java.time.Duration;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;

import org.papergraph.convert.Column;
import org.papergraph.query.ResultFormat;
import org.papergraph.rdf.Iris;
import org.papergraph.server.Server;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The typed values of papergraph's options, each with picocli's one-line error on a bad value (naming the option,
 * then what is valid) and, where the values are a list, that list for the help's {@code ${COMPLETION-CANDIDATES}}:
 * taken from the enum that defines them, never written out by hand.
 */
final class Converters {
    private Converters() {}

    /** A {@code --columns} role: a key of the converter's {@link Column}s ({@code title}, {@code abstract} …), any case. */
    static final class ColumnRole implements ITypeConverter<Column> {
        @Override
        public Column convert(String value) {
            String key = value.strip().toLowerCase(Locale.ROOT);
            return Arrays.stream(Column.values()).filter(c -> c.key().equals(key)).findFirst()
                    .orElseThrow(() -> new TypeConversionException("'" + value + "' is not a column role; roles: " + String.join(", ", new Roles())));
        }
    }

    /** The column roles, in the enum's order. */
    static final class Roles implements Iterable<String> {
        @Override
        public Iterator<String> iterator() { return Arrays.stream(Column.values()).map(Column::key).iterator(); }
    }

    /** The {@code --columns} header: as written. */
    static final class Header implements ITypeConverter<String> {
        @Override
        public String convert(String value) { return value; }
    }

    /**
     * A time, as {@code --timeout} takes it: a number with {@code ms}, {@code s} or {@code m} ({@code 500ms},
     * {@code 10s}, {@code 1.5s}, {@code 2m}), or a bare number of seconds; more than nothing.
     */
    static final class Time implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            String t = value.strip().toLowerCase(Locale.ROOT);
            try {
                long ms;
                if (t.endsWith("ms")) ms = Long.parseLong(t.substring(0, t.length() - 2));
                else if (t.endsWith("s")) ms = (long) (Double.parseDouble(t.substring(0, t.length() - 1)) * 1000);
                else if (t.endsWith("m")) ms = (long) (Double.parseDouble(t.substring(0, t.length() - 1)) * 60_000);
                else ms = (long) (Double.parseDouble(t) * 1000);
                if (ms > 0) return Duration.ofMillis(ms);
            } catch (NumberFormatException e) {
                // said below
            }
            throw new TypeConversionException("'" + value + "' is not a time such as 10s, 500ms or 2m");
        }
    }

    /** A size in bytes, as {@code --max-query} takes it: a number, or with {@code k} or {@code m}; at most 64m. */
    static final class Size implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            String t = value.strip().toLowerCase(Locale.ROOT);
            int unit = t.endsWith("k") ? 1024 : t.endsWith("m") ? 1024 * 1024 : 1;
            try {
                long n = Long.parseLong(unit == 1 ? t : t.substring(0, t.length() - 1)) * unit;
                if (n > 0 && n <= 64L * 1024 * 1024) return (int) n;
            } catch (NumberFormatException e) {
                // said below
            }
            throw new TypeConversionException("'" + value + "' is not a size such as 64k or 1m (at most 64m)");
        }
    }

    /** A {@code --base}: an absolute http(s) IRI, as {@link Iris} takes it; kept as written. */
    static final class BaseIri implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            try {
                new Iris(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not an absolute http(s) IRI");
            }
            return value;
        }
    }

    /** A {@code --public-base}: an absolute http(s) URL, as the server takes it. */
    static final class PublicBase implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            try {
                return Server.Builder.publicBaseOf(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not an absolute http(s) URL");
            }
        }
    }

    /** A {@code --cors-origins} entry: {@code *}, or an origin such as {@code https://example.org}. */
    static final class Origin implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            try {
                return Server.Builder.originOf(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not an origin such as https://example.org, nor *");
            }
        }
    }

    /** A {@code query --format}: one of {@link ResultFormat}'s names, any case. */
    static final class ResultFormatName implements ITypeConverter<ResultFormat> {
        @Override
        public ResultFormat convert(String value) {
            Optional<ResultFormat> f = Arrays.stream(ResultFormat.values()).filter(r -> r.name.equalsIgnoreCase(value.strip())).findFirst();
            return f.orElseThrow(() -> new TypeConversionException("'" + value + "' is not one of " + String.join(", ", new ResultFormatNames())));
        }
    }

    /** {@link ResultFormat}'s names, in its order. */
    static final class ResultFormatNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() { return Arrays.stream(ResultFormat.values()).map(r -> r.name).iterator(); }
    }

    /** What {@code inspect} and {@code stats} write: lines for a person, or JSON. */
    enum Report { text, json }

    /** The access log's format: NCSA's extended format, or JSON lines. */
    /** The access log's format; {@code none}: no access log (a proxy in front keeps one, say). */
    enum LogFormat { ncsa, json, none }
}
