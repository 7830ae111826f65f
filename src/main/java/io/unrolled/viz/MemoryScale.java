package io.unrolled.viz;

import io.unrolled.trace.MemoryTrace;

/**
 * The log scale of the Memory view: from a whole decade at or above the largest gradient norm of the
 * traces shown (every prediction of both models, so one colour and one bar height mean one number at
 * every step and on both sides) down as many decades as the smallest non-zero norm needs, within
 * {@value #MIN_DECADES} to {@value #MAX_DECADES}.
 */
record MemoryScale(int topExponent, int decades) {

    static final int MIN_DECADES = 3;
    static final int MAX_DECADES = 9;

    static MemoryScale of(MemoryTrace... traces) {
        double top = 0;
        double least = Double.POSITIVE_INFINITY;
        for (MemoryTrace m : traces) {
            if (m == null) {
                continue;
            }
            for (float[] row : m.flow()) {
                for (float v : row) {
                    if (v > 0) {
                        top = Math.max(top, v);
                        least = Math.min(least, v);
                    }
                }
            }
        }
        if (top <= 0) {
            return new MemoryScale(0, MIN_DECADES);
        }
        int exponent = (int) Math.ceil(Math.log10(top) - 1e-9);
        int decades = (int) Math.ceil(exponent - Math.log10(least) - 1e-9);
        return new MemoryScale(exponent, Math.max(MIN_DECADES, Math.min(MAX_DECADES, decades)));
    }

    /** Where {@code v} falls, 0 (the floor, or below it) to 1 (the top). */
    double position(double v) {
        if (!(v > 0)) {
            return 0;
        }
        return Math.max(0, Math.min(1, (Math.log10(v) - (topExponent - decades)) / decades));
    }

    /** Whether {@code v} is non-zero but below the scale's floor. */
    boolean belowFloor(double v) {
        return v > 0 && Math.log10(v) < topExponent - decades;
    }

    /** The label of decade {@code k} from the floor (0) to the top ({@code decades}): "1e-3". */
    String label(int k) {
        return "1e" + (topExponent - decades + k);
    }
}
