package org.papergraph.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TestDates {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "31 May 2024; 2024-05-31; date",
        "05 June 2024; 2024-06-05; date",
        "Feb 2024; 2024-02; gYearMonth",
        "April 10, 2024; 2024-04-10; date",
        "29th August 2024; 2024-08-29; date",
        "1st August 2024; 2024-08-01; date",
        "2017-06; 2017-06; gYearMonth",
        "2026.03; 2026-03; gYearMonth",
        "2023-07-16; 2023-07-16; date",
        "2023/07/16; 2023-07-16; date",
        "October 2023; 2023-10; gYearMonth",
        "Sept. 3rd, 2024; 2024-09-03; date",
        "3 of May 2024; 2024-05-03; date",
        "16/07/2023; 2023-07-16; date",
        "07/16/2023; 2023-07-16; date",
        "06/2017; 2017-06; gYearMonth",
        "2024; 2024; gYear",
        " 9 Jan 2024 ; 2024-01-09; date",
    })
    void reads(String text, String lexical, String type) {
        DateValue d = Dates.parse(text).orElseThrow();
        assertEquals(lexical, d.lexical());
        assertEquals(XSDDatatype.XSD + "#" + type, d.datatype().getURI());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"soon", "TBD", "31 Feb 2024", "2024-13", "05/06/2024", "May", "12345", "Q1 2024",
        "2024 2025", "May 32, 2024", "13th Smarch 2024"})
    void refusesWhatIsNotADate(String text) {
        assertTrue(Dates.parse(text).isEmpty(), text);
    }
}
