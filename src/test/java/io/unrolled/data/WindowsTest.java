package io.unrolled.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WindowsTest {

    private final int[] nums = Corpus.humanNumbers().nums();

    @Test
    void humanNumbersGivesTwentyOneThousandThirtyOneThreeTokenSamples() {
        assertEquals(21031, Windows.threeToken(nums).size());
    }

    @Test
    void humanNumbersGivesThreeThousandNineHundredFortyThreeSixteenTokenSamples() {
        assertEquals(3943, Windows.ofLength(nums, 16).size());
    }

    @Test
    void threeTokenSamplePredictsTheFourthTokenAndStepsByThree() {
        List<Sample> samples = Windows.threeToken(nums);
        for (int k : new int[] {0, 1, 7000, samples.size() - 1}) {
            Sample s = samples.get(k);
            assertArrayEquals(new int[] {nums[3 * k], nums[3 * k + 1], nums[3 * k + 2]}, s.x());
            assertArrayEquals(new int[] {nums[3 * k + 3]}, s.y());
        }
    }

    @Test
    void sequenceSampleTargetsAreInputsShiftedByOne() {
        List<Sample> samples = Windows.ofLength(nums, 16);
        Sample s = samples.get(5);
        for (int t = 0; t < 16; t++) {
            assertEquals(nums[80 + t], s.x(t));
            assertEquals(nums[81 + t], s.y(t));
        }
    }

    @Test
    void followsPythonRangeBoundsOnASmallStream() {
        int[] ten = IntStream.range(0, 10).toArray();
        // range(0, 10 - 4, 3) -> 0, 3
        assertEquals(2, Windows.threeToken(ten).size());
        // range(0, 10 - 3 - 1, 3) -> 0, 3
        assertEquals(2, Windows.ofLength(ten, 3).size());
        // range(0, 10 - 1 - 1, 1) -> 0..7
        List<Sample> ones = Windows.ofLength(ten, 1);
        assertEquals(8, ones.size());
        assertArrayEquals(new int[] {7}, ones.get(7).x());
        assertArrayEquals(new int[] {8}, ones.get(7).y());
        assertTrue(Windows.threeToken(new int[4]).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -3})
    void rejectsSequenceLengthBelowOneNamingSl(int sl) {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Windows.ofLength(nums, sl));
        assertTrue(e.getMessage().startsWith("sl must be >= 1"), e.getMessage());
    }

    @Test
    void samplesDoNotShareArraysWithTheirCallers() {
        int[] x = {1, 2, 3};
        Sample s = new Sample(x, new int[] {4});
        x[0] = 9;
        s.x()[1] = 9;
        assertArrayEquals(new int[] {1, 2, 3}, s.x());
    }
}
