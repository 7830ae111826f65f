package io.unrolled.data;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** How far a typed word is from the words it may have meant, for "did you mean …?" hints. */
public final class Spelling {

    /** Beyond this many edits a guess helps less than the whole list of words. */
    static final int MAX_EDITS = 2;

    private Spelling() {
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
    public static int edits(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                if (i == 0 || j == 0) {
                    d[i][j] = i + j;
                    continue;
                }
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /**
     * The words of {@code known} closest to {@code typed} (case forgiven), all at the same fewest
     * edits, in the order of {@code known}; empty when none is within {@value #MAX_EDITS} edits.
     */
    public static List<String> closest(String typed, Collection<String> known) {
        String t = typed.toLowerCase(Locale.ROOT);
        int best = known.stream().mapToInt(w -> edits(t, w)).min().orElse(Integer.MAX_VALUE);
        if (best > MAX_EDITS) {
            return List.of();
        }
        return known.stream().filter(w -> edits(t, w) == best).toList();
    }

    /** " Did you mean twelve?" (or "twelve or twenty?"), with a leading space; empty when nothing is close. */
    public static String didYouMean(String typed, Collection<String> known) {
        List<String> near = closest(typed, known);
        if (near.isEmpty()) {
            return "";
        }
        String last = near.get(near.size() - 1);
        String list = near.size() == 1 ? last : String.join(", ", near.subList(0, near.size() - 1)) + " or " + last;
        return " Did you mean " + list + "?";
    }
}
