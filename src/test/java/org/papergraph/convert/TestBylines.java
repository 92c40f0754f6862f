package org.papergraph.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Authors, venues and the month of an arXiv id, as lists write them; and what is none of these. */
class TestBylines {
    @Test
    void authorsCellsKeepEveryName() {
        assertEquals(List.of("A. One", "B. Two"), Authors.split("A. One, B. Two"));
        assertEquals(List.of("Jane Doe", "John Smith"), Authors.split("Jane Doe; John Smith et al."));
        assertEquals(List.of("One Person", "Two Person", "Three Person"), Authors.split("One Person, Two Person, and Three Person"));
        assertEquals(List.of("Ann Lee", "Bob Ray"), Authors.split("by Ann Lee & Bob Ray"));
        assertEquals(List.of("张三", "李四"), Authors.split("张三、李四"));
        assertEquals(List.of("Wei Zhang", "Li Wang"), Authors.split("*Wei Zhang*<sup>1</sup>, Li Wang†".replace("<sup>1</sup>", "1")));
        assertEquals(List.of("Robert W. Heath Jr.", "Yufa Zhou"), Authors.split("Robert W. Heath Jr., Yufa Zhou."));
        assertEquals(List.of("Ivan Nardini"), Authors.split("Ivan Nardini et al.."));
        assertEquals(List.of("Madonna"), Authors.split("Madonna"), "a column's one name is kept, whatever it looks like");
    }

    @Test
    void freeTextIsAuthorsOnlyWhenItIsNames() {
        assertEquals(List.of("Pai Zeng", "Zhenyu Ning"), Authors.inText("Pai Zeng, Zhenyu Ning."));
        assertEquals(List.of("Ann Lee", "DeepSeek-AI", "Bob Ray"), Authors.inText("Ann Lee, DeepSeek-AI, Bob Ray"),
                "one odd name among names is kept, not dropped");
        assertEquals(List.of("Wei Zhang", "Li Wang"), Authors.split("Wei Zhang1,2, Li Wang*"));
        for (String notNames : List.of("MLSys 2024 Best Paper Award", "PAPER NEEDED", "RobotxR1", "Arxiv 2024", "a survey of long context",
                "Google", "see https://example.org/a", "Efficient attention, with 2 heads"))
            assertEquals(List.of(), Authors.inText(notNames), notNames);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', nullValues = "-", value = {
        "ICLR'24; ICLR 2024; -",
        "ICLR‘24; ICLR 2024; -",
        "NeurIPS 2023; NeurIPS 2023; -",
        "arXiv, Jun 2024; arXiv; Jun 2024",
        "arXiv 2025.02; arXiv; 2025.02",
        "Arxiv 2024.; arXiv; -",
        "ICML, Jan 2022; ICML 2022; Jan 2022",
        "Conference: ICML'23; ICML 2023; -",
        "ICLR 2024 Oral; ICLR 2024 Oral; -",
        "(*ACL'24*); ACL 2024; -",
    })
    void venuesInText(String text, String venue, String month) {
        Venues.Venue v = Venues.inText(text).orElseThrow();
        assertEquals(venue, v.name());
        assertEquals(month == null ? "" : month, v.dateText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Jun 2024", "2017", "Blog, Feb 2023", "Llama 2", "a sentence that ends in 2024",
            "GitHub Repo stars", "Google"})
    void notVenues(String text) { assertEquals(Optional.empty(), Venues.inText(text), text); }

    @Test
    void venueBadges() {
        assertEquals("ICML 2023", Venues.ofBadge("", "https://img.shields.io/badge/Conference-ICML'23-blue").orElseThrow().name());
        assertEquals("NeurIPS 2024", Venues.ofBadge("", "https://img.shields.io/badge/NeurIPS-2024-green.svg").orElseThrow().name());
        assertEquals("ACL 2024", Venues.ofBadge("ACL 2024", "https://example.org/acl.png").orElseThrow().name());
        assertEquals(Optional.empty(), Venues.ofBadge("GitHub Repo stars", "https://img.shields.io/github/stars/o/r"));
        assertEquals("ICLR", Venues.ofCell("ICLR").orElseThrow().name(), "a venue column says a venue, dated or not");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', nullValues = "-", value = {
        "2405.18870; 2024-05", "0704.0001; 2007-04", "1501.0001; 2015-01", "hep-th/9901001; 1999-01",
        "math/0211159; 2002-11",
    })
    void monthOfAnArxivId(String id, String month) {
        assertEquals(month, ArxivId.parse("arXiv:" + id).orElseThrow().month());
    }

    @Test
    void noMonthInAnIdThatNamesNone() { assertNull(new ArxivId("2413.00001", null).month()); }
}
