package org.papergraph.server.html;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;

/**
 * Charts drawn on the server as inline SVG, readable without JavaScript: each a {@code <figure>} whose SVG is one
 * image to assistive technology ({@code role="img"}, titled by its caption; a group where its labels are links), with
 * its numbers beside it as a table.
 * Every label from the data passes through {@link Html#esc}; the SVG scales to the page's width (its viewBox).
 */
public final class Charts {
    /** A labelled bar; {@code href} may be null (no link). */
    public record Bar(String label, String href, long value) {}

    private static final int WIDTH = 640, PLOT_LEFT = 36, PLOT_TOP = 8, PLOT_HEIGHT = 120, LABEL_WIDTH = 250, ROW = 22;

    private Charts() {}

    /**
     * Papers per month as columns, one slot per month from the first to the last: a month with none is a gap. The
     * table lists the months that have papers.
     */
    public static void months(Html h, String id, String caption, SortedMap<String, ? extends Number> perMonth) {
        List<YearMonth> months = perMonth.keySet().stream().map(Charts::yearMonth).filter(m -> m != null).toList();
        if (months.isEmpty()) return;
        YearMonth first = months.get(0), last = months.get(months.size() - 1);
        int slots = (int) first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1;
        long max = perMonth.values().stream().mapToLong(Number::longValue).max().orElse(1);
        long top = niceCeiling(max);
        double slot = (WIDTH - PLOT_LEFT - 4) / (double) slots, base = PLOT_TOP + PLOT_HEIGHT;
        begin(h, id, caption, "months", "img", PLOT_TOP + PLOT_HEIGHT + 24);
        axisTick(h, base, "0");
        axisTick(h, base - PLOT_HEIGHT, Long.toString(top));
        perMonth.forEach((key, n) -> {
            YearMonth m = yearMonth(key);
            if (m == null) return;
            long i = first.until(m, java.time.temporal.ChronoUnit.MONTHS);
            double height = PLOT_HEIGHT * n.doubleValue() / top, x = PLOT_LEFT + i * slot + slot * 0.1;
            h.raw("<rect class=\"bar\" x=\"" + fmt(x) + "\" y=\"" + fmt(base - height) + "\" width=\"" + fmt(slot * 0.8)
                    + "\" height=\"" + fmt(height) + "\"><title>").text(key + ": " + n).raw("</title></rect>");
        });
        // A year or less: every month labelled. Longer: each January (every few years over decades), so the axis
        // reads without crowding, and the first month when no January is near it.
        int everyYears = Math.max(1, (int) Math.ceil(slots / 144.0));
        for (int i = 0; i < slots; i++) {
            YearMonth m = first.plusMonths(i);
            String label = slots <= 12 ? m.toString()
                    : m.getMonthValue() == 1 && m.getYear() % everyYears == 0 ? Integer.toString(m.getYear())
                    : i == 0 && m.getMonthValue() <= 9 ? m.toString() : null;
            if (label != null) h.raw("<text x=\"" + fmt(PLOT_LEFT + (i + 0.5) * slot) + "\" y=\"" + fmt(base + 16) + "\" text-anchor=\"middle\">")
                    .text(label).raw("</text>");
        }
        h.raw("<line x1=\"" + PLOT_LEFT + "\" y1=\"" + fmt(base) + "\" x2=\"" + (WIDTH - 4) + "\" y2=\"" + fmt(base) + "\"/>");
        end(h, caption);
        table(h, "Month", "Papers", perMonth.entrySet().stream().filter(e -> yearMonth(e.getKey()) != null)
                .map(e -> new Bar(e.getKey(), null, e.getValue().longValue())).toList());
        h.raw("</details></figure>");
    }

