package org.papergraph.server.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The charts as markup: well-formed, one bar per month with papers, gaps kept, every label escaped. */
class TestCharts {

    @Test
    void monthsDrawOneBarPerMonthWithPapersAndKeepTheGaps() throws Exception {
        SortedMap<String, Long> perMonth = new TreeMap<>();
        perMonth.put("2023-11", 3L);
        perMonth.put("2024-02", 12L);
        perMonth.put("2024-03", 1L);
        perMonth.put("2024", 7L); // a year alone: not a month, not drawn
        Document doc = parse(h -> Charts.months(h, "m", "Papers per month", perMonth));
        List<Element> bars = elements(doc, "rect");
        assertEquals(3, bars.size());
        // Five slots from 2023-11 to 2024-03: the bar of 2024-02 stands in the fourth, after two empty months.
        double first = x(bars.get(0)), second = x(bars.get(1)), third = x(bars.get(2));
        assertEquals(3 * (third - second), second - first, 0.5, "the empty months between are gaps");
        assertTrue(height(bars.get(1)) > height(bars.get(0)) && height(bars.get(0)) > height(bars.get(2)));
        List<Element> cells = elements(doc, "td");
        assertEquals(List.of("3", "12", "1"), cells.stream().map(Element::getTextContent).toList(), "the table holds the drawn numbers");
        assertEquals("img", ((Element) doc.getElementsByTagName("svg").item(0)).getAttribute("role"));
    }

    @Test
    void labelsFromTheDataAreEscaped() throws Exception {
        String evil = "<script>alert(1)</script> & \"quotes\"";
        String html = render(h -> Charts.bars(h, "b", evil, "Topic", "Papers",
                List.of(new Charts.Bar(evil, "/topic/x?a=1&b=2", 4), new Charts.Bar("plain", "javascript:alert(1)", 2))));
        assertFalse(html.contains("<script>"), html);
        assertFalse(html.contains("javascript:"), "an unsafe link is dropped: " + html);
        Document doc = parse(html);
        assertEquals(2, elements(doc, "rect").size());
        assertEquals("/topic/x?a=1&b=2", ((Element) doc.getElementsByTagName("a").item(0)).getAttribute("href"));
    }

    @Test
    void aShareIsSaidInWordsToo() throws Exception {
        Document doc = parse(h -> Charts.share(h, "c", "Papers with code", 1, 4));
        assertTrue(doc.getElementsByTagName("figcaption").item(0).getTextContent().contains("1 of 4 (25%)"));
    }

    @Test
    void axisTopsAreRoundNumbers() {
        assertEquals(List.of(1L, 2L, 5L, 10L, 20L, 50L, 100L), List.of(1L, 2L, 3L, 7L, 11L, 50L, 51L).stream().map(Charts::niceCeiling).toList());
    }

    private static String render(java.util.function.Consumer<Html> draw) {
        Html h = new Html();
        draw.accept(h);
        return h.toString();
    }

    private static Document parse(java.util.function.Consumer<Html> draw) throws Exception { return parse(render(draw)); }

    private static Document parse(String markup) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(("<div>" + markup + "</div>").getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(Document doc, String tag) {
        NodeList nodes = doc.getElementsByTagName(tag);
        return java.util.stream.IntStream.range(0, nodes.getLength()).mapToObj(i -> (Element) nodes.item(i)).toList();
    }

    private static double x(Element rect) { return Double.parseDouble(rect.getAttribute("x")); }

    private static double height(Element rect) { return Double.parseDouble(rect.getAttribute("height")); }
}
