package org.papergraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.papergraph.convert.Input;

class TestIris {
    final Iris iris = new Iris("https://papers.example.org");

    @Test
    void baseGetsItsSlashAndMustBeHttp() {
        assertEquals("https://papers.example.org/", iris.base());
        assertThrows(IllegalArgumentException.class, () -> new Iris("papers"));
        assertThrows(IllegalArgumentException.class, () -> new Iris("file:///tmp/"));
        assertThrows(IllegalArgumentException.class, () -> new Iris("http://exa mple.org/"));
    }

    @Test
    void mintsUnderTheBase() {
        assertEquals("https://papers.example.org/paper/2405.18870", iris.arxivPaper("2405.18870").getURI());
        assertEquals("https://papers.example.org/paper/hep-th/9901001", iris.arxivPaper("hep-th/9901001").getURI());
        assertEquals("https://papers.example.org/topic/multimodal-models", iris.topic("multimodal models").getURI());
        assertEquals("https://papers.example.org/topics", iris.topicScheme().getURI());
        assertEquals("https://papers.example.org/source/2024-05-seed-papers", iris.source(Iris.sourceSlug("2024-05-seed-papers.md")).getURI());
        assertEquals("https://papers.example.org/ontology", iris.ontologyPage().getURI());
        assertEquals("https://papers.example.org/listing/s/2405.18870/2",
                iris.listing("s", iris.arxivPaper("2405.18870"), 2).getURI());
    }

    /** Awesome-lists are all README.md: such a file is known by its folder, in its name and its graph's slug. */
    @Test
    void aReadmeIsKnownByItsFolder() {
        Input input = Input.file(Path.of("lists", "Awesome-Graph-LLM", "README.md"), true);
        assertEquals("Awesome-Graph-LLM/README.md", input.fileName());
        assertEquals("awesome-graph-llm", Iris.sourceSlug(input.fileName()));
        assertEquals("notes", Iris.sourceSlug(Input.file(Path.of("notes.md"), true).fileName()));
        assertEquals("readme", Iris.sourceSlug("README.md"));
    }

    @Test
    void topicSlugsStayApartWhenASlugCannotShowTheName() {
        assertEquals("https://papers.example.org/topic/red-teaming", iris.topic("red teaming").getURI());
        assertNotEquals(iris.topic("c++"), iris.topic("c"));
        assertNotEquals(iris.topic("c++"), iris.topic("c#"));
        assertEquals(iris.topic("c++"), iris.topic("c++"));
    }

    @Test
    void webAndTitleKeysAreStableAndDistinct() {
        assertEquals(iris.webPaper("https://x.ai/blog/grok-1.5"), iris.webPaper("https://x.ai/blog/grok-1.5"));
        assertNotEquals(iris.webPaper("https://x.ai/blog/grok-1.5"), iris.webPaper("https://x.ai/blog/grok-1-5"));
        assertEquals(iris.titledPaper("a paper"), iris.titledPaper("a paper"));
    }
}
