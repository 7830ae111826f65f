package io.unrolled.session;

import io.unrolled.train.StepMetrics;

/**
 * Where a paused or stopped run stands, in words. Epochs are numbered from 0 as in fastai's table
 * beside them, so "epoch 4" is that table's row 4; batches are counted, as fastai's bars count them.
 */
final class RunPlace {

    private RunPlace() {
    }

    /** @param batchesDone batches of {@code epoch} trained so far (the trainer waits before the next one) */
    static String of(int epoch, int batchesDone, int batchesPerEpoch) {
        if (batchesDone == 0) {
            return epoch == 0 ? "before the first batch" : "at the end of epoch " + (epoch - 1);
        }
        if (batchesDone >= batchesPerEpoch) {
            return "at the end of epoch " + epoch;
        }
        return String.format("in epoch %d after %d of %d batches", epoch, batchesDone, batchesPerEpoch);
    }

    /** After the batch {@code last} (null: none trained yet). */
    static String after(StepMetrics last) {
        return last == null ? "before the first batch" : of(last.epoch(), last.batch() + 1, last.batchesPerEpoch());
    }
}
