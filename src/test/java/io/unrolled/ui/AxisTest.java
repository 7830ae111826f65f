package io.unrolled.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class AxisTest {

    @Test
    void aShortEpochAxisTicksWholeEpochsOnly() {
        Axis epochs = new Axis(0, 2, 0, 400);            // two epochs across 400 px: room for half-epoch ticks
        assertArrayEquals(new double[] {0, 0.5, 1, 1.5, 2}, epochs.ticks(100), 1e-12);
        assertArrayEquals(new double[] {0, 1, 2}, epochs.ticks(100, 1), 1e-12);
    }

    @Test
    void aLossAxisKeepsItsFractions() {
        assertArrayEquals(new double[] {0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5}, new Axis(0, 3.6, 300, 0).ticks(30, 0), 1e-12);
    }
}
