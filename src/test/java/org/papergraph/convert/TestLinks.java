package org.papergraph.convert;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.irix.IRIx;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Links as IRIs: the plain links that skip the full IRI check are ones the check accepts; the others still get it. */
class TestLinks {
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https://arxiv.org/abs/2405.18870v2", "http://arxiv.org/pdf/2405.18870", "https://github.com/a-b/c_d.e",
        "https://x.ai/blog/grok-1.5", "https://a.b.c/~user/x.pdf", "https://example.org", "https://example.org/",
        "https://1.2.3.4/x", "https://a.123/x", "https://arxiv.org/abs/hep-th/9901001"})
    void plainLinksAreIris(String link) {
        assertTrue(Links.isPlainWebLink(link));
        assertDoesNotThrow(() -> IRIx.create(link));
        assertNotNull(Links.iriOrNull(link));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https://Example.org/x", "https://-a.org/x", "https://a-.org/x", "https://a..org/x",
        "https://.org/x", "https://a.org:8080/x", "https://a.org/x?y=1", "https://a.org/x#y", "https://a.org/./x",
        "https://a.org/../x", "https://a.org//x", "https://a.org/%20", "ftp://a.org/x", "https://", "https:///x",
        "https://user@a.org/x", "https://a.org/caf\u00E9"})
    void othersGetTheFullCheck(String link) {
        assertFalse(Links.isPlainWebLink(link));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https://a.org/x y", "https://[bad/x", "no-scheme/x", "https://a.org/<x>"})
    void notIris(String link) {
        assertNull(Links.iriOrNull(link));
    }
}
