package io.unrolled.data;

import java.util.ArrayList;
import java.util.List;

/**
 * Batches samples in the order given, without shuffling: the grouped data sets rely on that order
 * to keep each row's text contiguous from batch to batch.
 */
public final class Batches {

    private Batches() {
    }

    /**
     * Consecutive runs of {@code bs} samples; a shorter final run is kept unless {@code dropLast}.
     * All samples must share one input length and one target length.
     */
    public static List<Batch> of(List<Sample> samples, int bs, boolean dropLast) {
        if (bs < 1) {
            throw new IllegalArgumentException("bs must be >= 1, got " + bs);
        }
        if (samples.isEmpty()) {
            return List.of();
        }
        int seqLen = samples.get(0).xLength();
        int targetLen = samples.get(0).yLength();
        List<Batch> batches = new ArrayList<>();
        for (int start = 0; start < samples.size(); start += bs) {
            int size = Math.min(bs, samples.size() - start);
            if (size < bs && dropLast) {
                break;
            }
            int[] x = new int[size * seqLen];
            int[] y = new int[size * targetLen];
            for (int row = 0; row < size; row++) {
                Sample sample = samples.get(start + row);
                if (sample.xLength() != seqLen || sample.yLength() != targetLen) {
                    throw new IllegalArgumentException("sample " + (start + row) + " has x/y lengths "
                            + sample.xLength() + "/" + sample.yLength() + " but the first has "
                            + seqLen + "/" + targetLen + "; all samples must match");
                }
                System.arraycopy(sample.x(), 0, x, row * seqLen, seqLen);
                System.arraycopy(sample.y(), 0, y, row * targetLen, targetLen);
            }
            batches.add(new Batch(size, seqLen, targetLen, x, y, batches.size()));
        }
        return List.copyOf(batches);
    }
}
