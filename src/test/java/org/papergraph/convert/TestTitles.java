package org.papergraph.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.papergraph.markdown.TableReader;

/** The title a reader would copy, from title cells as real lists write them (read as a table's cell, with its markup). */
class TestTitles {
    /** The title cell {@code markdown} in a one-column table, cleaned. */
    static Titles.Title cell(String markdown) {
        String md = "| Title |\n| --- |\n| " + markdown + " |\n";
        try (TableReader r = new TableReader(new ByteArrayInputStream(md.getBytes(StandardCharsets.UTF_8)))) {
            return Titles.clean(r.next().rows().get(0).cell(0));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '¦', value = {
            "1) REPLUG: Retrieval-Augmented Black-Box Language Models ¦ REPLUG: Retrieval-Augmented Black-Box Language Models",
            "12. Attention Is All You Need ¦ Attention Is All You Need",
            "#3 Attention Is All You Need ¦ Attention Is All You Need",
            "(4) Attention Is All You Need ¦ Attention Is All You Need",
            "1️⃣ Attention Is All You Need ¦ Attention Is All You Need",
            "🔥🔥🔥 Attention Is All You Need ¦ Attention Is All You Need",
            "👩‍💻 ⭐️ Attention Is All You Need ¦ Attention Is All You Need",
            "![badge](https://img.shields.io/badge/x-y-red) ● Attention Is All You Need ¦ Attention Is All You Need",
            "**Attention Is All You Need** ¦ Attention Is All You Need",
            "\\*\\*Attention Is All You Need\\*\\* ¦ Attention Is All You Need",
            "\"Attention Is All You Need\" ¦ Attention Is All You Need",
            "“Attention Is All You Need” ¦ Attention Is All You Need",
            "「Attention Is All You Need」 ¦ Attention Is All You Need",
            "《Attention Is All You Need》 ¦ Attention Is All You Need",
            "Attention Is All You Need. ¦ Attention Is All You Need",
            "\"Attention Is All You Need\". ¦ Attention Is All You Need",
            ":fire: [NEW] Attention Is All You Need ¦ Attention Is All You Need",
            "Are Long-Context Benchmarks Evaluating Long-Context Ability?. ¦ Are Long-Context Benchmarks Evaluating Long-Context Ability?",
    })
    void dropsNumberingSymbolsMarkersQuotesAndTheTrailingPeriod(String written, String title) {
        Titles.Title t = cell(written);
        assertEquals(title, t.title());
        assertFalse(t.nothingLeft());
    }

    @ParameterizedTest
    @ValueSource(strings = {"GPT-4 Technical Report", "Is Bigger Edit Batch Size Always Better? - An Empirical Study on Model Editing with Llama-3",
            "X - A Survey", "No, to the Right – Online Language Corrections for Robotic Manipulation via Shared Autonomy",
            "LaRA: Benchmarking Retrieval-Augmented Generation and Long-Context LLMs - No Silver Bullet for LC or RAG Routing",
            "Coercing Large Language Models (LLMs) to Do and Reveal (Almost) Anything", "Attention Models (Part 1)",
            "A Theory of Everything (Extended Abstract)", "Learning from Human Feedback", "Learning Transferable Visual Models From Natural Language Supervision",
            "Synthesizing Text-to-SQL Data from Weak and Strong LLMs", "3D-RPE: Enhancing Long-Context Modeling Through 3D Rotary Position Encoding",
            "2.5D Visual Relationship Detection", "∞-former: Infinite Memory Transformer", "A Study of Medical Ethics in the U.S.",
            "Word Embeddings, Jones et al.", "Ranking Models etc.", "Trans-LoRA: towards data-free Transferable Parameter Efficient Finetuning",
            "Don’t Forget to Connect! Improving RAG with Graph-based Reranking", "\"Hello\" and \"Goodbye\" Detection", "Search with Q*"})
    void realTitlesStayWhole(String title) {
        Titles.Title t = cell(title);
        assertEquals(title, t.title());
        assertNull(t.description());
        assertNull(t.organisation());
        assertNull(t.otherAsWritten());
    }

    @Test
    void aDigestCellsBoldLeadIsItsTitleAndTheSentenceAfterItsDashItsDescription() {
        Titles.Title t = cell("1) **Llama 2** - a collection of pretrained foundational models and chat models ranging in scale"
                + " from 7B to 70B.<br>● Llama 2-Chat is competitive on a range of tasks");
        assertEquals("Llama 2", t.title());
        assertEquals("a collection of pretrained foundational models and chat models ranging in scale from 7B to 70B."
                + " ● Llama 2-Chat is competitive on a range of tasks", t.description());
        assertTrue(t.otherAsWritten().startsWith("1) Llama 2 - a collection"), t.otherAsWritten());
        assertEquals("ReFT: Representation Finetuning for Language Models", cell("1) **ReFT: Representation Finetuning for"
                + " Language Models** - This paper proposes a novel method for parameter-efficient fine-tuning.").title());
        assertEquals("Gamma Evaluator", cell("3) **Gamma Evaluator** - Benchmark for planning agents.").title());
        assertEquals("Pipes", cell("[Pipes](https://arxiv.org/abs/2405.00001) – a tool that pipes models into each other").title());
    }

    @Test
    void aGapOfTwoSpacesOrADashBeforeASentenceEndsTheTitle() {
        Titles.Title t = cell("1) Toolformer: Language Models Can Teach Themselves to Use Tools  introduces a model that learns"
                + " to call APIs <br>● it decides which API to call");
        assertEquals("Toolformer: Language Models Can Teach Themselves to Use Tools", t.title());
        assertEquals("introduces a model that learns to call APIs ● it decides which API to call", t.description());
        assertEquals("Extracting Training Data from Diffusion Models", cell("2) Extracting Training Data from Diffusion Models -"
                + " shows that diffusion-based generative models can memorize images from the training data.").title());
        assertEquals("Titans", cell("1) Titans  Google introduces a new architecture that learns to memorize at test time").title());
        assertEquals("Alpha Model", cell("Alpha Model<br>● Key insight one<br>● Why it matters").title());
        assertEquals("Docling", cell("7) Docling  [Docling](https://arxiv.org/abs/2501.17887) is an open-source toolkit that"
                + " parses several document formats").title());
        // a gap inside the description does not move the dash the title ends at
        assertEquals("1.58-bit FLUX", cell("7) 1.58-bit FLUX - presents the first approach to quantizing the state-of-the-art"
                + "  text-to-image model with 1.58-bit weights").title());
        assertEquals("One Small Step for Generative AI", cell("6) **One Small Step for Generative AI** - A Survey of ChatGPT").title());
        // two spaces between the words of a title are a typing slip, not a description
        assertEquals("Large Language Models: A Survey", cell("Large Language  Models: A Survey").title());
    }

    @Test
    void theLinkACellLeadsWithBeforeALineBreakIsItsTitleAndWhatFollowsIsNoSummary() {
        Titles.Title t = cell("[![Star](https://img.shields.io/github/stars/o/r.svg)](https://github.com/o/r) <br>"
                + "[SqueezeLLM: Dense-and-Sparse Quantization](https://arxiv.org/pdf/2306.07629.pdf) <br>Sehoon Kim, Coleman Hooper");
        assertEquals("SqueezeLLM: Dense-and-Sparse Quantization", t.title());
        assertNull(t.description(), "authors are no summary");
        assertEquals("SqueezeLLM: Dense-and-Sparse Quantization Sehoon Kim, Coleman Hooper", t.otherAsWritten());
        assertEquals("GPTQ: Accurate Post-Training Quantization", cell(":star: [GPTQ: Accurate Post-Training Quantization]"
                + "(https://arxiv.org/abs/2210.17323) <br> Elias Frantar, Dan Alistarh").title());
        // a line break inside the link is part of the title
        assertEquals("LoRA Land: 310 Fine-tuned LLMs", cell("[LoRA Land:<br>310 Fine-tuned LLMs](https://arxiv.org/pdf/2405.00732)").title());
    }

    @Test
    void aCellLongerThanAnyTitleRunsItsTitleOnIntoItsDescription() {
        String description = "This paper presents a pragmatic framework for building conversational agents from workflow"
                + " graphs, with a focus on shopping, where each state has its own prompt, tools and rules that are checked"
                + " at every turn of the conversation.";
        Titles.Title t = cell("4) Building Production-Grade Conversational Agents with Workflow Graphs " + description);
        assertEquals("Building Production-Grade Conversational Agents with Workflow Graphs", t.title());
        assertEquals(description, t.description());
        // a long cell of a title and its authors has no sentence to start
        String authors = "Deep Residual Learning for Image Recognition Kaiming He, Xiangyu Zhang, Shaoqing Ren, Jian Sun,"
                + " Ross Girshick, Piotr Dollar, Georgia Gkioxari, Yann LeCun, Leon Bottou, Yoshua Bengio, Patrick Haffner,"
                + " Geoffrey Hinton, Alex Krizhevsky, Ilya Sutskever";
        assertEquals(authors, cell(authors).title());
    }

    @Test
    void aShortNameAndAnOrganisationAreKeptApart() {
        Titles.Title t = cell("🔥🔥🔥[**OneComp**] OneComp: One-line Revolution for Generative AI Model Compression (@Fujitsu)");
        assertEquals("OneComp: One-line Revolution for Generative AI Model Compression", t.title());
        assertEquals("OneComp", t.alternateName());
        assertEquals("Fujitsu", t.organisation());
        assertEquals("Llama 3 Herd of Models", cell("Llama 3 Herd of Models from Meta").title());
        assertEquals("Meta AI", cell("Segment Anything from Meta AI").organisation());
        assertEquals("Sakana", cell("The AI Scientist (from Sakana)").organisation());
        assertEquals("Google DeepMind", cell("Gemini: A Family of Highly Capable Multimodal Models, from Google DeepMind").organisation());
        Titles.Title venue = cell("[ICLR 2024] Attention Is All You Need");
        assertEquals("Attention Is All You Need", venue.title());
        assertNull(venue.alternateName(), "a venue is not a name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1)", "🔥🔥", "**", "12. 🔥"})
    void aTitleThatWouldComeOutEmptyIsKeptAsWritten(String written) {
        Titles.Title t = cell(written);
        assertTrue(t.nothingLeft());
        assertEquals(t.asWritten(), t.title());
    }

    @Test
    void listItemsTitlesAreCleanedTheSameWay() {
        org.papergraph.Conversion c = org.papergraph.Conversion.ofText("l.md", """
                - [2023/08] **AgentSims: An Open-Source Sandbox.** *Jiaju Lin et al. arXiv.* [[paper](https://arxiv.org/abs/2308.04026)]
                - 🔥 12. Plain Title - a method that does one thing well and another thing better [[paper](https://arxiv.org/abs/2308.00002)]
                - [**LOGO -- Long cOntext aliGnment via efficient preference Optimization.**](https://arxiv.org/abs/2410.18533) _Authors._
                """);
        assertEquals(3, c.report().papers(), c.problemText());
        java.util.Map<String, String> titles = new java.util.TreeMap<>();
        for (var r : c.select("SELECT ?id ?t WHERE { ?p fabio:hasArXivId ?id ; dcterms:title ?t }"))
            titles.put(r.getLiteral("id").getLexicalForm(), r.getLiteral("t").getLexicalForm());
        assertEquals(java.util.Map.of("2308.04026", "AgentSims: An Open-Source Sandbox", "2308.00002", "Plain Title",
                "2410.18533", "LOGO -- Long cOntext aliGnment via efficient preference Optimization"), titles);
        assertEquals(1, c.select("SELECT * { ?p fabio:hasArXivId \"2308.00002\" ;"
                + " dcterms:abstract \"a method that does one thing well and another thing better\" }").size());
    }

    @Test
    void anEmptyTitleIsAWarningNamingItsLine() {
        org.papergraph.Conversion c = org.papergraph.Conversion.ofText("t.md",
                "| Title | Link |\n| --- | --- |\n| 1) | [x](https://arxiv.org/abs/2401.00001) |\n");
        assertEquals(1, c.report().papers());
        assertTrue(c.problemText().contains("t.md:3: warning: title '1)' is nothing but numbering"), c.problemText());
    }
}
