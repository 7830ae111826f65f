package io.unrolled.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class BaselineTest {

    @Test
    void mostCommonValidTargetIsThousandSixHundredThirtyEightTimesInFourThousandTwoHundredSeven() {
        LmData data = LmData.of(DataKind.THREE_TOKEN, 64, 16);
        Baseline baseline = Baseline.mostCommonTarget(data.valid(), data.vocab());
        assertEquals(29, baseline.tokenId());
        assertEquals("thousand", baseline.word());
        assertEquals(638, baseline.count());
        assertEquals(4207, baseline.total());
        assertEquals(0.15165200855716662, baseline.accuracy());
    }

    @Test
    void tieGoesToTheLowestId() {
        Vocab vocab = Vocab.fromTokens(List.of("a", "b", "c"));
        Batch batch = new Batch(4, 1, 1, new int[4], new int[] {2, 1, 2, 1}, 0);
        Baseline baseline = Baseline.mostCommonTarget(List.of(batch), vocab);
        assertEquals(1, baseline.tokenId());
        assertEquals(2, baseline.count());
        assertEquals(0.5, baseline.accuracy());
    }

    @Test
    void countsEveryPositionOfSequenceTargets() {
        Vocab vocab = Vocab.fromTokens(List.of("a", "b"));
        Batch batch = new Batch(1, 3, 3, new int[3], new int[] {1, 1, 0}, 0);
        Baseline baseline = Baseline.mostCommonTarget(List.of(batch), vocab);
        assertEquals(1, baseline.tokenId());
        assertEquals(3, baseline.total());
    }

    @Test
    void rejectsNoTargets() {
        Vocab vocab = Vocab.fromTokens(List.of("a"));
        assertThrows(IllegalArgumentException.class, () -> Baseline.mostCommonTarget(List.of(), vocab));
    }

    @Test
    void rejectsTargetsOutsideTheVocabulary() {
        Vocab vocab = Vocab.fromTokens(List.of("a"));
        Batch batch = new Batch(1, 1, 1, new int[1], new int[] {1}, 0);
        assertThrows(IllegalArgumentException.class, () -> Baseline.mostCommonTarget(List.of(batch), vocab));
    }
}
