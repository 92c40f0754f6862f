package org.papergraph.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TestArxivId {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', nullValues = "-", value = {
        "https://arxiv.org/abs/2405.18870; 2405.18870; -",
        "https://arxiv.org/pdf/2405.18870; 2405.18870; -",
        "https://arxiv.org/pdf/2402.17764.pdf; 2402.17764; -",
        "https://arxiv.org/pdf/2402.06664v1.pdf; 2402.06664; 1",
        "https://arxiv.org/html/2402.00157v1; 2402.00157; 1",
        "http://arxiv.org/abs/2408.14340v2; 2408.14340; 2",
        "https://www.arxiv.org/abs/2401.00001; 2401.00001; -",
        "https://export.arxiv.org/abs/2401.00001v12; 2401.00001; 12",
        "https://arxiv.org/abs/ 2401.00008 ; 2401.00008; -",
        "https://arxiv.org/abs/2401.00008?context=cs; 2401.00008; -",
        "https://arxiv.org/abs/2401.00008#; 2401.00008; -",
        "https://arxiv.org/abs/1501.0001; 1501.0001; -",
        "https://arxiv.org/abs/hep-th/9901001; hep-th/9901001; -",
        "https://arxiv.org/abs/hep-th/9901001v3; hep-th/9901001; 3",
        "https://arxiv.org/abs/math.GT/0309136; math/0309136; -",
        "arXiv:2405.18870v2; 2405.18870; 2",
        "HTTPS://ARXIV.ORG/ABS/2405.18870; 2405.18870; -",
        "https://huggingface.co/papers/2405.18870; 2405.18870; -",
    })
    void canonicalIdWithVersionApart(String link, String id, Integer version) {
        ArxivId a = ArxivId.parse(link).orElseThrow();
        assertEquals(id, a.id());
        assertEquals(version, a.version());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https://x.ai/blog/grok-1.5", "https://arxiv.org/list/cs.CL/recent",
        "https://arxiv.org/abs/24051.8870", "https://notarxiv.org/abs/2405.18870", "2405.18870", "",
        "https://huggingface.co/papers", "https://huggingface.co/org/2405.18870"})
    void notArxiv(String link) {
        assertTrue(ArxivId.parse(link).isEmpty());
    }

    @org.junit.jupiter.api.Test
    void derivedLinksAndDoi() {
        ArxivId a = ArxivId.parse("https://arxiv.org/pdf/2405.18870v3.pdf").orElseThrow();
        assertEquals("https://arxiv.org/abs/2405.18870", a.absUrl());
        assertEquals("https://arxiv.org/pdf/2405.18870", a.pdfUrl());
        assertEquals("10.48550/arXiv.2405.18870", a.doi());
    }
}
