package io.unrolled.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A train-mode pass as plain text for {@code trace --train-mode}: per step the units dropped, the two
 * quantities the penalties average (AR on the dropped-out output, TAR on the raw output) and the mask
 * itself, one character per unit; then the whole sentence's penalties as the trainer would add them.
 */
public final class DropoutTraceText {

    /** A dropped unit in the printed mask. */
    public static final char DROPPED = 'x';
    /** A kept unit, multiplied by 1/(1 − p). */
    public static final char KEPT = '.';

    private DropoutTraceText() {
    }

    public static List<String> lines(DropoutTrace d, String modelName, List<String> vocab) {
        int width = "word".length();
        for (int w : d.words()) {
            width = Math.max(width, vocab.get(w).length());
        }
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "%s in train mode: dropout p = %s, mask drawn from seed %d, %s", modelName,
                number(d.p()), d.seed(), d.weights()));
        out.add(String.format(Locale.ROOT, "AR acts on the dropped-out output, TAR on the raw output (as fastai's RNNRegularizer); "
                + "mask: %c dropped, %c kept and multiplied by 1/(1-p) = %s", DROPPED, KEPT, number(d.keepScale())));
        out.add(String.format(Locale.ROOT, "%3s  %-" + width + "s  %7s  %-12s  %-22s  %s", "t", "word", "dropped",
                "AR mean(d^2)", "TAR mean((r_t-r_t-1)^2)", "mask (" + d.hidden() + " units)"));
        for (int t = 0; t < d.steps(); t++) {
            StringBuilder mask = new StringBuilder(d.hidden());
            for (int u = 0; u < d.hidden(); u++) {
                mask.append(d.dropped(t, u) ? DROPPED : KEPT);
            }
            String tar = Double.isNaN(d.tar()[t]) ? "-" : String.format(Locale.ROOT, "%.6f", d.tar()[t]);
            out.add(String.format(Locale.ROOT, "%3d  %-" + width + "s  %7s  %-12s  %-22s  %s", t, vocab.get(d.words()[t]),
                    d.droppedCount(t) + "/" + d.hidden(), String.format(Locale.ROOT, "%.6f", d.ar()[t]), tar, mask));
        }
        out.add(String.format(Locale.ROOT, "whole sentence: AR = %.6f (alpha*AR = %.6f at alpha = %s), TAR = %.6f (beta*TAR = %.6f at beta = %s); "
                + "TAR at t = 0 is - because step 0 has no earlier step in the sequence", d.arPenalty(), d.alpha() * d.arPenalty(),
                number(d.alpha()), d.tarPenalty(), d.beta() * d.tarPenalty(), number(d.beta())));
        return out;
    }

    private static String number(double x) {
        return x == Math.rint(x) ? String.valueOf((long) x) : String.format(Locale.ROOT, "%.4g", x).replaceAll("0+$", "");
    }
}
