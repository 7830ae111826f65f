package io.unrolled.data;

import java.util.List;

/** A train/valid division of a list, in order: the chapter splits by position, never at random. */
public record Split<T>(List<T> train, List<T> valid) {

    public Split {
        train = List.copyOf(train);
        valid = List.copyOf(valid);
    }

    /**
     * The first {@code (int) (trainFraction * size)} items train, the rest validate. Truncating the
     * product (rather than rounding) is what Python's {@code int(0.8 * len(seqs))} does.
     */
    public static <T> Split<T> cut(List<T> items, double trainFraction) {
        if (!(trainFraction > 0.0 && trainFraction < 1.0)) {
            throw new IllegalArgumentException(
                    "trainFraction must be in the open interval (0, 1), got " + trainFraction);
        }
        int cut = (int) (trainFraction * items.size());
        return new Split<>(items.subList(0, cut), items.subList(cut, items.size()));
    }
}
