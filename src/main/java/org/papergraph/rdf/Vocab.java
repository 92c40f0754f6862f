package org.papergraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The terms papergraph writes: standard vocabularies as constants, its own ontology's terms minted from the base. */
public final class Vocab {
    public static final String FABIO = "http://purl.org/spar/fabio/";
    public static final String PRISM = "http://prismstandard.org/namespaces/basic/2.0/";
    public static final String SCHEMA = "https://schema.org/";
    public static final String DCTERMS = "http://purl.org/dc/terms/";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    public static final String OWL = "http://www.w3.org/2002/07/owl#";
    public static final String SH = "http://www.w3.org/ns/shacl#";
    public static final String DCAT = "http://www.w3.org/ns/dcat#";
    public static final String SPDX = "http://spdx.org/rdf/terms#";
    public static final String VOID = "http://rdfs.org/ns/void#";

    public static final Node TYPE = uri(RDF + "type");
    public static final Node FIRST = uri(RDF + "first");
    public static final Node REST = uri(RDF + "rest");
    public static final Node NIL = uri(RDF + "nil");

    public static final Node TITLE = uri(DCTERMS + "title");
    public static final Node ABSTRACT = uri(DCTERMS + "abstract");
    public static final Node DATE = uri(DCTERMS + "date");
    public static final Node SUBJECT = uri(DCTERMS + "subject");
    public static final Node SEE_ALSO = uri(RDFS + "seeAlso");

    public static final Node PREPRINT = uri(FABIO + "Preprint");
    public static final Node HAS_ARXIV_ID = uri(FABIO + "hasArXivId");
    public static final Node HAS_URL = uri(FABIO + "hasURL");
    public static final Node DOI = uri(PRISM + "doi");
    public static final Node PUBLICATION_NAME = uri(PRISM + "publicationName");

    public static final Node SCHOLARLY_ARTICLE = uri(SCHEMA + "ScholarlyArticle");
    public static final Node SOFTWARE_SOURCE_CODE = uri(SCHEMA + "SoftwareSourceCode");
    public static final Node CODE_REPOSITORY = uri(SCHEMA + "codeRepository");
    public static final Node URL = uri(SCHEMA + "url");
    public static final Node ALTERNATE_NAME = uri(SCHEMA + "alternateName");
    public static final Node SOURCE_ORGANIZATION = uri(SCHEMA + "sourceOrganization");
    public static final Node AUTHOR = uri(SCHEMA + "author");

    public static final Node CONCEPT = uri(SKOS + "Concept");
    public static final Node CONCEPT_SCHEME = uri(SKOS + "ConceptScheme");
    public static final Node PREF_LABEL = uri(SKOS + "prefLabel");
    public static final Node BROADER = uri(SKOS + "broader");
    public static final Node IN_SCHEME = uri(SKOS + "inScheme");

    public static final Node MODIFIED = uri(DCTERMS + "modified");
    public static final Node CATALOG = uri(DCAT + "Catalog");
    public static final Node DATASET = uri(DCAT + "Dataset");
    public static final Node HAS_DATASET = uri(DCAT + "dataset");
    public static final Node BYTE_SIZE = uri(DCAT + "byteSize");
    public static final Node CHECKSUM = uri(SPDX + "checksum");
    public static final Node CHECKSUM_CLASS = uri(SPDX + "Checksum");
    public static final Node ALGORITHM = uri(SPDX + "algorithm");
    public static final Node SHA256 = uri(SPDX + "checksumAlgorithm_sha256");
    public static final Node CHECKSUM_VALUE = uri(SPDX + "checksumValue");
    public static final Node URI_SPACE = uri(VOID + "uriSpace");
    public static final Node GENERATED_AT = uri(PROV + "generatedAtTime");

    public static final Node ENTITY = uri(PROV + "Entity");
    public static final Node WAS_DERIVED_FROM = uri(PROV + "wasDerivedFrom");

    // papergraph's own terms, under {base}ontology#
    public final Node sourceFile, listing, rejectedRow;
    public final Node listingOf, sourceLine, dateAsWritten, topicsAsWritten, titleAsWritten, link, arxivVersion;
    public final Node hasCode, path, rowText, reason;
    public final Node authorsAsWritten, venueAsWritten, arxivMonth;
    public final Node rowCount, paperCount, repeatCount, rejectedCount, warningCount;
    public final Node statistics, month, topicPair, yearMonth, pairOf, rank, sourceCount, newestPaper, codeRank;
    public final Node paperWithoutTopic, listingWithOtherTitle;
    public final Node blockClass, columnRole, block, blockKind, firstLine, lastLine, proseCount, codeLinkCount,
            otherLinkCount, column, header, position, role, roleReason;

    public Vocab(Iris iris) {
        sourceFile = iris.term("SourceFile");
        listing = iris.term("Listing");
        rejectedRow = iris.term("RejectedRow");
        listingOf = iris.term("listingOf");
        sourceLine = iris.term("sourceLine");
        dateAsWritten = iris.term("dateAsWritten");
        topicsAsWritten = iris.term("topicsAsWritten");
        titleAsWritten = iris.term("titleAsWritten");
        link = iris.term("link");
        arxivVersion = iris.term("arxivVersion");
        hasCode = iris.term("hasCode");
        authorsAsWritten = iris.term("authorsAsWritten");
        venueAsWritten = iris.term("venueAsWritten");
        arxivMonth = iris.term("arxivMonth");
        path = iris.term("path");
        rowText = iris.term("rowText");
        reason = iris.term("reason");
        rowCount = iris.term("rowCount");
        paperCount = iris.term("paperCount");
        repeatCount = iris.term("repeatCount");
        rejectedCount = iris.term("rejectedCount");
        warningCount = iris.term("warningCount");
        statistics = iris.term("Statistics");
        month = iris.term("Month");
        topicPair = iris.term("TopicPair");
        yearMonth = iris.term("month");
        pairOf = iris.term("pairOf");
        sourceCount = iris.term("sourceCount");
        paperWithoutTopic = iris.term("paperWithoutTopic");
        listingWithOtherTitle = iris.term("listingWithOtherTitle");
        newestPaper = iris.term("newestPaper");
        rank = iris.term("rank");
        codeRank = iris.term("codeRank");
        blockClass = iris.term("Block");
        columnRole = iris.term("ColumnRole");
        block = iris.term("block");
        blockKind = iris.term("blockKind");
        firstLine = iris.term("firstLine");
        lastLine = iris.term("lastLine");
        proseCount = iris.term("proseCount");
        codeLinkCount = iris.term("codeLinkCount");
        otherLinkCount = iris.term("otherLinkCount");
        column = iris.term("column");
        header = iris.term("header");
        position = iris.term("position");
        role = iris.term("role");
        roleReason = iris.term("roleReason");
    }

    private static Node uri(String iri) { return NodeFactory.createURI(iri); }
}
