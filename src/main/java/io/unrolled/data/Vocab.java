package io.unrolled.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.StringJoiner;

/** An immutable mapping between words and token ids, ids given in order of first appearance. */
public final class Vocab {

    private final List<String> words;
    private final Map<String, Integer> ids;

    private Vocab(List<String> words, Map<String, Integer> ids) {
        this.words = words;
        this.ids = ids;
    }

    /**
     * Builds the vocabulary the way the chapter does ({@code L(*tokens).unique()}): each distinct
     * token gets the next id the first time it is seen, so ids depend on the text's order.
     */
    public static Vocab fromTokens(List<String> tokens) {
        Objects.requireNonNull(tokens, "tokens");
        List<String> words = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        for (String token : tokens) {
            Objects.requireNonNull(token, "tokens must not contain null");
            if (!ids.containsKey(token)) {
                ids.put(token, words.size());
                words.add(token);
            }
        }
        return new Vocab(List.copyOf(words), Map.copyOf(ids));
    }

    public int size() {
        return words.size();
    }

    public String word(int id) {
        if (id < 0 || id >= words.size()) {
            throw new IllegalArgumentException(
                    "id must be in [0, " + (words.size() - 1) + "], got " + id);
        }
        return words.get(id);
    }

    /** All words, position = id; unmodifiable. */
    public List<String> words() {
        return words;
    }

    /** The id of {@code word}, or empty when it is not in the vocabulary (e.g. a typo typed in the UI). */
    public OptionalInt indexOf(String word) {
        Integer id = ids.get(word);
        return id == null ? OptionalInt.empty() : OptionalInt.of(id);
    }

    /** The id of {@code word}; for callers that consider an unknown word a bug. */
    public int index(String word) {
        Integer id = ids.get(word);
        if (id == null) {
            throw new IllegalArgumentException(
                    "'" + word + "' is not one of the " + words.size() + " words of the vocabulary");
        }
        return id;
    }

    public boolean contains(String word) {
        return ids.containsKey(word);
    }

    /** Turns ids back into text, words separated by single spaces (for showing samples). */
    public String decode(int... tokenIds) {
        StringJoiner text = new StringJoiner(" ");
        for (int id : tokenIds) {
            text.add(word(id));
        }
        return text.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Vocab that && words.equals(that.words);
    }

    @Override
    public int hashCode() {
        return words.hashCode();
    }

    @Override
    public String toString() {
        return "Vocab" + words;
    }
}
