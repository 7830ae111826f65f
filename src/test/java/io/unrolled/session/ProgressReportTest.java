package io.unrolled.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.unrolled.session.TrainingSession.State;
import io.unrolled.train.StepMetrics;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressReportTest {

    private long now;
    private final ProgressReport report = new ProgressReport(() -> now);

    /** Batch {@code batch} (0-based) of epoch {@code epoch} in a run of 4 epochs of 10 batches. */
    private static StepMetrics at(int epoch, int batch) {
        return new StepMetrics(epoch, batch, 10, 4, epoch * 10L + batch + 1, 1e-3, 0.9, 2, 2, 0, 0, 2, 1, 0.3);   // iteration: batches done
    }

    private void advance(double seconds) {
        now += (long) (seconds * 1e9);
    }

    @Test
    void anEpochFirstSeenMidWayIsDatedBackAtTheRunsPace() {
        report.restart(true);
        advance(12);                                    // 12 batches at one second each
        report.onBatches(List.of(at(1, 0), at(1, 1)), State.RUNNING);
        // batch 1 of epoch 1: two batches into the epoch at one second per batch
        assertEquals("20.00% [2/10 00:02<00:08]", report.property().get().epochText());
        assertEquals("25.00% [1/4 00:12<00:28]", report.property().get().runText());
        assertEquals("epoch 1 · about 00:28 left", report.property().get().line());
    }

    @Test
    void theFirstEpochTakesTheRunsWholeTime() {
        report.restart(true);
        advance(3);
        report.onBatches(List.of(at(0, 0), at(0, 1), at(0, 2)), State.RUNNING);
        assertEquals("30.00% [3/10 00:03<00:07]", report.property().get().epochText(), "three batches in three seconds");
    }

    @Test
    void aPauseFreezesTheTimesAndAFinishShowsTheWhole() {
        report.restart(true);
        advance(39);
        report.onBatches(List.of(at(3, 8)), State.RUNNING);
        report.show(State.PAUSED);
        advance(600);
        report.show(State.RUNNING);
        advance(1);
        report.onBatches(List.of(at(3, 9)), State.RUNNING);
        report.show(State.FINISHED);
        assertEquals("100.00% [4/4 00:40<00:00]", report.property().get().runText(), "the ten paused minutes do not count");
        assertEquals("4 epochs · took 00:40", report.property().get().line());
        assertEquals(1.0, report.property().get().overall(), 1e-12);
    }

    @Test
    void aClearedReportShowsNothing() {
        report.restart(true);
        report.onBatches(List.of(at(0, 0)), State.RUNNING);
        report.clear();
        assertEquals(RunProgress.NONE, report.property().get());
    }
}
