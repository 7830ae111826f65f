package io.unrolled.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class VocabTest {

    private final Vocab small = Vocab.fromTokens(List.of("b", "a", "b", "c", "a"));

    @Test
    void numbersWordsInOrderOfFirstAppearance() {
        assertEquals(List.of("b", "a", "c"), small.words());
        assertEquals(3, small.size());
        assertEquals(0, small.index("b"));
        assertEquals(2, small.index("c"));
        assertEquals("a", small.word(1));
    }

    @Test
    void unknownWordHasNoIndex() {
        assertEquals(OptionalInt.empty(), small.indexOf("zebra"));
        assertEquals(OptionalInt.of(1), small.indexOf("a"));
    }

    @Test
    void indexOfUnknownWordThrowsNamingTheWordAndVocabularySize() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> small.index("zebra"));
        assertTrue(e.getMessage().contains("'zebra' is not one of the 3 words"), e.getMessage());
    }

    @Test
    void wordOfOutOfRangeIdThrowsNamingTheRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> small.word(3));
        assertTrue(e.getMessage().contains("id must be in [0, 2]"), e.getMessage());
    }

    @Test
    void wordsCannotBeModified() {
        assertThrows(UnsupportedOperationException.class, () -> small.words().add("d"));
    }

    @Test
    void decodesIdsBackToText() {
        assertEquals("c a b", small.decode(2, 1, 0));
    }
}
