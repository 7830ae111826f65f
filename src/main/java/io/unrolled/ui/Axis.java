package io.unrolled.ui;

import java.util.ArrayList;
import java.util.List;

/** A linear axis of a {@link LiveChart}: from data values to pixels, with round tick values. */
record Axis(double min, double max, double fromPx, double toPx) {
    /** The pixel for {@code v}, held inside the axis so a value off the scale sits on its edge. */
    double map(double v) {
        double px = fromPx + (v - min) / (max - min) * (toPx - fromPx);
        return Math.max(Math.min(fromPx, toPx), Math.min(Math.max(fromPx, toPx), px));
    }

    double[] mapAll(double[] vs) {
        double[] out = new double[vs.length];
        for (int i = 0; i < vs.length; i++) {
            out[i] = map(vs[i]);
        }
        return out;
    }

    /** The data value under pixel {@code px}. */
    double valueAt(double px) {
        return min + (px - fromPx) / (toPx - fromPx) * (max - min);
    }

    /** Round values at least {@code minGapPx} apart on screen. */
    double[] ticks(double minGapPx) {
        return ticks(minGapPx, 0);
    }

    /** As {@link #ticks(double)}, never closer than {@code minStep}: 1 for a count such as epochs, which has no 0.5. */
    double[] ticks(double minGapPx, double minStep) {
        double span = max - min;
        double count = Math.max(2, Math.min(10, Math.abs(toPx - fromPx) / minGapPx));
        double raw = span / count;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = Math.max(minStep,
                raw / mag < 1.5 ? mag : raw / mag < 3.5 ? 2 * mag : raw / mag < 7.5 ? 5 * mag : 10 * mag);
        List<Double> out = new ArrayList<>();
        for (double v = Math.ceil(min / step) * step; v <= max + 1e-9 * span; v += step) {
            out.add(Math.abs(v) < 1e-12 * span ? 0 : v);
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    static String label(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e6) {
            return String.valueOf((long) v);
        }
        return new java.math.BigDecimal(String.format("%.3g", v)).stripTrailingZeros().toPlainString();
    }
}
