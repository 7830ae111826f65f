package io.unrolled.data;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * The two text files of the Human Numbers data set ({@code train.txt} and {@code valid.txt}),
 * produced from the spelling rule instead of read from disk.
 *
 * <p>Lines are returned already stripped: the original files end every line with {@code " \n"},
 * which the chapter strips away before joining, so the stripped form is the only one that matters.
 */
public final class HumanNumbers {

    public static final int FIRST = 1;
    public static final int LAST = 9999;
    /** The original data set leaves this one number out of both files. */
    public static final int MISSING = 8000;

    private static final String[] ONES = {
        "", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
        "seventeen", "eighteen", "nineteen"
    };
    private static final String[] TENS = {
        "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"
    };

    // Built once: the lists are immutable and every caller wants the same ones.
    private static final List<String> TRAIN = spell(FIRST, MISSING - 1);
    private static final List<String> VALID = spell(MISSING + 1, LAST);
    private static final List<String> ALL = concat(TRAIN, VALID);

    private HumanNumbers() {
    }

    /**
     * The data set's spelling of {@code n}: lowercase words separated by single spaces, with no
     * "and", no hyphens and no "zero" (e.g. {@code 105 -> "one hundred five"}).
     */
    public static String words(int n) {
        if (n < FIRST || n > LAST) {
            throw new IllegalArgumentException(
                    "n must be in [" + FIRST + ", " + LAST + "], got " + n);
        }
        StringJoiner out = new StringJoiner(" ");
        int thousands = n / 1000;
        int hundreds = n / 100 % 10;
        int rest = n % 100;
        if (thousands > 0) {
            out.add(ONES[thousands]).add("thousand");
        }
        if (hundreds > 0) {
            out.add(ONES[hundreds]).add("hundred");
        }
        if (rest >= 20) {
            out.add(TENS[rest / 10]);
            if (rest % 10 != 0) {
                out.add(ONES[rest % 10]);
            }
        } else if (rest > 0) {
            out.add(ONES[rest]);
        }
        return out.toString();
    }

    /** {@code train.txt}: the numbers 1..7999, one per line. */
    public static List<String> trainLines() {
        return TRAIN;
    }

    /** {@code valid.txt}: the numbers 8001..9999, one per line. */
    public static List<String> validLines() {
        return VALID;
    }

    /** Train lines followed by valid lines (9998 lines), the order the chapter concatenates them in. */
    public static List<String> allLines() {
        return ALL;
    }

    private static List<String> spell(int from, int to) {
        List<String> lines = new ArrayList<>(to - from + 1);
        for (int n = from; n <= to; n++) {
            lines.add(words(n));
        }
        return List.copyOf(lines);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first.size() + second.size());
        all.addAll(first);
        all.addAll(second);
        return List.copyOf(all);
    }
}
