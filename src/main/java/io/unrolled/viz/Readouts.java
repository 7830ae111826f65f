package io.unrolled.viz;

import io.unrolled.trace.LayerTrace;
import io.unrolled.trace.Prediction;
import io.unrolled.trace.SentenceTrace;
import java.util.Locale;

/** The exact value behind what the mouse is on, in words: what hover shows and a click pins. */
final class Readouts {

    private Readouts() {
    }

    static String of(Hit hit, int unit, SentenceTrace trace) {
        return switch (hit.kind()) {
            case TILE -> unit(trace, hit.layer(), hit.step(), unit);
            case BAR -> probability(trace, hit.step(), hit.word());
            case OUTPUT -> "Click for all " + trace.vocab().size() + " next-word probabilities";
            case INPUT -> "word " + (hit.step() + 1) + ": \"" + word(trace, hit.step()) + "\" (id " + trace.words()[hit.step()] + ")";
            case GATE -> gate(trace, hit.layer(), hit.step(), hit.word(), unit);
        };
    }

    /** A value on one wire of the Gates tab's cell: the wire named as its equations write it. */
    static String gate(SentenceTrace trace, int layer, int step, int tile, int unit) {
        GateCell.Tile t = GateCell.of(trace, layer, step).tiles().get(tile);
        String where = trace.layers().size() > 1 ? "layer " + (layer + 1) + ", " : "";
        String name = t.name().replace("_{t−1}", "(t−1)").replace("_t", "(t)");
        return String.format(Locale.ROOT, "%sword %d (\"%s\"), unit %d: %s = %s", where, step + 1, word(trace, step), unit, name,
                value(t.values()[unit]));
    }

    static String unit(SentenceTrace trace, int layer, int step, int unit) {
        LayerTrace l = trace.layers().get(layer);
        String where = trace.layers().size() > 1 ? "layer " + (layer + 1) + ", " : "";
        return String.format(Locale.ROOT, "%sstep %d (\"%s\"), unit %d: h = %s", where, step + 1, word(trace, step), unit,
                value(l.h(step, unit)));
    }

    static String probability(SentenceTrace trace, int prediction, int word) {
        Prediction p = trace.predictions().get(prediction);
        return String.format(Locale.ROOT, "P(\"%s\" next, after \"%s\") = %s", trace.vocab().get(word),
                word(trace, p.after()), value(p.probs()[word]));
    }

    /** Four decimals: more than the colours show, few enough to read aloud. */
    static String value(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    private static String word(SentenceTrace trace, int step) {
        return trace.vocab().get(trace.words()[step]);
    }
}
