package io.unrolled.data;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The whole text as one token stream: the tokens, their ids, and the vocabulary that maps them.
 *
 * <p>{@link #nums()} hands out a copy each call; code that walks the stream repeatedly should
 * take it once, or use {@link #num(int)}.
 */
public record Corpus(List<String> tokens, int[] nums, Vocab vocab) {

    /** The token the chapter puts between lines, so a model can learn where a number ends. */
    public static final String SEPARATOR = ".";

    public Corpus {
        tokens = List.copyOf(tokens);
        nums = nums.clone();
        Objects.requireNonNull(vocab, "vocab");
        if (nums.length != tokens.size()) {
            throw new IllegalArgumentException("nums has " + nums.length
                    + " ids but tokens has " + tokens.size() + " tokens; they must match one to one");
        }
        for (int i = 0; i < nums.length; i++) {
            if (nums[i] != vocab.index(tokens.get(i))) {
                throw new IllegalArgumentException("nums[" + i + "] = " + nums[i] + " but token '"
                        + tokens.get(i) + "' has id " + vocab.index(tokens.get(i)));
            }
        }
    }

    /**
     * The chapter's pipeline: join the stripped lines with {@code " . "}, split on single spaces,
     * number the tokens in first-appearance order.
     */
    public static Corpus fromLines(List<String> lines) {
        String text = String.join(" " + SEPARATOR + " ", lines);
        // limit -1 keeps empty strings, which is what Python's str.split(" ") does.
        List<String> tokens = List.of(text.split(" ", -1));
        Vocab vocab = Vocab.fromTokens(tokens);
        int[] nums = new int[tokens.size()];
        for (int i = 0; i < nums.length; i++) {
            nums[i] = vocab.index(tokens.get(i));
        }
        return new Corpus(tokens, nums, vocab);
    }

    /** Human Numbers as the chapter builds it: 63095 tokens over a 30-word vocabulary. */
    public static Corpus humanNumbers() {
        return HumanNumbersHolder.CORPUS;
    }

    @Override
    public int[] nums() {
        return nums.clone();
    }

    public int num(int position) {
        return nums[position];
    }

    public int length() {
        return nums.length;
    }

    /** The words at positions [from, to), joined by spaces; handy for showing where a split falls. */
    public String text(int from, int to) {
        return String.join(" ", tokens.subList(from, to));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Corpus that
                && tokens.equals(that.tokens)
                && Arrays.equals(nums, that.nums)
                && vocab.equals(that.vocab);
    }

    @Override
    public int hashCode() {
        return 31 * tokens.hashCode() + Arrays.hashCode(nums);
    }

    @Override
    public String toString() {
        return "Corpus[" + nums.length + " tokens, " + vocab.size() + " words]";
    }

    // Lazily built on first use and shared: the corpus is immutable.
    private static final class HumanNumbersHolder {
        static final Corpus CORPUS = fromLines(HumanNumbers.allLines());
    }
}
