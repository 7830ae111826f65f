package io.unrolled.session;

import io.unrolled.train.EpochResult;
import io.unrolled.train.StepMetrics;

/**
 * What the trainer thread hands to the UI thread while a run goes on. Batches and epoch results
 * travel in one mailbox, so that a fast rung (LMModel4 ends seven epochs a second) costs the window
 * at most one hand-off per interval rather than one more for every epoch.
 */
sealed interface RunNews {

    record Batch(StepMetrics metrics) implements RunNews {
    }

    record Epoch(EpochResult result) implements RunNews {
    }

    /** The trainer has paused and waits for a resume or a step (see {@link io.unrolled.train.TrainingListener#onHold}). */
    record Held(int epoch, int batchesDone, int batchesPerEpoch) implements RunNews {
    }
}
