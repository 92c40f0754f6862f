package org.papergraph.convert;

import org.apache.jena.datatypes.xsd.XSDDatatype;

/** A date read from a row: a day ({@code xsd:date}), a month ({@code xsd:gYearMonth}) or a year ({@code xsd:gYear}). */
public record DateValue(String lexical, XSDDatatype datatype) {}
