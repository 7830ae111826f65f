package io.unrolled.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BatchWeightedMeanTest {

    @Test
    void aShortLastBatchCountsInProportionToItsRowsAsFastaiWeightsIt() {
        BatchWeightedMean mean = new BatchWeightedMean();
        mean.add(2.0, 48, 64, 64);   // a full batch: loss 2, accuracy 0.75
        mean.add(4.0, 4, 16, 16);    // a short last batch: loss 4, accuracy 0.25

        assertEquals((2.0 * 64 + 4.0 * 16) / 80, mean.loss(), 1e-12);
        assertEquals((0.75 * 64 + 0.25 * 16) / 80, mean.accuracy(), 1e-12);
        assertEquals(80, mean.predictions());
    }
}
