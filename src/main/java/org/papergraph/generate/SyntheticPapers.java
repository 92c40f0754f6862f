package org.papergraph.generate;

import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The papers of a generated list, whatever its layout: spread over the months from 2015 to 2026 (newest first),
 * unique arXiv ids per month, 6–14-word titles, 80–260-word abstracts, 1–3 topics each from a few hundred with a
 * Zipf-like long tail, some /abs/ and versioned links, a GitHub repository for one in eight. The same seed gives the
 * same papers, so every layout lists the same ones; a layout's own choices take another random stream.
 */
public final class SyntheticPapers {
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

    /** A topic: a broad subject and, for most, a narrower kind of work on it ("RAG" + " Survey"). */
    public record Topic(String head, String tail) {
        public String label() { return head + tail; }
    }

    /** One paper: its day of the month, arXiv id, link as listed, title, abstract, code repository (or null), topics. */
    public record Paper(int day, String id, String link, String title, String summary, String code, List<Topic> topics) {}

    /** Takes each month's papers, newest month first. */
    public interface MonthWriter {
        void month(YearMonth month, List<Paper> papers) throws IOException;
    }

    private final SplittableRandom random;
    private final List<Topic> topics = new ArrayList<>();
    private final double[] topicCdf;

    public SyntheticPapers(long seed) {
        this.random = new SplittableRandom(seed);
        for (String tail : TOPIC_TAILS) for (String head : TOPIC_HEADS) topics.add(new Topic(head, tail));
        topicCdf = new double[topics.size()];
        double sum = 0;
        for (int k = 0; k < topics.size(); k++) topicCdf[k] = sum += 1.0 / Math.pow(k + 1, 1.1);
        for (int k = 0; k < topicCdf.length; k++) topicCdf[k] /= sum;
    }

    public int topicCount() { return topics.size(); }

    /** Makes {@code papers} papers, spread evenly over the months, and hands them over a month at a time. */
    public void generate(int papers, MonthWriter writer) throws IOException {
        for (Map.Entry<YearMonth, Integer> m : months(papers).entrySet()) writer.month(m.getKey(), month(m.getKey(), m.getValue()));
    }

    /** The months {@code papers} papers are spread over, newest first, each with its number of papers. */
    public static Map<YearMonth, Integer> months(int papers) {
        int months = (LAST.getYear() - FIRST.getYear()) * 12 + LAST.getMonthValue() - FIRST.getMonthValue() + 1;
        Map<YearMonth, Integer> plan = new LinkedHashMap<>();
        int written = 0;
        for (int m = 0; m < months && written < papers; m++) {
            int inMonth = (papers - written) / (months - m) + ((papers - written) % (months - m) > 0 ? 1 : 0);
            plan.put(LAST.minusMonths(m), inMonth);
            written += inMonth;
        }
        return plan;
    }

    private List<Paper> month(YearMonth month, int count) {
        List<Paper> papers = new ArrayList<>(count);
        int firstNumber = 1 + random.nextInt(1000);
        StringBuilder s = new StringBuilder(2048);
        for (int i = 0; i < count; i++) {
            int day = month.lengthOfMonth() - (int) ((long) i * month.lengthOfMonth() / count);
            String id = String.format("%02d%02d.%05d", month.getYear() % 100, month.getMonthValue(), firstNumber + i);
            s.setLength(0);
            sentence(s, 6 + random.nextInt(9), true);
            String title = s.toString();
            String link = link(id);
            s.setLength(0);
            sentence(s, 80 + random.nextInt(181), false);
            String summary = s.toString();
            String code = random.nextInt(8) != 0 ? null
                    : "https://github.com/lab" + random.nextInt(500) + "/repo-" + id.replace('.', '-');
            papers.add(new Paper(day, id, link, title, summary, code, topics()));
        }
        return papers;
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

    private List<Topic> topics() {
        int n = 1 + random.nextInt(3);
        List<Topic> chosen = new ArrayList<>(3);
        while (chosen.size() < n) {
            double u = random.nextDouble();
            int k = 0;
            while (topicCdf[k] < u) k++;
            if (!chosen.contains(topics.get(k))) chosen.add(topics.get(k));
        }
        return chosen;
    }
}
