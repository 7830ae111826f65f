package io.unrolled.trace;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link SentenceTrace}'s JSON (see {@link SentenceTraceJson}) with one more key, {@code train_mode},
 * holding a {@link DropoutTrace}:
 * <pre>
 * p            the dropout probability
 * seed         the seed the mask was drawn from
 * alpha, beta  the weights the trainer puts on AR and TAR
 * mask         T×H: 0 for a dropped unit, 1/(1−p) for a kept one
 * raw          T×H: the top layer's output before dropout (TAR's input)
 * dropped      T×H: raw ⊙ mask (AR's input)
 * ar           T numbers: mean over units of dropped_t²
 * tar          T numbers: mean over units of (raw_t − raw_{t−1})²; null at t = 0 (no earlier step in the sequence)
 * ar_penalty   mean of ar: fastai's AR before α
 * tar_penalty  mean of tar over t ≥ 1: fastai's TAR before β
 * weights      which weights the pass used
 * </pre>
 */
public final class DropoutTraceJson {

    private DropoutTraceJson() {
    }

    public static void write(SentenceTrace trace, DropoutTrace dropout, Path file) throws IOException {
        write(trace, -1, dropout, file);
    }

    /** As {@link SentenceTraceJson#write(SentenceTrace, int, Path)}, with the train-mode pass added. */
    public static void write(SentenceTrace trace, int flowAfter, DropoutTrace dropout, Path file) throws IOException {
        Map<String, Object> m = SentenceTraceJson.toMap(trace, flowAfter);
        m.put("train_mode", toMap(dropout));
        Files.writeString(file, JSON.std.with(JSON.Feature.PRETTY_PRINT_OUTPUT).asString(m));
    }

    static Map<String, Object> toMap(DropoutTrace d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("p", d.p());
        m.put("seed", d.seed());
        m.put("alpha", d.alpha());
        m.put("beta", d.beta());
        m.put("mask", steps(d, d.mask()));
        m.put("raw", steps(d, d.raw()));
        m.put("dropped", steps(d, d.dropped()));
        List<Double> ar = new ArrayList<>();
        List<Double> tar = new ArrayList<>();
        for (int t = 0; t < d.steps(); t++) {
            ar.add(d.ar()[t]);
            tar.add(Double.isNaN(d.tar()[t]) ? null : d.tar()[t]);
        }
        m.put("ar", ar);
        m.put("tar", tar);
        m.put("ar_penalty", d.arPenalty());
        m.put("tar_penalty", d.tarPenalty());
        m.put("weights", d.weights());
        return m;
    }

    private static List<Object> steps(DropoutTrace d, float[] a) {
        List<Object> rows = new ArrayList<>();
        for (int t = 0; t < d.steps(); t++) {
            List<Float> row = new ArrayList<>(d.hidden());
            for (int u = 0; u < d.hidden(); u++) {
                row.add(a[t * d.hidden() + u]);
            }
            rows.add(row);
        }
        return rows;
    }
}
