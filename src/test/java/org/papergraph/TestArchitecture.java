package org.papergraph;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;

/**
 * The packages' layering, held over the product's classes (not the tests, nor the benchmark harness): convert and
 * store below load, load below cli and server, and no cycle between papergraph's packages.
 */
class TestArchitecture {
    private static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.papergraph");

    @Test
    void noCycleBetweenPackages() {
        slices().matching("org.papergraph.(*)..").should().beFreeOfCycles().check(PRODUCT);
    }

    @Test
    void theStoreKnowsNothingAboveIt() {
        noClasses().that().resideInAPackage("org.papergraph.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.papergraph.server..", "org.papergraph.cli..", "org.papergraph.load..")
                .check(PRODUCT);
    }

    @Test
    void theConverterKnowsNoStoreNorServer() {
        noClasses().that().resideInAPackage("org.papergraph.convert..")
                .should().dependOnClassesThat().resideInAnyPackage("org.papergraph.store..", "org.papergraph.server..")
                .check(PRODUCT);
    }

    @Test
    void theLoadKnowsNoServerNorCommandLine() {
        noClasses().that().resideInAPackage("org.papergraph.load..")
                .should().dependOnClassesThat().resideInAnyPackage("org.papergraph.server..", "org.papergraph.cli..")
                .check(PRODUCT);
    }

    /** Following the sources (live) sits between the command line and the server: nothing below it knows it. */
    @Test
    void onlyTheCommandLineFollowsSources() {
        noClasses().that().resideOutsideOfPackage("org.papergraph.cli..")
                .and().resideOutsideOfPackage("org.papergraph.live..")
                .should().dependOnClassesThat().resideInAPackage("org.papergraph.live..")
                .check(PRODUCT);
        noClasses().that().resideInAPackage("org.papergraph.live..")
                .should().dependOnClassesThat().resideInAPackage("org.papergraph.cli..")
                .check(PRODUCT);
    }

    /**
     * Pages ask the derived data only through store.views.PaperViews: never the search index or the statistics
     * graph's counter directly (the load, which writes them, may).
     */
    @Test
    void theServerAsksDerivedDataOnlyThroughTheViews() {
        noClasses().that().resideInAPackage("org.papergraph.server..")
                .should().dependOnClassesThat().resideInAPackage("org.papergraph.store.text..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.papergraph.store.Statistics")
                .check(PRODUCT);
    }

    /** TDB2's internals (beyond TDB2Factory, DatabaseMgr and the store parameters) are used in store.tdb only. */
    @Test
    void onlyStoreTdbReachesIntoTdb2() {
        noClasses().that().resideOutsideOfPackage("org.papergraph.store.tdb..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.jena.tdb2.store..", "org.apache.jena.tdb2.sys..",
                        "org.apache.jena.tdb2.lib..", "org.apache.jena.tdb2.setup..")
                .check(PRODUCT);
    }

    @Test
    void theProductUsesNoBenchmarkClass() {
        noClasses().should().dependOnClassesThat().resideInAPackage("org.papergraph.bench..").check(PRODUCT);
    }

    @Test
    void theProductHoldsNoBenchmarkClass() {
        noClasses().should().resideInAPackage("org.papergraph.bench..").check(PRODUCT);
    }
}
