package io.unrolled.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TypedTextTest {

    private static final Vocab VOCAB = Corpus.humanNumbers().vocab();

    @Test
    void caseAndExtraSpacesAreForgiven() {
        TypedText t = TypedText.parse("  Seven   THOUSAND three\thundred ", VOCAB);
        assertTrue(t.readable());
        assertNull(t.problem());
        assertEquals(List.of("seven", "thousand", "three", "hundred"), t.words());
        assertArrayEquals(new int[] {VOCAB.index("seven"), VOCAB.index("thousand"), VOCAB.index("three"), VOCAB.index("hundred")}, t.ids());
    }

    @Test
    void aFullStopIsAWordOfItsOwn() {
        TypedText t = TypedText.parse("two.three", VOCAB);
        assertEquals(List.of("two", ".", "three"), t.words());
        assertTrue(t.readable());
    }

    @Test
    void anUnknownWordIsReportedWithItsPlaceAndNothingElseChanges() {
        String text = "seven thousnd three Hundered";
        TypedText t = TypedText.parse(text, VOCAB);
        assertFalse(t.readable());
        assertEquals(4, t.tokens().size(), "every word is kept");
        List<TypedText.Token> bad = t.unknown();
        assertEquals(2, bad.size());
        assertEquals("thousnd", text.substring(bad.get(0).from(), bad.get(0).to()));
        assertEquals("Hundered", text.substring(bad.get(1).from(), bad.get(1).to()));
        assertEquals(VOCAB.index("seven"), t.tokens().get(0).id());
        assertEquals(VOCAB.index("three"), t.tokens().get(2).id());
        assertEquals("\"thousnd\" (word 2), \"Hundered\" (word 4) are not among the 30 words the model knows.", t.problem());
        assertThrows(IllegalArgumentException.class, t::ids);
    }

    @Test
    void emptyTextSaysWhatToType() {
        TypedText t = TypedText.parse("   ", VOCAB);
        assertTrue(t.isEmpty());
        assertFalse(t.readable());
        assertTrue(t.problem().startsWith("Type some words first"), t.problem());
    }
}
