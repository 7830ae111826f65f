package io.unrolled.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Every layer's backward against central finite differences in double precision. Each check uses
 * the scalar loss L = Σ out ⊙ R with a fixed random R, so dL/dout = R exercises every output.
 */
class LayerGradientTest {

    /** Every check's worst relative error must sit far below this; each test logs its own. */
    private static final double TOLERANCE = 1e-5;
    private static final DataType D = DataType.DOUBLE;

    private static INDArray random(SplittableRandom rng, long rows, long cols) {
        INDArray a = Nd4j.zeros(D, rows, cols);
        Mem m = Mem.of(a);
        for (int k = 0; k < m.length(); k++) {
            m.set(k, rng.nextDouble() * 2 - 1);
        }
        return a;
    }

    private static double weightedSum(INDArray out, INDArray r) {
        return out.mul(r).sumNumber().doubleValue();
    }

    /** Wraps an input and the gradient backward returned for it, so inputs are checked like weights. */
    private static Param input(String name, INDArray x, INDArray dx) {
        return new Param(name, x, dx.dup(), false);
    }

    private static void assertPasses(String check, GradientCheck.Report report) {
        System.out.println(report.summary(check, TOLERANCE));
        assertTrue(report.passes(TOLERANCE), () -> check + " worst: " + report.worst());
        assertTrue(report.entries().size() > 0, "nothing was compared");
    }

    @Test
    void linearBackwardMatchesFiniteDifferences() {
        SplittableRandom rng = new SplittableRandom(1);
        ParamSet ps = new ParamSet(Linear.specs("lin", 5, 3), D, 3);
        Linear lin = new Linear(ps.get("lin.weight"), ps.get("lin.bias"));
        INDArray x = random(rng, 7, 5);
        INDArray r = random(rng, 7, 3);
        INDArray dx = Nd4j.zeros(D, 7, 5);
        lin.forward(x);
        lin.backward(r, dx);
        List<Param> targets = new ArrayList<>(ps.all());
        targets.add(input("x", x, dx));
        assertPasses("Linear", GradientCheck.smooth(24).check(targets, () -> weightedSum(lin.forward(x), r)));
    }

    @Test
    void embeddingBackwardSumsRepeatedIds() {
        SplittableRandom rng = new SplittableRandom(2);
        ParamSet ps = new ParamSet(List.of(Embedding.spec("emb", 6, 4)), D, 5);
        Embedding emb = new Embedding(ps.get("emb"));
        int[] ids = {0, 3, 3, 5, 1, 3};
        INDArray r = random(rng, ids.length, 4);
        emb.forward(ids);
        emb.backward(r);
        assertPasses("Embedding", GradientCheck.smooth(24).check(ps.all(), () -> weightedSum(emb.forward(ids), r)));
        // row 3 was used three times: its gradient is the sum of those three rows of R
        double expected = r.getDouble(1, 2) + r.getDouble(2, 2) + r.getDouble(5, 2);
        assertEquals(expected, ps.get("emb").grad().getDouble(3, 2), 1e-12);
    }

    @Test
    void reluRnnBackwardMatchesFiniteDifferencesThroughTime() {
        SplittableRandom rng = new SplittableRandom(3);
        ParamSet ps = new ParamSet(Linear.specs("h_h", 4, 4), D, 9);
        ReluRnnLayer layer = new ReluRnnLayer(ps.get("h_h.weight"), ps.get("h_h.bias"));
        int b = 3;
        INDArray x = random(rng, 5L * b, 4);
        INDArray h0 = random(rng, b, 4);
        INDArray r = random(rng, 5L * b, 4);
        layer.forward(x, b, h0);
        INDArray dx = layer.backward(r);
        List<Param> targets = new ArrayList<>(ps.all());
        targets.add(input("x", x, dx));
        assertPasses("ReLU recurrence (LMModel2-4)", GradientCheck.piecewise(200).check(targets, () -> weightedSum(layer.forward(x, b, h0), r)));
    }

