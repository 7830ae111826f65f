package io.unrolled.trace;

import java.util.List;

/**
 * How far back each prediction of one traced sentence looks: for the prediction after word
 * {@code after[p]}, the L2 norm of d log p(k_p) / d E[x_t] at every input position t, where k_p is
 * the model's most likely word there. Eval mode, a zero state, no dropout, no AR/TAR. A position the
 * prediction cannot see (a later word, or one cut off by truncated BPTT) has exactly 0.
 *
 * @param model      the rung's id, e.g. "lm6"
 * @param modelName  the rung's name in the book, e.g. "LMModel6"
 * @param vocab      the V words, in id order
 * @param words      (T) the input word ids the rung read
 * @param after      (P) the position of the word each prediction comes after, ascending
 * @param predicted  (P) k_p, the most likely next word of each prediction, whose log-probability is differentiated
 * @param flow       (P, T) the gradient norms, one row per prediction
 * @param weights    which weights were traced, e.g. "before training", "epoch 3, after 20 batches"
 */
public record MemoryTrace(String model, String modelName, List<String> vocab, int[] words, int[] after,
                          int[] predicted, float[][] flow, String weights) {

    public MemoryTrace {
        vocab = List.copyOf(vocab);
        if (after.length != predicted.length || after.length != flow.length) {
            throw new IllegalArgumentException("after, predicted and flow must have one entry per prediction, got "
                    + after.length + ", " + predicted.length + " and " + flow.length);
        }
        for (float[] row : flow) {
            LayerTrace.requireLength("each row of flow", row, words.length);
        }
    }

    public int steps() {
        return words.length;
    }

    /** The index of the prediction made after word {@code t}, or −1 when the rung makes none there. */
    public int predictionAfter(int t) {
        for (int p = 0; p < after.length; p++) {
            if (after[p] == t) {
                return p;
            }
        }
        return -1;
    }

    /**
     * The prediction shown when the cursor stands at word {@code t}: the one after t, or else the last one
     * made before t (LMModel1–3 predict after some words only), or else the first.
     */
    public int predictionAtOrBefore(int t) {
        int best = 0;
        for (int p = 0; p < after.length; p++) {
            if (after[p] <= t) {
                best = p;
            }
        }
        return best;
    }

    /** The positions predicted after, in words: "0 to 15", "2, 5, 8, 11, 14" or "2". */
    public String predictsAfter() {
        if (after.length == 1) {
            return Integer.toString(after[0]);
        }
        if (after[after.length - 1] - after[0] == after.length - 1) {
            return after[0] + " to " + after[after.length - 1];
        }
        StringBuilder b = new StringBuilder();
        for (int a : after) {
            b.append(b.length() == 0 ? "" : ", ").append(a);
        }
        return b.toString();
    }

    /** The word at position t. */
    public String word(int t) {
        return vocab.get(words[t]);
    }
}
