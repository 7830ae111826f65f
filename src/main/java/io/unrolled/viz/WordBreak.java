package io.unrolled.viz;

import java.util.Set;

/**
 * Where a long word breaks over two lines when its column is too narrow for it on one ("seven|teen",
 * "thou|sand", "hun|dred"): between two consonants near the middle that do not belong together (not
 * "gh", "th", nor "dr", "tr"), else before a consonant between vowels, else nowhere. Both parts keep
 * at least two letters and a vowel, so no line is a stray "ve".
 */
final class WordBreak {

    /** Consonant pairs read as one sound, or that start a syllable together: never split. */
    private static final Set<String> TOGETHER = Set.of("ch", "gh", "ph", "sh", "th", "wh", "ck", "qu",
            "br", "cr", "dr", "fr", "gr", "pr", "tr", "bl", "cl", "fl", "gl", "pl", "sl");
    /** How far from the middle a split between two consonants may fall. */
    private static final double REACH = 1.5;

    private WordBreak() {
    }

    /** The word's two lines, or the word alone when it has no good place to break. */
    static String[] lines(String word) {
        int n = word.length();
        if (n < 5) {
            return new String[] {word};
        }
        double middle = n / 2.0;
        int best = -1;
        for (int i = 2; i <= n - 2; i++) {
            boolean consonants = consonant(word, i - 1) && consonant(word, i)
                    && !TOGETHER.contains(word.substring(i - 1, i + 1).toLowerCase(java.util.Locale.ROOT));
            if (consonants && Math.abs(i - middle) <= REACH && fair(word, i)
                    && (best < 0 || Math.abs(i - middle) <= Math.abs(best - middle))) {
                best = i;
            }
        }
        if (best < 0) {
            for (int i = 2; i <= n - 2; i++) {
                boolean between = !consonant(word, i - 1) && consonant(word, i) && !consonant(word, i + 1);
                if (between && fair(word, i) && (best < 0 || Math.abs(i - middle) <= Math.abs(best - middle))) {
                    best = i;   // on a tie the later break: "nine|ty", not "ni|nety"
                }
            }
        }
        return best < 0 ? new String[] {word} : new String[] {word.substring(0, best), word.substring(best)};
    }

    /** Both parts hold a vowel (a final e alone does not count). */
    private static boolean fair(String word, int at) {
        return hasVowel(word, 0, at) && hasVowel(word, at, word.endsWith("e") ? word.length() - 1 : word.length());
    }

    private static boolean hasVowel(String word, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!consonant(word, k)) {
                return true;
            }
        }
        return false;
    }

    /** y is a vowel after the first letter ("twenty"), a consonant at the start ("yes"). */
    private static boolean consonant(String word, int k) {
        char c = Character.toLowerCase(word.charAt(k));
        if (c == 'y') {
            return k == 0;
        }
        return Character.isLetter(c) && "aeiou".indexOf(c) < 0;
    }
}
