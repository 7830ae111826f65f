package io.unrolled.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LimitsTest {

    @Test
    void rangesAreWordedForPeople() {
        assertEquals("a whole number from 1 to 1000", Limits.EPOCHS.describe());
        assertEquals("a whole number 0 or more", Limits.SEED.describe());
        assertEquals("a number more than 0 and at most 10", Limits.LR.describe());
        assertEquals("a number from 0 to 1", Limits.WD.describe());
        assertEquals("a number 0 or more and less than 1", Limits.DROPOUT.describe());
        assertEquals("a number 0 or more", Limits.SECONDS.describe());
    }

    @Test
    void typedValuesAreReadOrRefusedWithTheRange() throws Exception {
        assertEquals(15, Limits.EPOCHS.parseInt(" 15 "));
        assertEquals(0.01, Limits.LR.parse("0.01"));
        assertEquals("must be a whole number from 1 to 1000, got 'three'",
                assertThrows(Limits.Refused.class, () -> Limits.EPOCHS.parse("three")).getMessage());
        assertEquals("must be a whole number from 1 to 1000, got 1001",
                assertThrows(Limits.Refused.class, () -> Limits.EPOCHS.parse("1001")).getMessage());
        assertEquals("must be a number more than 0 and at most 10, got NaN",
                assertThrows(Limits.Refused.class, () -> Limits.LR.parse("NaN")).getMessage());
        assertEquals("must be a number more than 0 and at most 10, got 0",
                assertThrows(Limits.Refused.class, () -> Limits.LR.parse("0")).getMessage());
    }

    @Test
    void generationTakesATemperatureAboveZeroAndAWordCountTheGeneratorAllows() throws Exception {
        assertEquals("a number from 0.01 to 100", Limits.TEMPERATURE.describe());
        assertEquals(0.5, Limits.TEMPERATURE.parse("0.5"));
        for (String bad : new String[] {"0", "-0.5", "NaN", "Infinity", "100.5"}) {
            assertThrows(Limits.Refused.class, () -> Limits.TEMPERATURE.parse(bad), bad);
        }
        assertEquals(TextGenerator.MAX_WORDS, Limits.GENERATED_WORDS.max());
        assertEquals("must be a whole number from 1 to 200, got 0",
                assertThrows(Limits.Refused.class, () -> Limits.GENERATED_WORDS.parse("0")).getMessage());
    }

    @Test
    void aNegativeNumberIsNotToldTheUpperEnd() {
        assertEquals("must be a whole number 0 or more, got -1",
                assertThrows(Limits.Refused.class, () -> Limits.SEED.parse("-1")).getMessage());
    }

    @Test
    void aHugeSeedIsCalledTooLargeNotNotAWholeNumber() {
        assertEquals("must be a whole number 0 or more and at most 9223372036854775807, got 99999999999999999999",
                assertThrows(Limits.Refused.class, () -> Limits.SEED.parse("99999999999999999999")).getMessage());
    }

    @Test
    void theTrainersConfigurationUsesTheSameLimits() {
        TrainConfig book = Ladder.recipe(io.unrolled.models.ModelKind.LM4);
        assertEquals("epochs must be a whole number from 1 to 1000, got 1001",
                assertThrows(IllegalArgumentException.class, () -> book.withEpochs(1001)).getMessage());
        assertEquals("lr must be a number more than 0 and at most 10, got 11.0",
                assertThrows(IllegalArgumentException.class, () -> book.withLr(11)).getMessage());
        assertEquals("seed must be a whole number 0 or more, got -1",
                assertThrows(IllegalArgumentException.class, () -> book.withSeed(-1)).getMessage());
        assertEquals("lr must be a number more than 0 and at most 10, got 11.0",
                assertThrows(IllegalArgumentException.class, () -> new LiveHyperParams(book).setLrMax(11)).getMessage());
    }
}
