package io.unrolled.train;

/** What observers of a run receive, on the trainer thread; implementations hand it on and return quickly. */
public interface TrainingListener {

    default void onBatch(StepMetrics metrics) {
    }

    default void onEpoch(EpochResult result) {
    }

    default void onTrace(StepTrace trace) {
    }

    /**
     * The trainer is paused and waits for a resume or a step; nothing trains until then.
     *
     * @param epoch       the epoch it waits in (0-based, as fastai's table numbers them)
     * @param batchesDone batches of that epoch already trained
     */
    default void onHold(int epoch, int batchesDone, int batchesPerEpoch) {
    }

    default void onFitEnd(FitOutcome outcome) {
    }
}
