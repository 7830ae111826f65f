package io.unrolled.train;

import java.util.List;
import java.util.OptionalDouble;

/**
 * Seconds per epoch the way {@code bench} reports them: the first epoch is the JIT's warm-up and is
 * left out, and the median of the rest resists the odd slow epoch on a busy machine. The window's
 * {@code --frame-stats} uses the same figure so the two can be compared.
 */
public final class EpochTiming {

    private EpochTiming() {
    }

    /** The epoch times after the first, sorted ascending. */
    public static double[] afterWarmUp(List<EpochResult> epochs) {
        return epochs.stream().skip(1).mapToDouble(EpochResult::seconds).sorted().toArray();
    }

    /** The median of {@link #afterWarmUp}, or empty when there were fewer than two epochs. */
    public static OptionalDouble medianAfterWarmUp(List<EpochResult> epochs) {
        return median(afterWarmUp(epochs));
    }

    /** The median of values sorted ascending, or empty when there are none. */
    public static OptionalDouble median(double[] s) {
        if (s.length == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2);
    }
}
