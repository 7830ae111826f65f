package io.unrolled.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GroupChunksTest {

    @Test
    void placesSampleIPlusMTimesJAtBatchIRowJ() {
        List<Integer> ds = IntStream.range(0, 11).boxed().toList();
        // bs=3 -> m=3, the last 2 items are dropped
        assertEquals(List.of(0, 3, 6, 1, 4, 7, 2, 5, 8), GroupChunks.apply(ds, 3));
    }

    @Test
    void mapsEveryPositionOfTheSixteenTokenTrainSet() {
        List<Sample> train = Split.cut(Windows.ofLength(Corpus.humanNumbers().nums(), 16), 0.8).train();
        int bs = 64;
        int m = train.size() / bs;
        List<Sample> grouped = GroupChunks.apply(train, bs);
        assertEquals(49, m);
        assertEquals(3136, grouped.size());
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < bs; j++) {
                assertEquals(train.get(i + m * j), grouped.get(i * bs + j), "batch " + i + " row " + j);
            }
        }
    }

    @Test
    void fewerItemsThanBatchSizeGiveNothing() {
        assertTrue(GroupChunks.apply(List.of(1, 2), 3).isEmpty());
    }

    @Test
    void rejectsBatchSizeBelowOneNamingBs() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> GroupChunks.apply(List.of(1), 0));
        assertTrue(e.getMessage().startsWith("bs must be >= 1"), e.getMessage());
    }
}
