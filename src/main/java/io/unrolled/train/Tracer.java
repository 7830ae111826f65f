package io.unrolled.train;

import io.unrolled.models.ModelOutput;
import io.unrolled.nn.CrossEntropy;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Copies one batch row's journey through the model into a {@link StepTrace} when someone asked for
 * it. When no one asks, the cost is one atomic read per batch.
 */
final class Tracer implements Callback {

    private static final int TOP_K = 3;
    private final AtomicInteger requestedRow = new AtomicInteger(-1);

    void request(int row) {
        requestedRow.set(row);
    }

    @Override
    public void afterBatch(Learner l) {
        int row = requestedRow.getAndSet(-1);
        if (row < 0) {
            return;
        }
        ModelOutput out = l.output();
        int b = out.rows();
        int r = Math.min(row, b - 1);
        int steps = l.batch().seqLen();
        int[] inputs = l.batch().xRow(r);
        int[] targets = new int[out.steps()];
        int[] topIds = new int[out.steps() * TOP_K];
        float[] topProbs = new float[out.steps() * TOP_K];
        CrossEntropy ce = l.lossFunction();
        for (int t = 0; t < out.steps(); t++) {
            int p = t * b + r;
            targets[t] = out.targets()[p];
            fillTopK(ce, p, topIds, topProbs, t * TOP_K);
        }
        StepTrace trace = new StepTrace(l.model().kind().id(), l.epoch(), l.batchIndex(), r, steps,
                l.model().config().hidden(), TOP_K, inputs, targets, l.model().traceLayers(r),
                l.model().traceDropoutMask(r), topIds, topProbs);
        l.listeners().forEach(x -> x.onTrace(trace));
    }

    private static void fillTopK(CrossEntropy ce, int p, int[] ids, float[] probs, int at) {
        for (int k = 0; k < TOP_K; k++) {
            int best = -1;
            for (int v = 0; v < ce.vocab(); v++) {
                boolean taken = false;
                for (int j = 0; j < k; j++) {
                    taken |= ids[at + j] == v;
                }
                if (!taken && (best < 0 || ce.probability(p, v) > ce.probability(p, best))) {
                    best = v;
                }
            }
            ids[at + k] = best;
            probs[at + k] = (float) ce.probability(p, best);
        }
    }
}
