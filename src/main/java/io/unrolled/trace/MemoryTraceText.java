package io.unrolled.trace;

import java.util.ArrayList;
import java.util.List;

/** One prediction's gradient flow as plain text for {@code trace --at}: one line per word read, its norm and a bar on a log scale. */
public final class MemoryTraceText {

    /** The bar's longest length, in characters. */
    private static final int BAR = 30;
    /** Decades the bar spans below the largest norm: smaller ones get no bar. */
    private static final int DECADES = 6;

    private MemoryTraceText() {
    }

    public static List<String> lines(MemoryTrace m, int p) {
        int a = m.after()[p];
        float[] flow = m.flow()[p];
        int width = "word".length();
        for (int t = 0; t < m.steps(); t++) {
            width = Math.max(width, m.word(t).length());
        }
        float largest = 0;
        for (float f : flow) {
            largest = Math.max(largest, f);
        }
        List<String> out = new ArrayList<>();
        out.add("");
        out.add("gradient flow for the prediction after word " + a + " \"" + m.word(a) + "\" (most likely next word: \""
                + m.vocab().get(m.predicted()[p]) + "\"): |d log p / d embedding| per word, bar on a log scale over "
                + DECADES + " decades");
        out.add(String.format("%3s  %-" + width + "s  %s", "t", "word", "flow"));
        for (int t = 0; t < m.steps(); t++) {
            String bar;
            if (t > a) {
                bar = "(after the prediction)";
            } else if (flow[t] == 0) {
                bar = "(no gradient reaches it)";
            } else {
                double decades = Math.log10(largest / flow[t]);
                bar = "#".repeat((int) Math.max(0, Math.round(BAR * (1 - decades / DECADES))));
            }
            out.add(String.format("%3d  %-" + width + "s  %-10.3e  %s", t, m.word(t), flow[t], bar).stripTrailing());
        }
        return out;
    }
}
