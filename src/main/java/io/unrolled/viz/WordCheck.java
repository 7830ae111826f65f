package io.unrolled.viz;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a sentence a user typed: forgives case and extra spaces, and finds the words the model does
 * not know, so that the bar can mark them where they stand.
 *
 * @param words   the words, lower-cased, in order
 * @param unknown the positions of words outside the vocabulary
 */
record WordCheck(List<String> words, List<Integer> unknown) {

    WordCheck {
        words = List.copyOf(words);
        unknown = List.copyOf(unknown);
    }

    static WordCheck of(String text, List<String> vocabulary) {
        List<String> words = new ArrayList<>();
        List<Integer> unknown = new ArrayList<>();
        for (String w : text.trim().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (w.isEmpty()) {
                continue;
            }
            if (!vocabulary.contains(w)) {
                unknown.add(words.size());
            }
            words.add(w);
        }
        return new WordCheck(words, unknown);
    }

    boolean ok() {
        return !words.isEmpty() && unknown.isEmpty();
    }

    /** The text with word {@code position} replaced by {@code replacement}. */
    String replaced(int position, String replacement) {
        List<String> copy = new ArrayList<>(words);
        copy.set(position, replacement);
        return String.join(" ", copy);
    }
}
