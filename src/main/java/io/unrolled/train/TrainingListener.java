package io.unrolled.train;

/** What observers of a run receive, on the trainer thread; implementations hand it on and return quickly. */
public interface TrainingListener {

    default void onBatch(StepMetrics metrics) {
    }

    default void onEpoch(EpochResult result) {
    }

    default void onTrace(StepTrace trace) {
    }

    default void onFitEnd(FitOutcome outcome) {
    }
}
