package io.unrolled.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HumanNumbersTest {

    @ParameterizedTest
    @CsvSource({
        "1, one",
        "13, thirteen",
        "19, nineteen",
        "20, twenty",
        "21, twenty one",
        "100, one hundred",
        "105, one hundred five",
        "110, one hundred ten",
        "990, nine hundred ninety",
        "1000, one thousand",
        "2019, two thousand nineteen",
        "8001, eight thousand one",
        "9999, nine thousand nine hundred ninety nine"
    })
    void spellsNumbersTheWayTheDataSetDoes(int n, String expected) {
        assertEquals(expected, HumanNumbers.words(n));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 10000})
    void rejectsNumbersOutsideOneToNineThousandNineHundredNinetyNine(int n) {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> HumanNumbers.words(n));
        assertTrue(e.getMessage().contains("n must be in [1, 9999]"), e.getMessage());
    }

    @Test
    void trainHoldsOneToSevenThousandNineHundredNinetyNine() {
        List<String> train = HumanNumbers.trainLines();
        assertEquals(7999, train.size());
        assertEquals("one", train.get(0));
        assertEquals("seven thousand nine hundred ninety nine", train.get(train.size() - 1));
    }

    @Test
    void validSkipsEightThousandAndRunsToNineThousandNineHundredNinetyNine() {
        List<String> valid = HumanNumbers.validLines();
        assertEquals(1999, valid.size());
        assertEquals("eight thousand one", valid.get(0));
        assertEquals("nine thousand nine hundred ninety nine", valid.get(valid.size() - 1));
        assertFalse(valid.contains("eight thousand"));
    }

    @Test
    void allLinesAreTrainThenValid() {
        List<String> all = HumanNumbers.allLines();
        assertEquals(9998, all.size());
        assertEquals("one", all.get(0));
        assertEquals(HumanNumbers.trainLines(), all.subList(0, 7999));
        assertEquals(HumanNumbers.validLines(), all.subList(7999, 9998));
    }

    @Test
    void linesUseOnlySingleSpacedLowercaseWordsWithoutAndHyphenOrZero() {
        for (String line : HumanNumbers.allLines()) {
            assertTrue(line.matches("[a-z]+( [a-z]+)*"), line);
            List<String> words = List.of(line.split(" "));
            assertFalse(words.contains("and") || words.contains("zero"), line);
        }
    }

    @Test
    void linesCannotBeModified() {
        assertThrows(UnsupportedOperationException.class, () -> HumanNumbers.allLines().set(0, "x"));
    }
}
