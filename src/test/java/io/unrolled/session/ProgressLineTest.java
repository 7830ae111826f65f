package io.unrolled.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.unrolled.train.StepMetrics;
import org.junit.jupiter.api.Test;

class ProgressLineTest {

    /** Batch {@code batch} (0-based) of epoch {@code epoch} in a run of 4 epochs of 10 batches. */
    private static StepMetrics at(int epoch, int batch) {
        return new StepMetrics(epoch, batch, 10, 4, epoch * 10L + batch, 1e-3, 0.9, 2, 2, 0, 0, 2, 1, 0.3);
    }

    @Test
    void aQuarterDoneAfterThirtySecondsLeavesAboutAMinuteAndAHalf() {
        assertEquals("epoch 1/4 · about 1:30 left", ProgressLine.of(at(0, 9), 30, true));
    }

    @Test
    void aPausedRunShowsWhereItIsButNoTimeLeft() {
        assertEquals("epoch 3/4", ProgressLine.of(at(2, 4), 12, false));
    }

    @Test
    void aFinishedRunSaysHowLongItTook() {
        assertEquals("epoch 4/4 · took 1:05", ProgressLine.of(at(3, 9), 65, false));
    }

    @Test
    void theClockRoundsToWholeSecondsAndCarriesIntoMinutes() {
        assertEquals("0:59", ProgressLine.clock(59.4));
        assertEquals("1:00", ProgressLine.clock(59.6));
        assertEquals("61:05", ProgressLine.clock(3665));
    }
}
