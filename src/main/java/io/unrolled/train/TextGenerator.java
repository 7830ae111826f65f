package io.unrolled.train;

import io.unrolled.models.LanguageModel;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Continues a text word by word with a model's current weights: after each word the rung's
 * next-word distribution (as {@link SentenceTracer} computes it, eval mode, from a zero state over
 * the whole text so far) gives the next word, either the most likely one or one drawn at a
 * temperature. The same seed gives the same words.
 */
public final class TextGenerator {

    /** The most words one call generates. */
    public static final int MAX_WORDS = 200;

    /**
     * How the next word is chosen.
     *
     * @param temperature 0 for greedy (always the most likely word), otherwise the T of p^(1/T): below 1
     *                    sharpens the distribution, above 1 flattens it
     * @param seed        of the draws; ignored when greedy
     */
    public record Choice(double temperature, long seed) {

        public Choice {
            if (temperature != 0 && !(temperature > 0 && Double.isFinite(temperature))) {
                throw new IllegalArgumentException("temperature must be a number above 0, got " + temperature);
            }
        }

        public static Choice greedy() {
            return new Choice(0, 0);
        }

        /** Drawn at temperature T (0 &lt; T, finite) from a generator seeded with {@code seed}. */
        public static Choice sampled(double temperature, long seed) {
            if (temperature == 0) {
                throw new IllegalArgumentException("temperature must be a number above 0, got 0");
            }
            return new Choice(temperature, seed);
        }

        public boolean greedyChoice() {
            return temperature == 0;
        }
    }

    private final SentenceTracer tracer;

    /** Runs on the tracer's scratch model, so the generated text never touches the model's own state. */
    public TextGenerator(SentenceTracer tracer) {
        this.tracer = tracer;
    }

    /** The {@code count} words that follow {@code prefix}, as ids. */
    public int[] generate(LanguageModel model, int[] prefix, int count, Choice choice) {
        if (count < 1 || count > MAX_WORDS) {
            throw new IllegalArgumentException("words must be in [1, " + MAX_WORDS + "], got " + count);
        }
        int min = Reading.minimumWords(model.kind());
        if (prefix.length < min) {
            throw new IllegalArgumentException(model.kind().bookName() + " needs at least " + min
                    + (min == 1 ? " word" : " words") + " to continue; the text has " + prefix.length + ".");
        }
        SplittableRandom rng = new SplittableRandom(choice.seed());
        int[] text = Arrays.copyOf(prefix, prefix.length + count);
        for (int k = 0; k < count; k++) {
            double[] p = tracer.nextWordProbabilities(model, Arrays.copyOf(text, prefix.length + k));
            text[prefix.length + k] = choice.greedyChoice() ? argmax(p) : draw(p, choice.temperature(), rng);
        }
        return Arrays.copyOfRange(text, prefix.length, text.length);
    }

    /** The most likely word; ties go to the lower id, as {@code Prediction.ranked} and the evaluator break them. */
    static int argmax(double[] p) {
        int best = 0;
        for (int w = 1; w < p.length; w++) {
            if (p[w] > p[best]) {
                best = w;
            }
        }
        return best;
    }

    /** One draw from p^(1/T), renormalised; worked in logs so a small T cannot underflow every word to 0. */
    static int draw(double[] p, double temperature, SplittableRandom rng) {
        double[] q = new double[p.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int w = 0; w < p.length; w++) {
            q[w] = Math.log(p[w]) / temperature;
            max = Math.max(max, q[w]);
        }
        double sum = 0;
        for (int w = 0; w < p.length; w++) {
            q[w] = Math.exp(q[w] - max);
            sum += q[w];
        }
        double u = rng.nextDouble() * sum;
        double acc = 0;
        int lastPossible = 0;
        for (int w = 0; w < q.length; w++) {
            if (q[w] > 0) {
                lastPossible = w;
                acc += q[w];
                if (u < acc) {
                    return w;
                }
            }
        }
        return lastPossible;   // u fell in the rounding gap at the top
    }
}
