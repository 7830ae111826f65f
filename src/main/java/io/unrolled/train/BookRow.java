package io.unrolled.train;

/** One line of the book's training table for a rung. */
public record BookRow(int epoch, double trainLoss, double validLoss, double accuracy) {
}
