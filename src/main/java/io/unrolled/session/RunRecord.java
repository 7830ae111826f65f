package io.unrolled.session;

import io.unrolled.models.ModelKind;

/**
 * A finished run kept for comparison: its label, its smoothed training loss per batch and its
 * validation accuracy per epoch, copied so later runs cannot change it.
 */
public record RunRecord(int number, ModelKind kind, String label, double[] batches, double[] smoothedLoss, double[] accuracies) {

    public RunRecord {
        batches = batches.clone();
        smoothedLoss = smoothedLoss.clone();
        accuracies = accuracies.clone();
    }

    @Override
    public double[] batches() {
        return batches.clone();
    }

    @Override
    public double[] smoothedLoss() {
        return smoothedLoss.clone();
    }

    @Override
    public double[] accuracies() {
        return accuracies.clone();
    }

    /** The same run again: same rung, same settings in its label, and the same numbers throughout. */
    boolean sameRunAs(RunRecord other) {
        return kind == other.kind && settings().equals(other.settings()) && java.util.Arrays.equals(batches, other.batches)
                && java.util.Arrays.equals(smoothedLoss, other.smoothedLoss) && java.util.Arrays.equals(accuracies, other.accuracies);
    }

    /** The label without its "#n ": what the run was, not when. */
    private String settings() {
        return label.substring(label.indexOf(' ') + 1);
    }

    @Override
    public String toString() {
        return label;
    }
}
