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

    @Override
    public String toString() {
        return label;
    }
}
