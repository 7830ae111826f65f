package io.unrolled.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OneCycleTest {

    private final OneCycle schedule = OneCycle.of(1e-2, new double[] {0.95, 0.85, 0.95});

    @Test
    void learningRateStartsAtOneTwentyFifthPeaksAtAQuarterAndEndsNearZero() {
        assertEquals(1e-2 / 25, schedule.lrAt(0), 1e-15);
        assertEquals(1e-2, schedule.lrAt(0.25), 1e-15);
        assertEquals(1e-2 / 1e5, schedule.lrAt(1), 1e-15);
        // half way up the warm-up the half-cosine is at the mean of its ends
        assertEquals((1e-2 / 25 + 1e-2) / 2, schedule.lrAt(0.125), 1e-15);
        // half way down: mean of peak and final value
        assertEquals((1e-2 + 1e-7) / 2, schedule.lrAt(0.625), 1e-15);
    }

    @Test
    void momentumMovesOppositeToTheLearningRate() {
        assertEquals(0.95, schedule.momAt(0), 1e-15);
        assertEquals(0.85, schedule.momAt(0.25), 1e-15);
        assertEquals(0.95, schedule.momAt(1), 1e-15);
        assertEquals(0.90, schedule.momAt(0.625), 1e-12);
    }

    @Test
    void progressCountsBatchesDoneBeforeTheCurrentOne() {
        assertEquals(0.0, OneCycle.progress(0, 0, 49, 15), 0);
        assertEquals(1.0 / 15, OneCycle.progress(1, 0, 49, 15), 1e-15);
        assertEquals(2.0 / 15 + 10.0 / (49 * 15), OneCycle.progress(2, 10, 49, 15), 1e-15);
        assertEquals(1 - 1.0 / (49 * 15), OneCycle.progress(14, 48, 49, 15), 1e-15);
    }
}
