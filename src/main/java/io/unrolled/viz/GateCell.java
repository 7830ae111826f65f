package io.unrolled.viz;

import io.unrolled.trace.GruLayerTrace;
import io.unrolled.trace.LayerTrace;
import io.unrolled.trace.LstmLayerTrace;
import io.unrolled.trace.RnnLayerTrace;
import io.unrolled.trace.SentenceTrace;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One recurrent cell at one step, as the Gates tab draws it: its learned layers (boxes), elementwise
 * operations (circles), wires, and on the wires the tiles of H values each carries at this step. All
 * values are the traced ones or elementwise products and sums of them (f⊙c_{t−1}, i⊙g, tanh(c_t),
 * (1−z)⊙n, ...), so every number drawn is the model's. Positions are in grid units (see {@link #cols()}
 * and {@link #rows()}); the painter scales them to the canvas.
 *
 * @param stages the names of the parts of a step in the order a teacher explains them
 */
record GateCell(String kind, double cols, double rows, List<Node> nodes, List<Wire> wires, List<Tile> tiles,
                List<String> stages, String equation) {

    /** Which colour scale a tile uses. */
    enum Scale {
        /** σ gates, 0..1, one sequential ramp shared by all gates. */
        GATE,
        /** tanh-bounded values (g, h, tanh(c), n), diverging over ±1. */
        UNIT,
        /** unbounded signed values (c and its parts, a plain cell's pre-activation), diverging over ±max of the layer. */
        WIDE,
        /** ReLU outputs (h ≥ 0), sequential 0..max of the layer. */
        RELU
    }

    enum Shape { BOX, CIRCLE }

    /** A learned layer (box) or an elementwise operation (circle); {@code stage} −1 is always lit. */
    record Node(Shape shape, String label, double x, double y, int stage, double span) {
        /** A part one grid column wide: the painter keeps it inside its column, so neighbours one column apart cannot meet. */
        Node(Shape shape, String label, double x, double y, int stage) {
            this(shape, label, x, y, stage, 1.0);
        }
    }

    /** A wire through the points {@code xy} (x0, y0, x1, y1, ...); an arrow head at the last point if {@code arrow}. */
    record Wire(double[] xy, int stage, boolean arrow) {
    }

    /**
     * The H values one wire carries at this step.
     *
     * @param name   the short name used in equations, e.g. "f"
     * @param label  what is written beside the tile
     */
    record Tile(String name, String label, float[] values, Scale scale, double x, double y, int stage) {
    }

    /** The cell of {@code layer} at {@code step}: an LSTM, GRU or plain cell, as the trace is. */
    static GateCell of(SentenceTrace trace, int layer, int step) {
        LayerTrace l = trace.layers().get(layer);
        float[] x = layer > 0 ? row(trace.layers().get(layer - 1).h(), step, l.hidden()) : null;
        String word = trace.vocab().get(trace.words()[step]);
        if (l instanceof LstmLayerTrace s) {
            return lstm(s, step, x, word);
        } else if (l instanceof GruLayerTrace g) {
            return gru(g, step, x, word);
        }
        return rnn((RnnLayerTrace) l, step, x, word);
    }

    /** The tile called {@code name}, or null. */
    Tile tile(String name) {
        for (Tile t : tiles) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        return null;
    }

    /** The largest |value| among the tiles on the {@link Scale#WIDE} or {@link Scale#RELU} scale (1 when none). */
    double max(Scale scale) {
        double m = 0;
        for (Tile t : tiles) {
            if (t.scale() == scale) {
                for (float v : t.values()) {
                    m = Math.max(m, Math.abs(v));
                }
            }
        }
        return m > 0 ? m : 1;
    }

    /** This cell's equation for one unit, filled in with this step's numbers. */
    String unitEquation(int u) {
        return switch (kind) {
            // one term per line: the opened unit sits in a narrow column
            case "LSTM" -> String.format(Locale.ROOT, "c_t = f·c_{t−1} + i·g\n    = %s·%s + %s·%s\n    = %s\nh_t = o·tanh(c_t)\n    = %s·tanh(%s)\n    = %s",
                    v("f", u), v("c_{t−1}", u), v("i", u), v("g", u), bare("c_t", u), v("o", u), bare("c_t", u), bare("h_t", u));
            case "GRU" -> String.format(Locale.ROOT, "h_t = (1−z)·n + z·h_{t−1}\n    = (1−%s)·%s\n      + %s·%s\n    = %s\n(r = %s)",
                    v("z", u), v("n", u), v("z", u), v("h_{t−1}", u), bare("h_t", u), bare("r", u));
            default -> String.format(Locale.ROOT, "%s\npre = %s, h_t = %s", equation, bare("pre", u), bare("h_t", u));
        };
    }

    /** A factor: a negative one in brackets, so that "0.88·(−0.97)" cannot be misread. */
    private String v(String name, int u) {
        String s = bare(name, u);
        return s.startsWith("−") ? "(" + s + ")" : s;
    }

    /** A value standing alone (a result, or inside tanh(…)): no brackets needed; −0.004 reads as 0.00. */
    private String bare(String name, int u) {
        String s = String.format(Locale.ROOT, "%.2f", tile(name).values()[u]);
        return s.equals("-0.00") ? "0.00" : s.replace('-', '−');
    }

    // ----- LSTM: the cell state runs along the top (y = 1), the four learned layers sit at y = 5 -----

    private static GateCell lstm(LstmLayerTrace s, int t, float[] x, String word) {
        int hd = s.hidden();
        float[] f = row(s.f(), t, hd);
        float[] i = row(s.i(), t, hd);
        float[] g = row(s.g(), t, hd);
        float[] o = row(s.o(), t, hd);
        float[] cBefore = t == 0 ? s.c0().clone() : row(s.c(), t - 1, hd);
        float[] c = row(s.c(), t, hd);
        float[] fc = new float[hd];
        float[] ig = new float[hd];
        float[] tanhC = new float[hd];
        for (int u = 0; u < hd; u++) {
            fc[u] = f[u] * cBefore[u];
            ig[u] = i[u] * g[u];
            tanhC[u] = (float) Math.tanh(c[u]);
        }
        List<Node> nodes = new ArrayList<>();
        List<Wire> wires = new ArrayList<>();
        List<Tile> tiles = new ArrayList<>();
        // the gate columns stand 1.3 apart, so their labels have room side by side
        hBeforeAndInput(s, t, x, word, tiles, wires, 5.6);
        tiles.add(new Tile("c_{t−1}", "c(t−1)", cBefore, Scale.WIDE, 0.7, 1.0, -1));
        wires.add(new Wire(new double[] {0, 1, 1.9, 1}, -1, false));
        // forget
        nodes.add(new Node(Shape.BOX, "σ", 1.9, 5.0, 0));
        nodes.add(new Node(Shape.CIRCLE, "×", 1.9, 1.0, 0));
        wires.add(new Wire(new double[] {1.9, 6.0, 1.9, 5.0}, 0, false));
        wires.add(new Wire(new double[] {1.9, 5.0, 1.9, 1.0}, 0, true));
        tiles.add(new Tile("f", "f forget", f, Scale.GATE, 1.9, 3.0, 0));
        wires.add(new Wire(new double[] {1.9, 1.0, 4.3, 1.0}, 0, true));
        tiles.add(new Tile("f·c", "f⊙c(t−1)", fc, Scale.WIDE, 3.1, 1.0, 0));
        // write
        nodes.add(new Node(Shape.BOX, "σ", 3.0, 5.0, 1));
        nodes.add(new Node(Shape.BOX, "tanh", 4.3, 5.0, 1));
        nodes.add(new Node(Shape.CIRCLE, "×", 4.3, 3.0, 1));
        wires.add(new Wire(new double[] {3.0, 6.0, 3.0, 5.0}, 1, false));
        wires.add(new Wire(new double[] {4.3, 6.0, 4.3, 5.0}, 1, false));
        wires.add(new Wire(new double[] {3.0, 5.0, 3.0, 3.0, 4.3, 3.0}, 1, true));
        wires.add(new Wire(new double[] {4.3, 5.0, 4.3, 3.0}, 1, true));
        tiles.add(new Tile("i", "i input", i, Scale.GATE, 3.0, 4.15, 1));
        tiles.add(new Tile("g", "g candidate", g, Scale.UNIT, 4.3, 4.15, 1));
        wires.add(new Wire(new double[] {4.3, 3.0, 4.3, 1.0}, 1, true));
        tiles.add(new Tile("i·g", "i⊙g", ig, Scale.WIDE, 4.3, 2.2, 1));
        // update c
        nodes.add(new Node(Shape.CIRCLE, "+", 4.3, 1.0, 2));
        wires.add(new Wire(new double[] {4.3, 1.0, 8.0, 1.0}, 2, true));
        tiles.add(new Tile("c_t", "c(t) →", c, Scale.WIDE, 5.4, 1.0, 2));
        // output
        nodes.add(new Node(Shape.BOX, "σ", 5.6, 5.0, 3));
        nodes.add(new Node(Shape.CIRCLE, "tanh", 6.5, 1.85, 3));
        nodes.add(new Node(Shape.CIRCLE, "×", 6.5, 4.0, 3));
        wires.add(new Wire(new double[] {5.6, 6.0, 5.6, 5.0}, 3, false));
        wires.add(new Wire(new double[] {5.6, 5.0, 5.6, 4.0, 6.5, 4.0}, 3, true));
        tiles.add(new Tile("o", "o output", o, Scale.GATE, 5.6, 4.15, 3));
        wires.add(new Wire(new double[] {6.5, 1.0, 6.5, 4.0}, 3, true));
        tiles.add(new Tile("tanh c_t", "tanh(c(t))", tanhC, Scale.UNIT, 6.5, 3.05, 3));
        float[] h = row(s.h(), t, hd);
        wires.add(new Wire(new double[] {6.5, 4.0, 8.0, 4.0}, 3, true));
        wires.add(new Wire(new double[] {7.45, 4.0, 7.45, 0.05}, 3, true));
        tiles.add(new Tile("h_t", "h(t) ↑ →", h, Scale.UNIT, 7.45, 4.0, 3));
        return new GateCell("LSTM", 8.0, 7.5, nodes, wires, tiles,
                List.of("forget: f⊙c(t−1)", "write: i⊙g", "update: c(t) = f⊙c(t−1) + i⊙g", "output: h(t) = o⊙tanh(c(t))"),
                "c_t = f⊙c_{t−1} + i⊙g,  h_t = o⊙tanh(c_t)");
    }

    // ----- GRU: h runs along the top and is blended with the candidate -----

    private static GateCell gru(GruLayerTrace s, int t, float[] x, String word) {
        int hd = s.hidden();
        float[] r = row(s.r(), t, hd);
        float[] z = row(s.z(), t, hd);
        float[] n = row(s.n(), t, hd);
        float[] h = row(s.h(), t, hd);
        float[] hb = before(s, t);
        float[] zh = new float[hd];
        float[] zn = new float[hd];
        for (int u = 0; u < hd; u++) {
            zh[u] = z[u] * hb[u];
            zn[u] = (1 - z[u]) * n[u];
        }
        List<Node> nodes = new ArrayList<>();
        List<Wire> wires = new ArrayList<>();
        List<Tile> tiles = new ArrayList<>();
        input(x, word, tiles, wires, 6.0, 5.6);
        tiles.add(new Tile("h_{t−1}", "h(t−1)", hb, Scale.UNIT, 0.7, 1.0, -1));
        wires.add(new Wire(new double[] {0, 1, 2.6, 1}, -1, false));
        wires.add(new Wire(new double[] {1.5, 1.0, 1.5, 6.0, 5.6, 6.0}, -1, false));
        // reset gate: feeds the candidate's recurrent part r⊙(W_hn h + b_hn)
        nodes.add(new Node(Shape.BOX, "σ", 4.0, 5.0, 0));
        wires.add(new Wire(new double[] {4.0, 6.0, 4.0, 5.0}, 0, false));
        wires.add(new Wire(new double[] {4.0, 5.0, 5.6, 5.0}, 0, true));
        tiles.add(new Tile("r", "r reset", r, Scale.GATE, 4.7, 5.0, 0));
        // update gate
        nodes.add(new Node(Shape.BOX, "σ", 2.6, 5.0, 1));
        wires.add(new Wire(new double[] {2.6, 6.0, 2.6, 5.0}, 1, false));
        wires.add(new Wire(new double[] {2.6, 5.0, 2.6, 1.0}, 1, true));
        tiles.add(new Tile("z", "z update", z, Scale.GATE, 2.6, 4.15, 1));
        // candidate
        nodes.add(new Node(Shape.BOX, "tanh", 5.6, 5.0, 2));
        wires.add(new Wire(new double[] {5.6, 6.0, 5.6, 5.0}, 2, false));
        wires.add(new Wire(new double[] {5.6, 5.0, 5.6, 3.0, 4.6, 3.0}, 2, true));
        tiles.add(new Tile("n", "n candidate", n, Scale.UNIT, 5.6, 4.15, 2));
        // blend
        nodes.add(new Node(Shape.CIRCLE, "×", 2.6, 1.0, 3));
        nodes.add(new Node(Shape.CIRCLE, "1−", 3.6, 3.0, 3));
        nodes.add(new Node(Shape.CIRCLE, "×", 4.6, 3.0, 3));
        nodes.add(new Node(Shape.CIRCLE, "+", 4.6, 1.0, 3));
        wires.add(new Wire(new double[] {2.6, 3.0, 4.6, 3.0}, 3, true));
        wires.add(new Wire(new double[] {2.6, 1.0, 4.6, 1.0}, 3, true));
        tiles.add(new Tile("z·h", "z⊙h(t−1)", zh, Scale.UNIT, 3.6, 1.0, 3));
        wires.add(new Wire(new double[] {4.6, 3.0, 4.6, 1.0}, 3, true));
        tiles.add(new Tile("(1−z)·n", "(1−z)⊙n", zn, Scale.UNIT, 4.6, 2.2, 3));
        wires.add(new Wire(new double[] {4.6, 1.0, 8.0, 1.0}, 3, true));
        wires.add(new Wire(new double[] {6.3, 1.0, 6.3, 0.05}, 3, true));
        tiles.add(new Tile("h_t", "h(t) ↑ →", h, Scale.UNIT, 6.3, 1.0, 3));
        return new GateCell("GRU", 8.0, 7.5, nodes, wires, tiles,
                List.of("reset: r", "update gate: z", "candidate: n = tanh(W_in x + r⊙(W_hn h + b_hn))", "blend: h(t) = (1−z)⊙n + z⊙h(t−1)"),
                "h_t = (1−z)⊙n + z⊙h_{t−1}");
    }

    // ----- plain cells: one learned layer and one activation, no gates -----

    private static GateCell rnn(RnnLayerTrace s, int t, float[] x, String word) {
        int hd = s.hidden();
        float[] in = row(s.input(), t, hd);
        float[] pre = row(s.pre(), t, hd);
        float[] h = row(s.h(), t, hd);
        float[] hb = before(s, t);
        boolean relu = s.activation() == RnnLayerTrace.Activation.RELU;
        Scale hs = relu ? Scale.RELU : Scale.UNIT;
        List<Node> nodes = new ArrayList<>();
        List<Wire> wires = new ArrayList<>();
        List<Tile> tiles = new ArrayList<>();
        // one part per grid column (the learned layer takes two), so no two parts of the row can meet
        tiles.add(new Tile("h_{t−1}", "h(t−1)", hb, hs, 0.6, 3.0, -1));
        if (relu) {
            float[] sum = new float[hd];
            for (int u = 0; u < hd; u++) {
                sum[u] = hb[u] + in[u];
            }
            wires.add(new Wire(new double[] {0, 3, 1.6, 3}, -1, false));
            input(x, word, tiles, wires, 6.0, 1.6);
            wires.add(new Wire(new double[] {1.6, 6.0, 1.6, 3.0}, 0, true));
            tiles.add(new Tile("E[x_t]", layerInput(x, "E[x(t)]", "input"), in, Scale.WIDE, 1.6, 4.5, 0));
            nodes.add(new Node(Shape.CIRCLE, "+", 1.6, 3.0, 0));
            wires.add(new Wire(new double[] {1.6, 3.0, 6.5, 3.0}, 0, true));
            tiles.add(new Tile("h+E", "h(t−1)+E[x(t)]", sum, Scale.WIDE, 2.6, 3.0, 0));
            nodes.add(new Node(Shape.BOX, "W_hh·( )+b", 4.0, 3.0, 1, 1.8));
            tiles.add(new Tile("pre", "pre", pre, Scale.WIDE, 5.4, 3.0, 1));
            nodes.add(new Node(Shape.BOX, "ReLU", 6.5, 3.0, 2));
        } else {
            float[] rec = new float[hd];
            for (int u = 0; u < hd; u++) {
                rec[u] = pre[u] - in[u];
            }
            wires.add(new Wire(new double[] {0, 3, 4.4, 3}, -1, false));
            nodes.add(new Node(Shape.BOX, "W_hh·( )+b", 2.0, 3.0, 0, 1.8));
            tiles.add(new Tile("W_hh h", "W_hh h+b_hh", rec, Scale.WIDE, 3.4, 3.0, 0));
            input(x, word, tiles, wires, 6.0, 4.4);
            nodes.add(new Node(Shape.BOX, "W_ih·( )+b", 4.4, 5.2, 0, 1.8));
            wires.add(new Wire(new double[] {4.4, 6.0, 4.4, 3.0}, 0, true));
            tiles.add(new Tile("W_ih x", "W_ih x+b_ih", in, Scale.WIDE, 4.4, 4.1, 0));
            nodes.add(new Node(Shape.CIRCLE, "+", 4.4, 3.0, 1));
            wires.add(new Wire(new double[] {4.4, 3.0, 6.5, 3.0}, 1, true));
            tiles.add(new Tile("pre", "pre", pre, Scale.WIDE, 5.4, 3.0, 1));
            nodes.add(new Node(Shape.BOX, "tanh", 6.5, 3.0, 2));
        }
        wires.add(new Wire(new double[] {6.5, 3.0, 8.6, 3.0}, 2, true));
        wires.add(new Wire(new double[] {7.6, 3.0, 7.6, 0.6}, 2, true));
        tiles.add(new Tile("h_t", "h(t) ↑ →", h, hs, 7.6, 3.0, 2));
        return new GateCell(relu ? "RNN (ReLU)" : "RNN (tanh)", 8.6, 7.5, nodes, wires, tiles,
                List.of("input: " + (relu ? "h(t−1) + E[x(t)]" : "W_hh h(t−1) + W_ih x(t)"), relu ? "pre = W_hh(…) + b" : "pre = sum of both",
                        (relu ? "ReLU" : "tanh") + ": h(t)"),
                relu ? "h_t = ReLU(W_hh(h_{t−1} + E[x_t]) + b)" : "h_t = tanh(W_ih x_t + b_ih + W_hh h_{t−1} + b_hh)");
    }

    /** h_{t−1} enters bottom left on the rail that feeds the learned layers; x_t joins it from below. */
    private static void hBeforeAndInput(LayerTrace s, int t, float[] x, String word, List<Tile> tiles, List<Wire> wires, double railEnd) {
        tiles.add(new Tile("h_{t−1}", "h(t−1)", before(s, t), Scale.UNIT, 0.6, 6.0, -1));
        wires.add(new Wire(new double[] {0, 6.0, railEnd, 6.0}, -1, false));
        input(x, word, tiles, wires, 6.0, 1.65);
    }

    /** The layer's input from below: the word (layer 1) or the layer below's h_t. */
    private static void input(float[] x, String word, List<Tile> tiles, List<Wire> wires, double railY, double at) {
        if (x != null) {
            tiles.add(new Tile("x_t", "x(t): h(t) below", x, Scale.UNIT, at, railY + 0.95, -1));
        } else {
            tiles.add(new Tile("x_t", "x(t) = \"" + word + "\"", null, Scale.UNIT, at, railY + 0.95, -1));
        }
        wires.add(new Wire(new double[] {at, railY + 0.95, at, railY}, -1, false));
    }

    private static String layerInput(float[] x, String word, String below) {
        return x == null ? word : below;
    }

    private static float[] before(LayerTrace s, int t) {
        return t == 0 ? s.h0().clone() : row(s.h(), t - 1, s.hidden());
    }

    private static float[] row(float[] a, int t, int hd) {
        float[] out = new float[hd];
        System.arraycopy(a, t * hd, out, 0, hd);
        return out;
    }
}
