package io.unrolled.session;

import io.unrolled.models.ModelKind;
import io.unrolled.session.TrainingSession.State;
import io.unrolled.train.EpochResult;
import io.unrolled.train.FitOutcome;
import io.unrolled.train.Ladder;
import java.util.List;

/**
 * Where a run that has ended leaves the window: its state, the status line that says why in plain
 * words, and, when the run went wrong, the title of a notice (the status line alone is easy to miss
 * from the back of a room); null when all went as expected.
 */
record RunEnding(State state, String status, String warning) {

    /** A final accuracy this close to always saying "thousand" means the model learned next to nothing. */
    private static final double NEAR_BASELINE = 0.01;
    /** A final train loss this many times its lowest means the run got worse on the way, not just too short. */
    private static final double ROSE = 1.5;

    /**
     * @param peakLr the peak learning rate the trainer used last, the likely cause when a run goes wrong
     * @param place  where the run was when it ended, as {@link RunPlace} words it
     */
    static RunEnding of(FitOutcome outcome, ModelKind kind, double peakLr, String place) {
        return switch (outcome.status()) {
            case COMPLETED -> finished(outcome.epochs(), kind, peakLr);
            // the learner's messages already name the cause (and, on divergence, the weights kept)
            case DIVERGED -> new RunEnding(State.DIVERGED, outcome.message(), "Training stopped: the run diverged");
            case STOPPED -> new RunEnding(State.STOPPED, "Stopped " + place + ".", null);
            case FAILED -> new RunEnding(State.FAILED, outcome.message(), "Training failed");
        };
    }

    private static RunEnding finished(List<EpochResult> epochs, ModelKind kind, double peakLr) {
        EpochResult last = epochs.get(epochs.size() - 1);
        if (last.accuracy() > Ladder.BASELINE_ACCURACY + NEAR_BASELINE) {
            return new RunEnding(State.FINISHED, String.format("Finished: accuracy %.1f %% (book %.1f %%).",
                    100 * last.accuracy(), 100 * Ladder.bookAccuracy(kind)), null);
        }
        double lowest = epochs.stream().mapToDouble(EpochResult::trainLoss).min().orElseThrow();
        String baseline = String.format("Finished at the baseline: accuracy %.1f %%, about what always saying \"thousand\" gets (%.1f %%). ",
                100 * last.accuracy(), 100 * Ladder.BASELINE_ACCURACY);
        String why = last.trainLoss() > ROSE * lowest
                ? String.format("The loss rose from %.2f to %.2f on the way: the learning rate (peak %.3g) is probably too high for this model.",
                        lowest, last.trainLoss(), peakLr)
                : "It has barely started to learn: more epochs or a higher learning rate should help.";
        return new RunEnding(State.FINISHED, baseline + why, "The model learned no more than the baseline");
    }
}
