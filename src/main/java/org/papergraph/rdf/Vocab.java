package org.papergraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The terms papergraph writes, as constants: the standard vocabularies', and its own ontology's in its fixed namespace {@link #PG}. */
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
    public static final String FOAF = "http://xmlns.com/foaf/0.1/";

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
    /** Of the statistics graph: the shape of its counts ({@code Statistics.FORMAT}). */
    public static final Node VERSION = uri(SCHEMA + "version");
    public static final Node ALTERNATE_NAME = uri(SCHEMA + "alternateName");
    public static final Node SOURCE_ORGANIZATION = uri(SCHEMA + "sourceOrganization");
    public static final Node AUTHOR = uri(SCHEMA + "author");

    public static final Node CONCEPT = uri(SKOS + "Concept");
    public static final Node CONCEPT_SCHEME = uri(SKOS + "ConceptScheme");
    public static final Node PREF_LABEL = uri(SKOS + "prefLabel");
    public static final Node BROADER = uri(SKOS + "broader");
    public static final Node IN_SCHEME = uri(SKOS + "inScheme");
    public static final Node ALT_LABEL = uri(SKOS + "altLabel");
    public static final Node NARROWER = uri(SKOS + "narrower");
    public static final Node EXACT_MATCH = uri(SKOS + "exactMatch");
    public static final Node CLOSE_MATCH = uri(SKOS + "closeMatch");
    /** A topic spelling merged into another by the topics file: its old IRI names the kept concept (and 301s to it). */
    public static final Node IS_REPLACED_BY = uri(DCTERMS + "isReplacedBy");

    public static final Node MODIFIED = uri(DCTERMS + "modified");
    public static final Node CREATED = uri(DCTERMS + "created");
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
    /** The number of distinct triples of a dataset (the store keeps its union's, see store.UnionCount). */
    public static final Node TRIPLES = uri(VOID + "triples");
    public static final Node PRIMARY_TOPIC = uri(FOAF + "primaryTopic");
    public static final Node GENERATED_AT = uri(PROV + "generatedAtTime");

    public static final Node ENTITY = uri(PROV + "Entity");
    public static final Node WAS_DERIVED_FROM = uri(PROV + "wasDerivedFrom");

    /**
     * papergraph's own terms: one namespace, the same for every deployment (whatever base a site mints its resources
     * under), so data and queries from one papergraph site read the same on any other. Each site serves the
     * ontology at {@code {base}ontology}, a document about {@link #PG_ONTOLOGY}.
     */
    public static final String PG = "https://w3id.org/papergraph/ontology#";
    /** The ontology itself: its terms are {@code rdfs:isDefinedBy} it. */
    public static final String PG_ONTOLOGY = "https://w3id.org/papergraph/ontology";

    public static final Node SOURCE_FILE = uri(PG + "SourceFile");
    public static final Node LISTING = uri(PG + "Listing");
    public static final Node REJECTED_ROW = uri(PG + "RejectedRow");
    public static final Node LISTING_OF = uri(PG + "listingOf");
    public static final Node SOURCE_LINE = uri(PG + "sourceLine");
    public static final Node DATE_AS_WRITTEN = uri(PG + "dateAsWritten");
    public static final Node TOPICS_AS_WRITTEN = uri(PG + "topicsAsWritten");
    public static final Node TITLE_AS_WRITTEN = uri(PG + "titleAsWritten");
    public static final Node LINK = uri(PG + "link");
    public static final Node ARXIV_VERSION = uri(PG + "arxivVersion");
    public static final Node HAS_CODE = uri(PG + "hasCode");
    public static final Node AUTHORS_AS_WRITTEN = uri(PG + "authorsAsWritten");
    public static final Node VENUE_AS_WRITTEN = uri(PG + "venueAsWritten");
    public static final Node ARXIV_MONTH = uri(PG + "arxivMonth");
    public static final Node PATH = uri(PG + "path");
    public static final Node ROW_TEXT = uri(PG + "rowText");
    public static final Node REASON = uri(PG + "reason");
    public static final Node ROW_COUNT = uri(PG + "rowCount");
    public static final Node PAPER_COUNT = uri(PG + "paperCount");
    public static final Node REPEAT_COUNT = uri(PG + "repeatCount");
    public static final Node REJECTED_COUNT = uri(PG + "rejectedCount");
    public static final Node WARNING_COUNT = uri(PG + "warningCount");
    public static final Node STATISTICS = uri(PG + "Statistics");
    public static final Node MONTH = uri(PG + "Month");
    public static final Node TOPIC_PAIR = uri(PG + "TopicPair");
    public static final Node YEAR_MONTH = uri(PG + "month");
    public static final Node PAIR_OF = uri(PG + "pairOf");
    public static final Node SOURCE_COUNT = uri(PG + "sourceCount");
    public static final Node PAPER_WITHOUT_TOPIC = uri(PG + "paperWithoutTopic");
    public static final Node LISTING_WITH_OTHER_TITLE = uri(PG + "listingWithOtherTitle");
    public static final Node NEWEST_PAPER = uri(PG + "newestPaper");
    public static final Node NEWEST_LISTED = uri(PG + "newestListed");
    public static final Node FIRST_LISTED = uri(PG + "firstListed");
    public static final Node PAIR_TALLY = uri(PG + "PairTally");
    public static final Node MIN_PAPERS = uri(PG + "minPapers");
    public static final Node PAIR_COUNT = uri(PG + "pairCount");
    public static final Node CODE_TALLY = uri(PG + "CodeTally");
    public static final Node CODE_DATE = uri(PG + "codeDate");
    public static final Node CODE_PAPER_COUNT = uri(PG + "codePaperCount");
    public static final Node OLDER_COUNT = uri(PG + "olderCount");
    public static final Node IN_CODE_TALLY = uri(PG + "inCodeTally");
    public static final Node BLOCK_CLASS = uri(PG + "Block");
    public static final Node COLUMN_ROLE = uri(PG + "ColumnRole");
    public static final Node BLOCK = uri(PG + "block");
    public static final Node BLOCK_KIND = uri(PG + "blockKind");
    public static final Node FIRST_LINE = uri(PG + "firstLine");
    public static final Node LAST_LINE = uri(PG + "lastLine");
    public static final Node PROSE_COUNT = uri(PG + "proseCount");
    public static final Node CODE_LINK_COUNT = uri(PG + "codeLinkCount");
    public static final Node OTHER_LINK_COUNT = uri(PG + "otherLinkCount");
    public static final Node COLUMN = uri(PG + "column");
    public static final Node HEADER = uri(PG + "header");
    public static final Node POSITION = uri(PG + "position");
    public static final Node ROLE = uri(PG + "role");
    public static final Node ROLE_REASON = uri(PG + "roleReason");

    // papergraph's property functions (store/NewestFunction, store/NeighboursFunction), registered once under these
    public static final Node SEARCH = uri(PG + "search");
    public static final Node ON_TOPIC = uri(PG + "onTopic");
    public static final Node NEIGHBOURS = uri(PG + "neighbours");

    private Vocab() {}

    private static Node uri(String iri) { return NodeFactory.createURI(iri); }
}
