package io.unrolled.trace;

import java.util.ArrayList;
import java.util.List;

/**
 * A trace as plain text for the {@code trace} command: a header naming the rung and its weights, then
 * one line per word read with its top-3 next words and, where the text says, the true next word and
 * whether the model's choice was right.
 */
public final class SentenceTraceText {

    private static final int TOP = 3;

    private SentenceTraceText() {
    }

    public static List<String> lines(SentenceTrace trace) {
        List<String> vocab = trace.vocab();
        int width = "word".length();
        for (int w : trace.words()) {
            width = Math.max(width, vocab.get(w).length());
        }
        List<String> out = new ArrayList<>();
        out.add(trace.modelName() + ", " + trace.weights() + ", eval mode from a zero state");
        out.add(String.format("%3s  %-" + width + "s  %-" + width + "s  %s", "t", "word", "next", "top " + TOP + " predictions"));
        Prediction[] at = new Prediction[trace.steps()];
        for (Prediction p : trace.predictions()) {
            at[p.after()] = p;
        }
        for (int t = 0; t < trace.steps(); t++) {
            Prediction p = at[t];
            String next = p == null || !p.hasTarget() ? (t + 1 < trace.steps() ? vocab.get(trace.words()[t + 1]) : "?")
                    : vocab.get(p.target());
            StringBuilder line = new StringBuilder(String.format("%3d  %-" + width + "s  %-" + width + "s  ",
                    t, vocab.get(trace.words()[t]), next));
            if (p == null) {
                line.append("(no prediction here)");
            } else {
                for (int k = 0; k < TOP && k < p.probs().length; k++) {
                    int w = p.ranked(k);
                    line.append(String.format("%s %.1f %%   ", vocab.get(w), 100 * p.probs()[w]));
                }
                if (p.hasTarget()) {
                    line.append(p.ranked(0) == p.target() ? "right" : "wrong");
                }
            }
            out.add(line.toString().stripTrailing());
        }
        return out;
    }
}
