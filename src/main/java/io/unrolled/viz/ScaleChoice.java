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
        boolean signed = !DiagramPane.isRelu(trace);
        double max = 0;
        for (LayerTrace l : trace.layers()) {
            for (float v : l.h()) {
                max = Math.max(max, Math.abs(v));
            }
        }
        List<ColourScale> scales = new ArrayList<>();
        for (int l = 0; l < trace.layers().size(); l++) {
            scales.add(signed
                    ? new ColourScale(true, 1, s.negative.getValue(), s.zero.getValue(), s.positive.getValue())
                    : new ColourScale(false, max, s.zero.getValue(), s.reluMid.getValue(), s.reluHigh.getValue()));
        }
        return scales;
    }
}
