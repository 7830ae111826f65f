package io.unrolled.train;

import io.unrolled.trace.LayerTrace;
import java.util.List;

/**
 * An immutable picture of one batch row going through the model, for the diagrams: every value is a
 * copy, so it can cross to the UI thread while training goes on.
 *
 * @param inputs       (T) word ids read
 * @param targets      (P) word ids to predict: one per step, or only the last for the 3-word models
 * @param layers       per layer, bottom first, typed by cell: an {@code RnnLayerTrace}, {@code LstmLayerTrace}
 *                     or {@code GruLayerTrace}, every series (T, H) row-major
 * @param dropoutMask  (T, H) 0 or 1/(1−p), or null when nothing was dropped
 * @param topIds       (P, k) the k most likely next words at each predicted step
 * @param topProbs     (P, k) their probabilities
 */
public record StepTrace(String model, int epoch, int batch, int row, int steps, int hidden, int k,
                        int[] inputs, int[] targets, List<LayerTrace> layers,
                        float[] dropoutMask, int[] topIds, float[] topProbs) {

    public StepTrace {
        layers = List.copyOf(layers);
    }
}
