package io.unrolled.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "Did you mean …?" for a word the model does not know. */
class SpellingTest {

    private static final List<String> VOCAB = Corpus.humanNumbers().vocab().words();

    @Test
    void aSwapOrAWrongLetterCountsAsOneEdit() {
        assertEquals(1, Spelling.edits("twelfe", "twelve"));
        assertEquals(1, Spelling.edits("sveen", "seven"));
        assertEquals(0, Spelling.edits("ten", "ten"));
        assertEquals(3, Spelling.edits("abc", ""));
    }

    @Test
    void theClosestVocabularyWordsAreSuggestedAndCaseIsForgiven() {
        assertEquals(List.of("twelve"), Spelling.closest("Twelfe", VOCAB));
        assertEquals(List.of("five", "fifty", "ninety"), Spelling.closest("fivety", VOCAB));
        assertEquals(" Did you mean twelve?", Spelling.didYouMean("twelfe", VOCAB));
        assertEquals(" Did you mean five, fifty or ninety?", Spelling.didYouMean("fivety", VOCAB));
    }

    @Test
    void aWordFarFromEveryVocabularyWordGetsNoGuess() {
        assertEquals(List.of(), Spelling.closest("zwei", VOCAB));
        assertEquals("", Spelling.didYouMean("elephant", VOCAB));
    }

    @Test
    void typedTextGuessesEachUnknownWordItCan() {
        TypedText t = TypedText.parse("sevn thousand twelfe zwei", Corpus.humanNumbers().vocab());
        assertEquals("\"sevn\": did you mean seven?; \"twelfe\": did you mean twelve?", t.guesses(Corpus.humanNumbers().vocab()));
    }
}