    private static void checkRecurrent(String check, int gates, Function<ParamSet, RecurrentLayer> make) {
        SplittableRandom rng = new SplittableRandom(4 + gates);
        int in = 3;
        int hidden = 4;
        int b = 2;
        int steps = 5;
        ParamSet ps = new ParamSet(RecurrentLayer.specs("rnn", 0, gates, in, hidden), D, 11);
        RecurrentLayer layer = make.apply(ps);
        INDArray x = random(rng, (long) steps * b, in);
        INDArray[] state0 = new INDArray[layer.stateCount()];
        for (int k = 0; k < state0.length; k++) {
            state0[k] = random(rng, b, hidden);
        }
        INDArray r = random(rng, (long) steps * b, hidden);
        layer.forward(x, b, state0);
        INDArray dx = layer.backward(r);
        List<Param> targets = new ArrayList<>(ps.all());
        targets.add(input("x", x, dx));
        assertPasses(check, GradientCheck.smooth(200).check(targets, () -> weightedSum(layer.forward(x, b, state0), r)));
    }

    @Test
    void elmanBackwardMatchesFiniteDifferences() {
        checkRecurrent("tanh RNN layer", 1, ps -> new ElmanLayer(ps, "rnn", 0, 4));
    }

    @Test
    void lstmBackwardMatchesFiniteDifferences() {
        checkRecurrent("LSTM layer", 4, ps -> new LstmLayer(ps, "rnn", 0, 4));
    }

    @Test
    void gruBackwardMatchesFiniteDifferences() {
        checkRecurrent("GRU layer", 3, ps -> new GruLayer(ps, "rnn", 0, 4));
    }

    @Test
    void dropoutBackwardUsesTheSameMaskAndScale() {
        SplittableRandom rng = new SplittableRandom(6);
        Dropout drop = new Dropout(0.5, 21);
        INDArray raw = random(rng, 8, 6);
        INDArray r = random(rng, 8, 6);
        drop.forward(raw, true);
        drop.freezeMask();
        INDArray dRaw = drop.backward(r);
        Param in = input("raw", raw, dRaw);
        assertPasses("Dropout", GradientCheck.smooth(24).check(List.of(in), () -> weightedSum(drop.forward(raw, true), r)));
        INDArray mask = drop.lastMask();
        for (int k = 0; k < mask.length(); k++) {
            double v = mask.getDouble(k);
            assertTrue(v == 0.0 || Math.abs(v - 2.0) < 1e-12, "mask entries are 0 or 1/(1-p), got " + v);
        }
        assertEquals(raw, drop.forward(raw, false), "evaluation is the identity");
    }

    @Test
    void crossEntropyGradientMatchesFiniteDifferences() {
        SplittableRandom rng = new SplittableRandom(7);
        INDArray logits = random(rng, 6, 5).muli(3);
        int[] targets = {0, 4, 2, 2, 1, 3};
        CrossEntropy ce = new CrossEntropy();
        ce.forward(logits, targets);
        Param p = input("logits", logits, ce.gradient());
        assertPasses("cross-entropy", GradientCheck.smooth(30).check(List.of(p), () -> new CrossEntropy().forward(logits, targets)));
    }

    @Test
    void crossEntropyOfUniformLogitsIsLogV() {
        CrossEntropy ce = new CrossEntropy();
        double loss = ce.forward(Nd4j.zeros(D, 3, 30), new int[] {1, 2, 29});
        assertEquals(Math.log(30), loss, 1e-12);
    }

    @Test
    void activationPenaltiesMatchFiniteDifferences() {
        SplittableRandom rng = new SplittableRandom(8);
        int b = 3;
        INDArray h = random(rng, 4L * b, 5);
        INDArray grad = Nd4j.zeros(D, 4L * b, 5);
        ActivationPenalty.ar(h, grad, 2.0);
        ActivationPenalty.tar(h, b, grad, 1.0);
        Param p = input("h", h, grad);
        assertPasses("AR + TAR", GradientCheck.smooth(60).check(List.of(p),
                () -> 2.0 * ActivationPenalty.ar(h, null, 0) + ActivationPenalty.tar(h, b, null, 0)));
    }

    @Test
    void tarComparesConsecutiveStepsOfTheSameRow() {
        // two steps of two rows: row 0 goes 1 -> 3, row 1 stays at 5; mean of (2², 0²) = 2
        INDArray h = Nd4j.createFromArray(new double[][] {{1}, {5}, {3}, {5}});
        assertEquals(2.0, ActivationPenalty.tar(h, 2, null, 0), 1e-12);
    }
}
