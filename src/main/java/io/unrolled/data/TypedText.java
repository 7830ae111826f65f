package io.unrolled.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Words a user typed, read against the vocabulary: case and extra spaces are forgiven and a full
 * stop is a word of its own ("Five." reads as "five ."). Nothing is corrected or dropped: each unknown
 * word is kept with its place in the text, so a view can mark it where it stands.
 */
public record TypedText(String text, List<Token> tokens, int vocabularySize) {

    /**
     * One word as typed.
     *
     * @param typed  the characters as typed
     * @param word   the same, lower case
     * @param id     its id in the vocabulary, or −1 when it is not there
     * @param from   index of its first character in the text
     * @param to     index after its last character
     */
    public record Token(String typed, String word, int id, int from, int to) {

        public boolean known() {
            return id >= 0;
        }
    }

    public TypedText {
        tokens = List.copyOf(tokens);
    }

    public static TypedText parse(String text, Vocab vocab) {
        List<Token> out = new ArrayList<>();
        int n = text.length();
        int k = 0;
        while (k < n) {
            char ch = text.charAt(k);
            if (Character.isWhitespace(ch)) {
                k++;
                continue;
            }
            int from = k;
            if (ch == '.') {
                k++;
            } else {
                while (k < n && !Character.isWhitespace(text.charAt(k)) && text.charAt(k) != '.') {
                    k++;
                }
            }
            String typed = text.substring(from, k);
            String word = typed.toLowerCase(Locale.ROOT);
            out.add(new Token(typed, word, vocab.indexOf(word).orElse(-1), from, k));
        }
        return new TypedText(text, out, vocab.size());
    }

    public boolean isEmpty() {
        return tokens.isEmpty();
    }

    /** The words that are not in the vocabulary, in order, each with its position. */
    public List<Token> unknown() {
        return tokens.stream().filter(t -> !t.known()).toList();
    }

    /** Whether every word is known and there is at least one. */
    public boolean readable() {
        return !isEmpty() && unknown().isEmpty();
    }

    /**
     * For each unknown word with a vocabulary word close to it, the guess ("\"twelfe\": did you mean
     * twelve?"), joined by "; "; empty when there is no guess.
     */
    public String guesses(Vocab vocab) {
        return unknown().stream()
                .filter(t -> !Spelling.closest(t.typed(), vocab.words()).isEmpty())
                .map(t -> "\"" + t.typed() + "\":" + Spelling.didYouMean(t.typed(), vocab.words()).replace(" Did", " did"))
                .collect(Collectors.joining("; "));
    }

    /** The words, lower case. */
    public List<String> words() {
        return tokens.stream().map(Token::word).toList();
    }

    /** The word ids; only for a {@link #readable()} text. */
    public int[] ids() {
        if (!readable()) {
            throw new IllegalArgumentException(problem());
        }
        return tokens.stream().mapToInt(Token::id).toArray();
    }

    /** One sentence on what stops the text being read, or null when it can be. */
    public String problem() {
        if (isEmpty()) {
            return "Type some words first, for example \"seven thousand three hundred\".";
        }
        List<Token> bad = unknown();
        if (bad.isEmpty()) {
            return null;
        }
        String list = bad.stream().map(t -> "\"" + t.typed() + "\" (word " + (tokens.indexOf(t) + 1) + ")")
                .collect(Collectors.joining(", "));
        return (bad.size() == 1 ? list + " is not one of the " : list + " are not among the ")
                + vocabularySize + " words the model knows.";
    }
}
