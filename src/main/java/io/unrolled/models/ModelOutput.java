package io.unrolled.models;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * What one forward pass produced.
 *
 * @param logits   (P, V) one row per prediction, time-major: P = B for the 3-word models, T*B after
 * @param targets  (P) the word each row should predict
 * @param rows     B, predictions per step
 * @param steps    prediction steps (1, or T)
 */
public record ModelOutput(INDArray logits, int[] targets, int rows, int steps) {
}
