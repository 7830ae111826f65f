package io.unrolled.data;

import java.util.List;
import java.util.Objects;

/**
 * The accuracy of always predicting the most common target: the bar a model has to beat before
 * it has learned anything beyond token frequencies.
 */
public record Baseline(int tokenId, String word, long count, long total, double accuracy) {

    /** Counts every target of every batch; when two ids tie, the lower id wins (as argmax would). */
    public static Baseline mostCommonTarget(List<Batch> batches, Vocab vocab) {
        Objects.requireNonNull(vocab, "vocab");
        long[] counts = new long[vocab.size()];
        long total = 0;
        for (Batch batch : batches) {
            for (int id : batch.y()) {
                if (id < 0 || id >= counts.length) {
                    throw new IllegalArgumentException("batch " + batch.index() + " has target id "
                            + id + ", outside the vocabulary's [0, " + (counts.length - 1) + "]");
                }
                counts[id]++;
                total++;
            }
        }
        if (total == 0) {
            throw new IllegalArgumentException("batches must hold at least one target, got none");
        }
        int best = 0;
        for (int id = 1; id < counts.length; id++) {
            if (counts[id] > counts[best]) {
                best = id;
            }
        }
        return new Baseline(best, vocab.word(best), counts[best], total, (double) counts[best] / total);
    }
}
