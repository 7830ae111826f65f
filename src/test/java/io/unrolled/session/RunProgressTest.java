package io.unrolled.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.unrolled.train.StepMetrics;
import org.junit.jupiter.api.Test;

class RunProgressTest {

    /** Batch {@code batch} (0-based) of epoch {@code epoch} in a run of 4 epochs of 10 batches. */
    private static StepMetrics at(int epoch, int batch) {
        return new StepMetrics(epoch, batch, 10, 4, epoch * 10L + batch, 1e-3, 0.9, 2, 2, 0, 0, 2, 1, 0.3);
    }

    @Test
    void midRunTheBarsCountWhatIsDoneAsFastaiDoes() {
        // epoch 2 (the third) is under way, 4 of its 10 batches done: 24 of 40 batches, so 0.6 of the run
        RunProgress p = RunProgress.of(at(2, 3), 24, 2, RunProgress.Phase.RUNNING);
        assertEquals(0.5, p.runFraction(), 1e-12, "two of four epochs validated");
        assertEquals("50.00% [2/4 00:24<00:16]", p.runText());
        assertEquals(0.4, p.epochFraction(), 1e-12);
        assertEquals("40.00% [4/10 00:02<00:03]", p.epochText());
        assertEquals(0.6, p.overall(), 1e-12, "the status bar's bar moves with every batch");
        assertEquals("epoch 2 · about 00:16 left", p.line(), "epoch 2 as the table numbers it, not \"3/4\"");
    }

    @Test
    void aPausedOrStoppedRunShowsWhereItIsButNoTimeLeft() {
        RunProgress p = RunProgress.of(at(2, 4), 12, 1, RunProgress.Phase.HALTED);
        assertEquals("epoch 2", p.line());
        assertEquals("50.00% [5/10 00:01<00:01]", p.epochText(), "fastai's bars stay as they were");
    }

    @Test
    void aFinishedRunIsFullWithNothingLeft() {
        RunProgress p = RunProgress.of(at(3, 9), 61, 15, RunProgress.Phase.FINISHED);
        assertEquals(1.0, p.runFraction(), 1e-12);
        assertEquals("100.00% [4/4 01:01<00:00]", p.runText());
        assertEquals("100.00% [10/10 00:15<00:00]", p.epochText());
        assertEquals("4 epochs · took 01:01", p.line());
    }

    @Test
    void fastaisClockIsMinutesAndSecondsWithHoursOnlyWhenThereAreSome() {
        assertEquals("00:00", RunProgress.clock(0.4));
        assertEquals("00:59", RunProgress.clock(59.4));
        assertEquals("01:00", RunProgress.clock(59.6));
        assertEquals("01:05", RunProgress.clock(65));
        assertEquals("1:01:05", RunProgress.clock(3665));
    }
}
