package io.unrolled.trace;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of a {@link SentenceTrace}, the data behind the unrolled diagram that the
 * {@code trace} command and the view's Export write:
 * <pre>
 * model          the rung id, e.g. "lm6"
 * vocab          the V words in id order
 * words          the input words the rung read
 * predictions    [{"after": t, "probs": [V numbers in vocab order], "target": the true next word or null}]
 * layers         one object per layer, bottom first, mapping a name to a T×H array: "h" always;
 *                "c", "i", "f", "g", "o" for an LSTM (PyTorch's gate meanings); "r", "z", "n" for a GRU
 * gradient_flow  T numbers: the L2 norm of d log p(most likely next word after the last input) / d E[x_t]
 *                (after word {@code gradient_flow_after} instead, when the caller names one: {@code trace --at})
 * gradient_flow_after  only then: the word (0-based, as predictions[].after) whose prediction gradient_flow is for
 * weights        which weights were traced, e.g. "before training"
 * </pre>
 * {@code target} and {@code weights} go beyond what the issue asked for; a reader may ignore them.
 */
public final class SentenceTraceJson {

    private SentenceTraceJson() {
    }

    public static String write(SentenceTrace trace) {
        try {
            return JSON.std.with(JSON.Feature.PRETTY_PRINT_OUTPUT).asString(toMap(trace));
        } catch (IOException e) {
            throw new UncheckedIOException(e);   // writing to a string does no I/O
        }
    }

    public static void write(SentenceTrace trace, Path file) throws IOException {
        Files.writeString(file, write(trace));
    }

    /**
     * As {@link #write(SentenceTrace, Path)}, for a trace whose gradient flow is that of the prediction
     * after word {@code flowAfter} (−1: the last, and the key is left out).
     */
    public static void write(SentenceTrace trace, int flowAfter, Path file) throws IOException {
        Files.writeString(file, JSON.std.with(JSON.Feature.PRETTY_PRINT_OUTPUT).asString(toMap(trace, flowAfter)));
    }

    /** {@link #toMap(SentenceTrace)} with {@code gradient_flow_after} after the flow when {@code flowAfter} ≥ 0. */
    static Map<String, Object> toMap(SentenceTrace trace, int flowAfter) {
        Map<String, Object> m = toMap(trace);
        if (flowAfter >= 0) {
            Map<String, Object> ordered = new LinkedHashMap<>();
            m.forEach((k, v) -> {
                ordered.put(k, v);
                if (k.equals("gradient_flow")) {
                    ordered.put("gradient_flow_after", flowAfter);
                }
            });
            m = ordered;
        }
        return m;
    }

    static Map<String, Object> toMap(SentenceTrace trace) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<String> vocab = trace.vocab();
        m.put("model", trace.model());
        m.put("vocab", vocab);
        List<String> words = new ArrayList<>();
        for (int w : trace.words()) {
            words.add(vocab.get(w));
        }
        m.put("words", words);
        List<Object> predictions = new ArrayList<>();
        for (Prediction p : trace.predictions()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("after", p.after());
            one.put("probs", numbers(p.probs(), 0, p.probs().length));
            one.put("target", p.hasTarget() ? vocab.get(p.target()) : null);
            predictions.add(one);
        }
        m.put("predictions", predictions);
        List<Object> layers = new ArrayList<>();
        for (LayerTrace layer : trace.layers()) {
            layers.add(layerMap(layer));
        }
        m.put("layers", layers);
        m.put("gradient_flow", numbers(trace.gradientFlow(), 0, trace.gradientFlow().length));
        m.put("weights", trace.weights());
        return m;
    }

    private static Map<String, Object> layerMap(LayerTrace layer) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("h", steps(layer, layer.h()));
        if (layer instanceof LstmLayerTrace s) {
            m.put("c", steps(layer, s.c()));
            m.put("i", steps(layer, s.i()));
            m.put("f", steps(layer, s.f()));
            m.put("g", steps(layer, s.g()));
            m.put("o", steps(layer, s.o()));
        } else if (layer instanceof GruLayerTrace g) {
            m.put("r", steps(layer, g.r()));
            m.put("z", steps(layer, g.z()));
            m.put("n", steps(layer, g.n()));
        }
        return m;
    }

    /** A (T, H) row-major array as T lists of H numbers. */
    private static List<Object> steps(LayerTrace layer, float[] a) {
        List<Object> rows = new ArrayList<>();
        for (int t = 0; t < layer.steps(); t++) {
            rows.add(numbers(a, t * layer.hidden(), layer.hidden()));
        }
        return rows;
    }

    /** Floats stay floats, so the file shows 0.1234567 rather than the double nearest to it. */
    private static List<Float> numbers(float[] a, int from, int count) {
        List<Float> out = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            out.add(a[from + k]);
        }
        return out;
    }
}
