package org.papergraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes realistic paper tables in the seed's layout ({@code | Date | Name | Abstract | Topics |}), any number of
 * rows, the same bytes for the same seed: one table per month from 2015 to 2026 (newest first) with a heading and
 * prose between them, unique arXiv ids per month, 80–260-word abstracts, 1–3 topics per row from a few hundred with a
 * Zipf-like long tail, some /abs/ and versioned links, some GitHub URLs in abstracts.
 */
public final class PaperTableGenerator {
    private static final YearMonth FIRST = YearMonth.of(2015, 1), LAST = YearMonth.of(2026, 12);
    private static final String[] WORDS = ("model models language large learning training data we our approach method "
            + "results performance tasks benchmark attention transformer agents reasoning retrieval generation "
            + "alignment preference optimization fine-tuning parameter efficient inference memory context long "
            + "multimodal vision image video text embedding evaluation human feedback reward policy reinforcement "
            + "scaling laws compute tokens sparse mixture experts distillation quantization pruning latency "
            + "throughput robust safety jailbreak red-teaming factuality hallucination knowledge graph "
            + "instruction prompting chain thought planning tool use code synthesis mathematical proof dataset "
            + "annotation synthetic curriculum contrastive self-supervised pretraining architecture layers "
            + "state space recurrent linear diffusion latent encoder decoder cross-lingual multilingual speech audio "
            + "medical legal financial scientific discovery propose introduce demonstrate show novel framework "
            + "outperforms baselines state-of-the-art significantly across diverse settings while reducing cost "
            + "analysis study empirical theoretical insights limitations future work open-source release").split(" ");
    private static final String[] TOPIC_HEADS = {"RAG", "Alignment", "Multimodal Models", "LLM Agents", "Fine-Tuning",
        "PEFT", "Evaluation", "Benchmark", "Red-Teaming", "Long Context", "MoE Models", "State Space Models",
        "Diffusion Models", "Code Generation", "Prompt Engineering", "Instruction Tuning", "RLHF", "Reasoning",
        "Quantization", "Distillation", "Embeddings", "Safety", "Factuality", "Tool Use", "Speech", "Vision",
        "Robotics", "Math", "Medicine", "Law", "Finance", "Science", "Data Curation", "Synthetic Data", "Scaling",
        "Interpretability", "Model Editing", "Model Merging", "Small Language Models", "Efficiency"};
    private static final String[] TOPIC_TAILS = {"", " Survey", " Toolkit", " Optimization", " Analysis", " Methods",
        " Theory", " Datasets"};

    private final SplittableRandom random;
    private final List<String> topics = new ArrayList<>();
    private final double[] topicCdf;

    public PaperTableGenerator(long seed) {
        this.random = new SplittableRandom(seed);
        for (String tail : TOPIC_TAILS) for (String head : TOPIC_HEADS) topics.add(head + tail);
        topicCdf = new double[topics.size()];
        double sum = 0;
        for (int k = 0; k < topics.size(); k++) topicCdf[k] = sum += 1.0 / Math.pow(k + 1, 1.1);
        for (int k = 0; k < topicCdf.length; k++) topicCdf[k] /= sum;
    }

    public int topicCount() { return topics.size(); }

    /** Writes {@code papers} rows, spread over the months, as one table per month. */
    public void write(int papers, Writer out) {
        try {
            out.write("# Generated paper lists\n\nA synthetic reading list in the layout of the seed, for benchmarks.\n");
            int months = (LAST.getYear() - FIRST.getYear()) * 12 + LAST.getMonthValue() - FIRST.getMonthValue() + 1;
            int written = 0;
            for (int m = 0; m < months && written < papers; m++) {
                YearMonth month = LAST.minusMonths(m);
                int inMonth = (papers - written) / (months - m) + ((papers - written) % (months - m) > 0 ? 1 : 0);
                table(month, inMonth, out);
                written += inMonth;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void table(YearMonth month, int rows, Writer out) throws IOException {
        String name = month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear();
        out.write("\n## " + name + "\n\nThe papers of " + name + " we found worth reading, newest first.\n\n");
        out.write("| Date | Name | Abstract | Topics |\n| --- | --- | --- | --- |\n");
        int firstNumber = 1 + random.nextInt(1000);
        StringBuilder row = new StringBuilder(2048);
        for (int i = 0; i < rows; i++) {
            int day = month.lengthOfMonth() - (int) ((long) i * month.lengthOfMonth() / rows);
            String id = String.format("%02d%02d.%05d", month.getYear() % 100, month.getMonthValue(), firstNumber + i);
            row.setLength(0);
            row.append("| ").append(day).append(' ')
                    .append(month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)).append(' ')
                    .append(month.getYear()).append(" | [");
            sentence(row, 6 + random.nextInt(9), true);
            row.append("](").append(link(id)).append(") | ");
            sentence(row, 80 + random.nextInt(181), false);
            if (random.nextInt(8) == 0)
                row.append(" Code: https://github.com/lab").append(random.nextInt(500)).append("/repo-").append(id.replace('.', '-'));
            row.append(" | ");
            topics(row);
            row.append(" |\n");
            out.append(row);
        }
    }

    private String link(String id) {
        int kind = random.nextInt(10);
        if (kind < 6) return "https://arxiv.org/pdf/" + id;
        if (kind < 8) return "https://arxiv.org/abs/" + id;
        return "https://arxiv.org/abs/" + id + "v" + (1 + random.nextInt(3));
    }

    private void sentence(StringBuilder s, int words, boolean title) {
        for (int w = 0; w < words; w++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            if (w > 0) s.append(' ');
            if (title || w == 0) s.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
            else s.append(word);
            if (!title && w % 17 == 16) s.append('.');
        }
        if (!title) s.append('.');
    }

    private void topics(StringBuilder s) {
        int n = 1 + random.nextInt(3);
        List<Integer> chosen = new ArrayList<>(3);
        while (chosen.size() < n) {
            double u = random.nextDouble();
            int k = 0;
            while (topicCdf[k] < u) k++;
            if (!chosen.contains(k)) chosen.add(k);
        }
        for (int i = 0; i < chosen.size(); i++) s.append(i > 0 ? ", " : "").append(topics.get(chosen.get(i)));
    }
}
