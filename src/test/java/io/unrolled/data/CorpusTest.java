package io.unrolled.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorpusTest {

    private final Corpus corpus = Corpus.humanNumbers();

    @Test
    void humanNumbersHasSixtyThreeThousandNinetyFiveTokens() {
        assertEquals(63095, corpus.tokens().size());
        assertEquals(63095, corpus.length());
    }

    @Test
    void vocabularyIsTheThirtyWordsInFirstAppearanceOrder() {
        List<String> expected = List.of(("one . two three four five six seven eight nine ten eleven"
                + " twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty"
                + " forty fifty sixty seventy eighty ninety hundred thousand").split(" "));
        assertEquals(30, expected.size());
        assertEquals(expected, corpus.vocab().words());
    }

    @Test
    void separatorIsIdOneAndThousandIsIdTwentyNine() {
        assertEquals(1, corpus.vocab().index(Corpus.SEPARATOR));
        assertEquals(29, corpus.vocab().index("thousand"));
    }

    @Test
    void streamStartsWithOneDotTwoDotThree() {
        assertEquals(List.of("one", ".", "two", ".", "three"), corpus.tokens().subList(0, 5));
        assertArrayEquals(new int[] {0, 1, 2, 1, 3}, Arrays.copyOf(corpus.nums(), 5));
    }

    @Test
    void everyIdIsTheVocabularyIndexOfItsToken() {
        int[] nums = corpus.nums();
        for (int i = 0; i < nums.length; i++) {
            assertEquals(corpus.tokens().get(i), corpus.vocab().word(nums[i]), "position " + i);
        }
    }

    @Test
    void threeTokenValidationStartsAtTheSeparatorAfterEightThousandEightyFour() {
        assertEquals("eight thousand eighty four", corpus.text(50468, 50472));
        assertEquals(". eight thousand eighty five", corpus.text(50472, 50477));
    }

    @Test
    void sequenceValidationStartsInsideEightThousandEightyThree() {
        assertEquals("eight", corpus.tokens().get(50463));
        assertEquals("thousand eighty three .", corpus.text(50464, 50468));
    }

    @Test
    void numsAreDefensivelyCopied() {
        int[] source = {0, 1};
        Corpus tiny = new Corpus(List.of("a", "b"), source, Vocab.fromTokens(List.of("a", "b")));
        source[0] = 1;
        tiny.nums()[1] = 0;
        assertArrayEquals(new int[] {0, 1}, tiny.nums());
    }

    @Test
    void rejectsIdsThatDoNotMatchTheirTokens() {
        Vocab vocab = Vocab.fromTokens(List.of("a", "b"));
        assertThrows(IllegalArgumentException.class, () -> new Corpus(List.of("a", "b"), new int[] {1, 0}, vocab));
        assertThrows(IllegalArgumentException.class, () -> new Corpus(List.of("a", "b"), new int[] {0}, vocab));
    }

    @Test
    void humanNumbersIsBuiltOnceAndShared() {
        assertSame(corpus, Corpus.humanNumbers());
    }
}
