package io.unrolled.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Long number words break over two lines where a reader would break them; short or awkward ones stay whole. */
class WordBreakTest {

    @Test
    void theLongWordsOfHumanNumbersBreakBetweenTheirSyllables() {
        Map<String, String> expected = Map.ofEntries(Map.entry("seventeen", "seven|teen"), Map.entry("thousand", "thou|sand"),
                Map.entry("hundred", "hun|dred"), Map.entry("eighteen", "eigh|teen"), Map.entry("nineteen", "nine|teen"),
                Map.entry("thirteen", "thir|teen"), Map.entry("fourteen", "four|teen"), Map.entry("fifteen", "fif|teen"),
                Map.entry("sixteen", "six|teen"), Map.entry("seventy", "seven|ty"), Map.entry("twenty", "twen|ty"),
                Map.entry("eighty", "eigh|ty"), Map.entry("ninety", "nine|ty"), Map.entry("thirty", "thir|ty"),
                Map.entry("forty", "for|ty"), Map.entry("eleven", "ele|ven"));
        expected.forEach((word, split) -> assertEquals(split, String.join("|", WordBreak.lines(word)), word));
    }

    @Test
    void shortWordsAndWordsWithoutAGoodBreakStayWhole() {
        for (String word : new String[] {".", "one", "four", "three", "eight", "twelve"}) {
            assertEquals(1, WordBreak.lines(word).length, word);
        }
    }
}
