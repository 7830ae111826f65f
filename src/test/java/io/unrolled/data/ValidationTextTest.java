package io.unrolled.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ValidationTextTest {

    private static final Corpus CORPUS = Corpus.humanNumbers();

    @Test
    void stretchesLieInEveryRungsValidationTextAndStartWithANumber() {
        ValidationText v = ValidationText.of(16);
        assertTrue(ValidationText.FIRST_TOKEN >= LmData.validStartToken(DataKind.THREE_TOKEN, 16));
        assertTrue(ValidationText.FIRST_TOKEN >= LmData.validStartToken(DataKind.SEQUENCE_GROUPED, 16));
        ValidationText.Stretch first = v.stretch(0);
        assertTrue(first.start() > ValidationText.FIRST_TOKEN);
        assertEquals(Corpus.SEPARATOR, CORPUS.tokens().get(first.start() - 1), "a stretch starts after a line's end");
        assertEquals(16, first.words().size());
        assertEquals(CORPUS.tokens().subList(first.start(), first.start() + 16), first.words());
        assertEquals(CORPUS.tokens().get(first.start() + 16), first.next());
    }

    @Test
    void stretchKIsTheKthLineOfTheValidationText() {
        ValidationText v = ValidationText.of(16);
        ValidationText.Stretch a = v.stretch(0);
        ValidationText.Stretch b = v.stretch(1);
        assertNotEquals(a.start(), b.start());
        assertEquals(a.start() + a.words().indexOf(Corpus.SEPARATOR) + 1, b.start(), "the next stretch starts at the next line");
        ValidationText.Stretch last = v.stretch(v.count() - 1);
        assertTrue(last.start() + 16 < CORPUS.length(), "the last stretch still has a next word");
        var e = assertThrows(IllegalArgumentException.class, () -> v.stretch(v.count()));
        assertEquals("stretch must be in [0, " + (v.count() - 1) + "], got " + v.count(), e.getMessage());
    }
}