    /** Labelled horizontal bars, longest first as given, each label a link when it has one. */
    public static void bars(Html h, String id, String caption, String what, String of, List<Bar> bars) {
        if (bars.isEmpty()) return;
        long top = niceCeiling(bars.stream().mapToLong(Bar::value).max().orElse(1));
        double plot = WIDTH - LABEL_WIDTH - 48;
        begin(h, id, caption, "bars", "group", bars.size() * ROW + 4);
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            double y = i * ROW + 2, width = Math.max(1, plot * b.value() / top);
            String href = Html.safeHref(b.href());
            if (href != null) h.raw("<a href=\"").text(href).raw("\">");
            h.raw("<text x=\"" + (LABEL_WIDTH - 6) + "\" y=\"" + fmt(y + 14) + "\" text-anchor=\"end\">").text(shorten(b.label(), 36)).raw("</text>");
            if (href != null) h.raw("</a>");
            h.raw("<rect class=\"bar\" x=\"" + LABEL_WIDTH + "\" y=\"" + fmt(y + 3) + "\" width=\"" + fmt(width) + "\" height=\"" + (ROW - 6)
                    + "\"><title>").text(b.label() + ": " + b.value()).raw("</title></rect>");
            h.raw("<text x=\"" + fmt(LABEL_WIDTH + width + 4) + "\" y=\"" + fmt(y + 14) + "\">").text(Long.toString(b.value())).raw("</text>");
        }
        end(h, caption);
        table(h, what, of, bars);
        h.raw("</details></figure>");
    }

    /** One bar split in two: {@code part} of {@code whole}, as a share, with the numbers said in words too. */
    public static void share(Html h, String id, String caption, long part, long whole) {
        if (whole <= 0) return;
        double width = (WIDTH - 8) * part / (double) whole;
        String words = part + " of " + whole + " (" + Math.round(100.0 * part / whole) + "%)";
        begin(h, id, caption + ": " + words, "share", "img", 28);
        h.raw("<rect class=\"rest\" x=\"4\" y=\"4\" width=\"" + (WIDTH - 8) + "\" height=\"20\"/>");
        h.raw("<rect class=\"bar\" x=\"4\" y=\"4\" width=\"" + fmt(width) + "\" height=\"20\"/>");
        h.raw("</svg><figcaption>").text(caption + ": " + words).raw("</figcaption></figure>");
    }

    /** An SVG of {@code role} img, one image to assistive technology, or group, whose links each can reach. */
    private static void begin(Html h, String id, String caption, String kind, String role, int height) {
        h.raw("<figure class=\"chart\"><svg class=\"" + kind + "\" role=\"" + role + "\" aria-labelledby=\"").text(id)
         .raw("\" viewBox=\"0 0 " + WIDTH + " " + height + "\" preserveAspectRatio=\"xMinYMin meet\"><title id=\"").text(id).raw("\">")
         .text(caption).raw("</title>");
    }

    private static void end(Html h, String caption) {
        h.raw("</svg><figcaption>").text(caption).raw("</figcaption><details><summary>The numbers</summary>");
    }

    private static void table(Html h, String what, String of, List<Bar> rows) {
        h.raw("<div class=\"scroll\" tabindex=\"0\"><table><thead><tr><th scope=\"col\">").text(what).raw("</th><th scope=\"col\">").text(of).raw("</th></tr></thead><tbody>");
        for (Bar r : rows) {
            h.raw("<tr><th scope=\"row\">");
            if (r.href() != null) h.link(r.href(), r.label());
            else h.text(r.label());
            h.raw("</th><td>").text(Long.toString(r.value())).raw("</td></tr>");
        }
        h.raw("</tbody></table></div>");
    }

    private static void axisTick(Html h, double y, String label) {
        h.raw("<text x=\"" + (PLOT_LEFT - 4) + "\" y=\"" + fmt(y + 4) + "\" text-anchor=\"end\">").text(label).raw("</text>");
    }

    /** The least of 1, 2, 5 × 10ⁿ at or above {@code n}: an axis top a reader takes in at a glance. */
    static long niceCeiling(long n) {
        long step = 1;
        while (true) {
            for (long f : new long[] {1, 2, 5}) if (f * step >= n) return f * step;
            step *= 10;
        }
    }

    private static YearMonth yearMonth(String key) {
        try {
            return YearMonth.parse(key);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String shorten(String s, int max) { return s.length() <= max ? s : s.substring(0, max - 1) + "…"; }

    private static String fmt(double d) { return String.format(Locale.ROOT, "%.1f", d); }
}
