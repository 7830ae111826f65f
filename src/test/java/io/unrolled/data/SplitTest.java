package io.unrolled.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SplitTest {

    private final int[] nums = Corpus.humanNumbers().nums();

    @Test
    void threeTokenSamplesSplitSixteenThousandEightHundredTwentyFourToFourThousandTwoHundredSeven() {
        Split<Sample> split = Split.cut(Windows.threeToken(nums), 0.8);
        assertEquals(16824, split.train().size());
        assertEquals(4207, split.valid().size());
    }

    @Test
    void sixteenTokenSamplesSplitThreeThousandOneHundredFiftyFourToSevenHundredEightyNine() {
        Split<Sample> split = Split.cut(Windows.ofLength(nums, 16), 0.8);
        assertEquals(3154, split.train().size());
        assertEquals(789, split.valid().size());
    }

    @Test
    void keepsOrderAndTruncatesTheCut() {
        List<Integer> items = IntStream.range(0, 9).boxed().toList();
        Split<Integer> split = Split.cut(items, 0.5); // 4.5 -> 4
        assertEquals(List.of(0, 1, 2, 3), split.train());
        assertEquals(List.of(4, 5, 6, 7, 8), split.valid());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 1.0, -0.1, 1.5, Double.NaN})
    void rejectsFractionOutsideOpenUnitIntervalNamingIt(double fraction) {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> Split.cut(List.of(1, 2, 3), fraction));
        assertTrue(e.getMessage().startsWith("trainFraction must be in the open interval (0, 1)"),
                e.getMessage());
    }
}
