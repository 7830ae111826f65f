package io.unrolled.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Where the loss charts mark the start of each epoch after the first (no FX toolkit needed). */
class EpochStartsTest {

    @Test
    void aMarkAppearsOnlyOnceTheNextEpochHasBegun() {
        assertEquals(0, ChartsPane.epochStarts(0, 49)[0].length, "nothing trained yet");
        assertEquals(0, ChartsPane.epochStarts(49, 49)[0].length, "the first epoch's last batch: no second epoch yet");
        assertArrayEquals(new double[] {49.5}, ChartsPane.epochStarts(50, 49)[0], "batches 49 and 50 straddle the mark");
        assertArrayEquals(new double[] {49.5, 98.5}, ChartsPane.epochStarts(99, 49)[0]);
        assertArrayEquals(new double[] {49.5}, ChartsPane.epochStarts(98, 49)[0], "the end of a 2-epoch run");
    }

    @Test
    void withoutAnEpochLengthThereAreNoMarks() {
        assertEquals(0, ChartsPane.epochStarts(120, 0)[0].length);
    }
}
