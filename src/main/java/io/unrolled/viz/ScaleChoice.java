package io.unrolled.viz;

import io.unrolled.trace.LayerTrace;
import io.unrolled.trace.SentenceTrace;
import java.util.ArrayList;
import java.util.List;

/**
 * Picks each layer's colour scale: ReLU states (h ≥ 0) get the sequential ramp up to the largest value
 * in the sentence; tanh, LSTM and GRU states (−1 < h < 1) the diverging scale over their whole range,
 * so the same colour means the same number at every step and in every layer.
 */
final class ScaleChoice {

    private ScaleChoice() {
    }

    static List<ColourScale> forTrace(SentenceTrace trace, RungShape rung, DiagramStyle s) {
        return forTrace(trace, ColourRange.FIXED, s);
    }

    /**
     * Each layer's scale over the chosen range. FIXED is −1…1 for a tanh-like state, which never leaves
     * it, and 0…1 for a ReLU state, which has no top: its larger values are clipped to the end colour
     * and marked ({@link OverflowMarks}), and a colour means the same number from one trace to the next.
     */
    static List<ColourScale> forTrace(SentenceTrace trace, ColourRange range, DiagramStyle s) {
        boolean signed = !DiagramPane.isRelu(trace);
        double all = 0;
        for (LayerTrace l : trace.layers()) {
            all = Math.max(all, largest(l));
        }
        List<ColourScale> scales = new ArrayList<>();
        for (LayerTrace l : trace.layers()) {
            double max = switch (range) {
                case FIXED -> 1;
                case LAYER -> largest(l);
                case EVERYTHING -> all;
            };
            scales.add(signed
                    ? new ColourScale(true, max, s.negative.getValue(), s.zero.getValue(), s.positive.getValue())
                    : new ColourScale(false, max, s.zero.getValue(), s.reluMid.getValue(), s.reluHigh.getValue()));
        }
        return scales;
    }

    /** The largest |h| of a layer over the sentence. */
    static double largest(LayerTrace l) {
        double max = 0;
        for (float v : l.h()) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }
}
