package io.unrolled.trace;

/**
 * The model's next-word distribution after reading input word {@code after} (0-based).
 *
 * @param probs  (V) softmax probabilities in vocabulary order
 * @param target the word that really comes next, or −1 when the sentence does not say
 */
public record Prediction(int after, float[] probs, int target) {

    /** The id of the k-th most likely word (k = 0 is the model's choice); ties go to the lower id. */
    public int ranked(int k) {
        boolean[] taken = new boolean[probs.length];
        int best = -1;
        for (int j = 0; j <= k; j++) {
            best = -1;
            for (int v = 0; v < probs.length; v++) {
                if (!taken[v] && (best < 0 || probs[v] > probs[best])) {
                    best = v;
                }
            }
            taken[best] = true;
        }
        return best;
    }

    public boolean hasTarget() {
        return target >= 0;
    }
}
