package io.unrolled.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BatchesTest {

    private static final List<Sample> FIVE = List.of(
            new Sample(new int[] {0, 1}, new int[] {2}),
            new Sample(new int[] {3, 4}, new int[] {5}),
            new Sample(new int[] {6, 7}, new int[] {8}),
            new Sample(new int[] {9, 10}, new int[] {11}),
            new Sample(new int[] {12, 13}, new int[] {14}));

    @Test
    void keepsOrderAndLaysRowsOutRowMajor() {
        List<Batch> batches = Batches.of(FIVE, 2, false);
        assertEquals(3, batches.size());
        Batch second = batches.get(1);
        assertEquals(1, second.index());
        assertArrayEquals(new int[] {6, 7, 9, 10}, second.x());
        assertArrayEquals(new int[] {8, 11}, second.y());
        assertEquals(10, second.x(1, 1));
        assertEquals(11, second.y(1, 0));
        assertArrayEquals(new int[] {9, 10}, second.xRow(1));
    }

    @Test
    void keepsPartialLastBatchUnlessDropLast() {
        assertEquals(1, Batches.of(FIVE, 2, false).get(2).size());
        assertEquals(2, Batches.of(FIVE, 2, true).size());
    }

    @Test
    void threeTokenTrainWithDropLastGivesTwoHundredSixtyTwoBatches() {
        Split<Sample> split = Split.cut(Windows.threeToken(Corpus.humanNumbers().nums()), 0.8);
        List<Batch> train = Batches.of(split.train(), 64, true);
        assertEquals(262, train.size());
        assertTrue(train.stream().allMatch(b -> b.size() == 64));
    }

    @Test
    void threeTokenValidWithoutDropLastGivesSixtySixBatchesTheLastOfFortySeven() {
        Split<Sample> split = Split.cut(Windows.threeToken(Corpus.humanNumbers().nums()), 0.8);
        List<Batch> valid = Batches.of(split.valid(), 64, false);
        assertEquals(66, valid.size());
        assertEquals(47, valid.get(65).size());
        assertEquals(65, valid.get(65).index());
    }

    @Test
    void rejectsSamplesOfDifferentLengths() {
        List<Sample> mixed = List.of(
                new Sample(new int[] {0, 1}, new int[] {2}),
                new Sample(new int[] {0}, new int[] {2}));
        assertThrows(IllegalArgumentException.class, () -> Batches.of(mixed, 2, false));
    }

    @Test
    void rejectsBatchSizeBelowOneNamingBs() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Batches.of(FIVE, 0, false));
        assertTrue(e.getMessage().startsWith("bs must be >= 1"), e.getMessage());
    }

    @Test
    void batchRejectsCoordinatesOutsideItsShape() {
        Batch batch = Batches.of(FIVE, 2, false).get(0);
        assertThrows(IndexOutOfBoundsException.class, () -> batch.x(0, 2));
        assertThrows(IndexOutOfBoundsException.class, () -> batch.x(2, 0));
        assertThrows(IndexOutOfBoundsException.class, () -> batch.y(0, 1));
    }

    @Test
    void batchRejectsArraysThatDoNotMatchItsShape() {
        assertThrows(IllegalArgumentException.class,
                () -> new Batch(2, 3, 1, new int[5], new int[2], 0));
        assertThrows(IllegalArgumentException.class,
                () -> new Batch(2, 3, 1, new int[6], new int[3], 0));
    }
}
