package io.unrolled.train;

/**
 * One row of fastai's epoch table.
 *
 * @param trainLoss   smoothed train loss at the end of the epoch, penalties included (the book's column)
 * @param trainCe     the same smoothing of the pure cross-entropy
 * @param validLoss   batch-size weighted mean cross-entropy over the validation set
 * @param accuracy    batch-size weighted accuracy over the validation set
 * @param seconds     wall time of the epoch's training and validation
 */
public record EpochResult(int epoch, double trainLoss, double trainCe, double validLoss, double accuracy, double seconds) {

    /** The time column as fastai prints it, mm:ss. */
    public String time() {
        long s = Math.round(seconds);
        return String.format("%02d:%02d", s / 60, s % 60);
    }
}
