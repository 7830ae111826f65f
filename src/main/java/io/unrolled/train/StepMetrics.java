package io.unrolled.train;

/**
 * Scalars of one training batch, published after every batch.
 *
 * @param loss          what was back-propagated and what fastai (P1, the book's run) logged: CE + α·AR + β·TAR
 * @param crossEntropy  the pure cross-entropy part
 * @param arTerm        α·AR as added to the loss (0 when α = 0)
 * @param tarTerm       β·TAR as added to the loss
 * @param smoothedLoss  fastai's debiased moving average (β = 0.98) of {@code loss} over the whole fit
 * @param accuracy      fraction of this batch's predictions that were right
 */
public record StepMetrics(int epoch, int batch, int batchesPerEpoch, int epochs, long iteration,
                          double lr, double mom, double loss, double crossEntropy, double arTerm, double tarTerm,
                          double smoothedLoss, double gradNorm, double accuracy) {

    /** Fraction of the whole fit done after this batch. */
    public double progress() {
        return (epoch + (batch + 1.0) / batchesPerEpoch) / epochs;
    }
}
