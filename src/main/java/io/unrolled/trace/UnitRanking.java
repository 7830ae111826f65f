package io.unrolled.trace;

import java.util.Arrays;
import java.util.Comparator;

/**
 * A layer's units ranked by how strongly they respond at one word: the size |v| of one quantity (the
 * LSTM's cell state c, or the output h), largest first. What a class needs to hunt for a unit that
 * fires on "thousand" or at the start of a new number.
 */
public final class UnitRanking {

    /** The quantity a unit is judged by. */
    public enum Quantity {
        /** The LSTM's cell state c_t (LSTM layers only). */
        C,
        /** The layer's output h_t. */
        H
    }

    private UnitRanking() {
    }

    /** The H values of {@code q} at step {@code t}, (H). */
    public static float[] values(LayerTrace layer, Quantity q, int t) {
        if (q == Quantity.C && !(layer instanceof LstmLayerTrace)) {
            throw new IllegalArgumentException("only an LSTM layer has a cell state c");
        }
        float[] out = new float[layer.hidden()];
        for (int u = 0; u < out.length; u++) {
            out[u] = q == Quantity.C ? ((LstmLayerTrace) layer).c(t, u) : layer.h(t, u);
        }
        return out;
    }

    /** Every unit, by |value| from the largest; equal sizes keep unit order, a NaN (a diverged model) comes last. */
    public static int[] byStrength(float[] values) {
        Integer[] units = new Integer[values.length];
        for (int u = 0; u < units.length; u++) {
            units[u] = u;
        }
        Arrays.sort(units, Comparator.comparingDouble((Integer u) -> strength(values[u])).reversed());
        return Arrays.stream(units).mapToInt(Integer::intValue).toArray();
    }

    /** The {@code n} units that respond most strongly to the word at step {@code t} (fewer when the layer is narrower). */
    public static int[] strongest(LayerTrace layer, Quantity q, int t, int n) {
        int[] all = byStrength(values(layer, q, t));
        return Arrays.copyOf(all, Math.min(n, all.length));
    }

    private static double strength(float v) {
        return Float.isNaN(v) ? -1 : Math.abs(v);
    }
}
