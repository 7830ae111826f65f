package io.unrolled.session;

import io.unrolled.models.ModelKind;
import io.unrolled.session.TrainingSession.State;
import io.unrolled.train.EpochResult;
import io.unrolled.train.FitOutcome;
import io.unrolled.train.Ladder;

/** Where a run that has ended leaves the window: its state, and the status line that says why in plain words. */
record RunEnding(State state, String status) {

    static RunEnding of(FitOutcome outcome, ModelKind kind) {
        return switch (outcome.status()) {
            case COMPLETED -> {
                EpochResult last = outcome.last();
                yield new RunEnding(State.FINISHED, String.format("Finished: accuracy %.1f %% (book %.1f %%).",
                        100 * last.accuracy(), 100 * Ladder.bookAccuracy(kind)));
            }
            // the learner's messages already name the cause (and, on divergence, the weights kept)
            case DIVERGED -> new RunEnding(State.DIVERGED, outcome.message());
            case STOPPED -> new RunEnding(State.STOPPED, outcome.message());
            case FAILED -> new RunEnding(State.FAILED, outcome.message());
        };
    }
}
