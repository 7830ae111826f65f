package io.unrolled.data;

import java.util.ArrayList;
import java.util.List;

/**
 * The validation text as sentences to trace: stretch k is {@code length} words that start right
 * after the k-th line separator of the validation text, so every stretch begins with a whole number.
 * No rung trained on these words.
 */
public final class ValidationText {

    /** The book's sequence length: the default stretch is what LMModel4 onward read in one batch row. */
    public static final int DEFAULT_LENGTH = 16;

    /**
     * The first token that is validation text for every rung: the three-token rungs' cut, which lies
     * after the 16-token rungs' (see {@link LmData#validStartToken}).
     */
    public static final int FIRST_TOKEN = Math.max(LmData.validStartToken(DataKind.THREE_TOKEN, DEFAULT_LENGTH),
            LmData.validStartToken(DataKind.SEQUENCE_GROUPED, DEFAULT_LENGTH));

    /**
     * One stretch of the validation text.
     *
     * @param index  k, counted from 0
     * @param start  position of its first word in the Human Numbers token stream
     * @param words  the words
     * @param next   the word that follows the stretch in the text
     */
    public record Stretch(int index, int start, List<String> words, String next) {

        public Stretch {
            words = List.copyOf(words);
        }
    }

    private final Corpus corpus;
    private final List<Integer> starts;   // token positions right after each separator of the validation text
    private final int length;

    private ValidationText(Corpus corpus, int length) {
        this.corpus = corpus;
        List<Integer> s = new ArrayList<>();
        for (int p = FIRST_TOKEN; p + length < corpus.length(); p++) {
            if (corpus.tokens().get(p).equals(Corpus.SEPARATOR)) {
                s.add(p + 1);
            }
        }
        this.starts = List.copyOf(s);
        this.length = length;
    }

    /** Human Numbers' validation text cut into stretches of {@code length} words. */
    public static ValidationText of(int length) {
        if (length < 1 || length > 200) {
            throw new IllegalArgumentException("a stretch must be 1 to 200 words long, got " + length);
        }
        return new ValidationText(Corpus.humanNumbers(), length);
    }

    /** How many stretches there are. */
    public int count() {
        return starts.size();
    }

    public int length() {
        return length;
    }

    /** Stretch k, for k in [0, count). */
    public Stretch stretch(int k) {
        if (k < 0 || k >= starts.size()) {
            throw new IllegalArgumentException("stretch must be in [0, " + (starts.size() - 1) + "], got " + k);
        }
        int start = starts.get(k);
        return new Stretch(k, start, corpus.tokens().subList(start, start + length), corpus.tokens().get(start + length));
    }
}
