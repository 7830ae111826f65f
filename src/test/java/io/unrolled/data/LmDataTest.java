package io.unrolled.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LmDataTest {

    @Test
    void threeTokenHasTwoHundredSixtyTwoTrainAndSixtySixValidBatches() {
        LmData data = LmData.of(DataKind.THREE_TOKEN, 64, 16);
        assertEquals(262, data.train().size());
        assertEquals(66, data.valid().size());
        assertEquals(47, data.valid().get(65).size());
        assertEquals(3, data.seqLen());
        assertEquals(3, data.train().get(0).seqLen());
        assertEquals(1, data.train().get(0).targetLen());
        assertEquals(30, data.vocab().size());
    }

    @Test
    void groupedThreeTokenHasTwoHundredSixtyTwoTrainAndSixtyFiveFullValidBatches() {
        LmData data = LmData.of(DataKind.THREE_TOKEN_GROUPED, 64, 16);
        assertEquals(262, data.train().size());
        assertEquals(65, data.valid().size());
        assertTrue(data.valid().stream().allMatch(b -> b.size() == 64));
        assertEquals(3, data.seqLen());
    }

    @Test
    void groupedSequenceHasFortyNineTrainAndTwelveValidBatchesOfSixtyFourBySixteen() {
        LmData data = LmData.of(DataKind.SEQUENCE_GROUPED, 64, 16);
        assertEquals(49, data.train().size());
        assertEquals(12, data.valid().size());
        for (Batch b : data.train()) {
            assertEquals(64, b.size());
            assertEquals(16, b.seqLen());
            assertEquals(16, b.targetLen());
        }
        assertEquals(16, data.seqLen());
    }

    @Test
    void groupedBatchIRowJIsSampleIPlusMTimesJ() {
        List<Sample> valid = Split.cut(Windows.ofLength(Corpus.humanNumbers().nums(), 16), 0.8).valid();
        LmData data = LmData.of(DataKind.SEQUENCE_GROUPED, 64, 16);
        int m = 12;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < 64; j++) {
                Sample expected = valid.get(i + m * j);
                Batch batch = data.valid().get(i);
                assertEquals(expected, new Sample(batch.xRow(j), batch.yRow(j)), "batch " + i + " row " + j);
            }
        }
    }

    @Test
    void sequenceRowsContinueTheTextFromOneBatchToTheNext() {
        LmData data = LmData.of(DataKind.SEQUENCE_GROUPED, 64, 16);
        assertRowsContinue(data.train());
        assertRowsContinue(data.valid());
    }

    @Test
    void groupedThreeTokenRowsContinueTheTextFromOneBatchToTheNext() {
        LmData data = LmData.of(DataKind.THREE_TOKEN_GROUPED, 64, 16);
        assertRowsContinue(data.train());
        assertRowsContinue(data.valid());
    }

    @Test
    void ungroupedThreeTokenRowsDoNotContinueTheText() {
        // Guards the continuity check above: without grouping it must fail somewhere.
        LmData data = LmData.of(DataKind.THREE_TOKEN, 64, 16);
        assertThrows(AssertionError.class, () -> assertRowsContinue(data.train()));
    }

    /** The first input of row j in batch i+1 is the token row j of batch i was asked to predict last. */
    private static void assertRowsContinue(List<Batch> batches) {
        for (int i = 0; i + 1 < batches.size(); i++) {
            Batch now = batches.get(i);
            Batch next = batches.get(i + 1);
            for (int j = 0; j < now.size(); j++) {
                assertEquals(now.y(j, now.targetLen() - 1), next.x(j, 0), "batch " + i + " row " + j);
            }
        }
    }

    @Test
    void sequenceLengthIsAParameter() {
        LmData data = LmData.of(DataKind.SEQUENCE_GROUPED, 32, 8);
        // 63095 tokens -> range(0, 63086, 8) = 7886 samples; cut 6308 / 1578; m = 197 / 49
        assertEquals(197, data.train().size());
        assertEquals(49, data.valid().size());
        assertEquals(8, data.train().get(0).seqLen());
    }

    @Test
    void threeTokenKindsIgnoreSl() {
        assertEquals(262, LmData.of(DataKind.THREE_TOKEN, 64, 0).train().size());
    }

    @Test
    void validationStartTokensMatchTheSplits() {
        assertEquals(50472, LmData.validStartToken(DataKind.THREE_TOKEN, 16));
        assertEquals(50472, LmData.validStartToken(DataKind.THREE_TOKEN_GROUPED, 16));
        assertEquals(50464, LmData.validStartToken(DataKind.SEQUENCE_GROUPED, 16));
    }

    @Test
    void rejectsBatchSizeBelowOneNamingBs() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> LmData.of(DataKind.THREE_TOKEN, 0, 16));
        assertTrue(e.getMessage().startsWith("bs must be >= 1"), e.getMessage());
    }

    @Test
    void rejectsSequenceLengthBelowOneNamingSl() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> LmData.of(DataKind.SEQUENCE_GROUPED, 64, 0));
        assertTrue(e.getMessage().startsWith("sl must be >= 1"), e.getMessage());
    }

    @Test
    void rejectsBatchSizeThatLeavesALoaderEmpty() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> LmData.of(DataKind.SEQUENCE_GROUPED, 790, 16));
        assertTrue(e.getMessage().startsWith("bs must be in [1, 789]"), e.getMessage());
    }
}
