package io.unrolled.viz;

import javafx.scene.paint.Color;

/**
 * Maps an activation to a colour. Signed states (tanh, LSTM, GRU) use a diverging scale, blue below
 * zero, grey at zero, orange above, over [−max, max]; ReLU states use a sequential ramp from grey at
 * zero to dark orange at max. The three stops come from CSS; a 256-entry table keeps a repaint cheap.
 */
final class ColourScale {

    private static final int STEPS = 256;
    private final Color[] table = new Color[STEPS];
    private final boolean signed;
    private final double max;

    /**
     * @param low  the colour of −max (signed) or of 0 (sequential)
     * @param mid  the colour of 0 (signed) or of max/2 (sequential)
     * @param high the colour of +max
     */
    ColourScale(boolean signed, double max, Color low, Color mid, Color high) {
        this.signed = signed;
        this.max = max > 0 && Double.isFinite(max) ? max : 1;
        for (int k = 0; k < STEPS; k++) {
            double f = k / (STEPS - 1.0);
            table[k] = f < 0.5 ? low.interpolate(mid, f * 2) : mid.interpolate(high, f * 2 - 1);
        }
    }

    boolean signed() {
        return signed;
    }

    /** The value at the ends of the scale: ±max (signed) or 0 and max. */
    double max() {
        return max;
    }

    /** The lowest value the scale shows: −max or 0. */
    double min() {
        return signed ? -max : 0;
    }

    /** Where {@code v} falls on the scale, 0..1, clipped. */
    double position(double v) {
        double f = signed ? (v / max + 1) / 2 : v / max;
        return Math.max(0, Math.min(1, f));
    }

    Color colour(double v) {
        return table[(int) Math.round(position(v) * (STEPS - 1))];
    }

    /** Whether {@code v} lies beyond the scale's end (drawn with an overflow mark). */
    boolean clipped(double v) {
        return Math.abs(v) > max * 1.0001 || (!signed && v < 0);
    }
}
