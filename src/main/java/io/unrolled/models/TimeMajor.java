package io.unrolled.models;

import io.unrolled.data.Batch;

/** Batches arrive row-major (B, T); the layers read time-major (row t*B + b), one step per block. */
final class TimeMajor {

    private TimeMajor() {
    }

    static int[] inputs(Batch b) {
        int[] out = new int[b.size() * b.seqLen()];
        for (int t = 0; t < b.seqLen(); t++) {
            for (int r = 0; r < b.size(); r++) {
                out[t * b.size() + r] = b.x(r, t);
            }
        }
        return out;
    }

    static int[] targets(Batch b) {
        int[] out = new int[b.size() * b.targetLen()];
        for (int t = 0; t < b.targetLen(); t++) {
            for (int r = 0; r < b.size(); r++) {
                out[t * b.size() + r] = b.y(r, t);
            }
        }
        return out;
    }
}
