package io.unrolled.nn;

import io.unrolled.trace.LstmLayerTrace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Sigmoid;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Tanh;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * An LSTM layer written from scratch, as the chapter's refactored LSTMCell: one product of the
 * input and one of the hidden state give all four gates at once, then
 * c_t = f ⊙ c_{t-1} + i ⊙ g and h_t = o ⊙ tanh(c_t).
 * Gate blocks in the weight rows follow PyTorch (i, f, g, o) so checkpoints load into nn.LSTM; the
 * chapter's own cell orders them (i, f, o, g), which is the same model with the rows permuted.
 */
public final class LstmLayer extends RecurrentLayer {

    private SeqBuffer c;          // (T+1, B, H) block 0 = c0
    private SeqBuffer tanhC;      // (T, B, H) cache of tanh(c_t)
    private INDArray dcNext;      // (B, H) gradient flowing into c_{t-1}
    private Mem dcNextMem;
    private INDArray gScale;      // (1, 4H) 1 on the i, f, o blocks, 2 on the g block
    private INDArray gScaleColumn; // (4H, 1) the same as a column
    private INDArray whhScaled;   // (4H, H) W_hh with its g rows doubled, for the forward steps
    // Scratch rows for one time step, each named for the one thing it holds.
    private double[] gatesStep;   // (B, 4H) i, f, g, o
    private double[] dGatesStep;  // (B, 4H) gradient on the gate pre-activations
    private double[] cPrevStep;   // (B, H) c_{t-1}
    private double[] cStep;       // (B, H) c_t
    private double[] tanhCStep;   // (B, H) tanh(c_t)
    private double[] hStep;       // (B, H) h_t
    private double[] dhStep;      // (B, H) gradient on h_t from the layer above
    private double[] dhNextStep;  // (B, H) gradient on h_t from step t+1
    private double[] dcNextStep;  // (B, H) gradient on c_t from step t+1, then on c_{t-1}

    public LstmLayer(ParamSet ps, String prefix, int layer, int hidden) {
        super(ps, prefix, layer, 4, hidden);
    }

    @Override
    public int stateCount() {
        return 2;
    }

    @Override
    public INDArray[] finalState() {
        return new INDArray[] {h.step(steps), c.step(steps)};
    }

    @Override
    protected void allocateCellBuffers() {
        var dt = wIh.value().dataType();
        c = new SeqBuffer(dt, steps + 1, rows, hidden);
        tanhC = new SeqBuffer(dt, steps, rows, hidden);
        dcNext = Nd4j.zeros(dt, rows, hidden);
        dcNextMem = Mem.of(dcNext);
        gScale = Nd4j.ones(dt, 1, 4L * hidden);
        gScale.get(NDArrayIndex.all(), NDArrayIndex.interval(2L * hidden, 3L * hidden)).assign(2);
        gScaleColumn = gScale.reshape(4L * hidden, 1).dup();
        whhScaled = Nd4j.zeros(dt, 4L * hidden, hidden);
        int n = rows * hidden;
        gatesStep = new double[4 * n];
        dGatesStep = new double[4 * n];
        cPrevStep = new double[n];
        cStep = new double[n];
        tanhCStep = new double[n];
        hStep = new double[n];
        dhStep = new double[n];
        dhNextStep = new double[n];
        dcNextStep = new double[n];
    }

    @Override
    protected void beforeSteps(INDArray[] state0) {
        super.beforeSteps(state0);
        c.step(0).assign(state0[1]);
        // tanh(x) = 2σ(2x) − 1: with the g block doubled, one vectorised sigmoid serves all four
        // gates. Doubling the input projection once and a scaled copy of W_hh keeps it out of the steps.
        pre.all.muliRowVector(gScale);
        whhScaled.assign(wHh.value()).muliColumnVector(gScaleColumn);
    }

    @Override
    protected INDArray recurrentWeight() {
        return whhScaled;
    }

    @Override
    protected void stepForward(int t) {
        INDArray gates = pre.step(t);                       // (B, 4H) pre-activations, g block doubled
        Nd4j.exec(new Sigmoid(gates, gates));
        int n = rows * hidden;
        int hd = hidden;
        pre.mem.load(t * 4 * n, gatesStep, 0, 4 * n);
        c.mem.load(t * n, cPrevStep, 0, n);
        for (int r = 0; r < rows; r++) {
            int ab = r * 4 * hd;
            for (int j = 0; j < hd; j++) {
                double g = 2 * gatesStep[ab + 2 * hd + j] - 1;
                gatesStep[ab + 2 * hd + j] = g;
                cStep[r * hd + j] = gatesStep[ab + hd + j] * cPrevStep[r * hd + j] + gatesStep[ab + j] * g;
            }
        }
        pre.mem.store(t * 4 * n, gatesStep, 0, 4 * n);      // the cache now holds i, f, g, o
        c.mem.store((t + 1) * n, cStep, 0, n);
        Nd4j.exec(new Tanh(c.step(t + 1), tanhC.step(t)));
        tanhC.mem.load(t * n, tanhCStep, 0, n);
        for (int r = 0; r < rows; r++) {
            int ab = r * 4 * hd + 3 * hd;
            for (int j = 0; j < hd; j++) {
                hStep[r * hd + j] = gatesStep[ab + j] * tanhCStep[r * hd + j];
            }
        }
        h.mem.store((t + 1) * n, hStep, 0, n);
    }

    @Override
    protected void beforeBackwardSteps() {
        dcNext.assign(0);
    }

    @Override
    protected void stepBackward(int t, Mem dy) {
        int n = rows * hidden;
        int hd = hidden;
        pre.mem.load(t * 4 * n, gatesStep, 0, 4 * n);
        tanhC.mem.load(t * n, tanhCStep, 0, n);
        c.mem.load(t * n, cPrevStep, 0, n);                 // block t of c holds c_{t-1}
        dy.load(t * n, dhStep, 0, n);
        dhNextMem.load(0, dhNextStep, 0, n);
        dcNextMem.load(0, dcNextStep, 0, n);
        for (int r = 0; r < rows; r++) {
            int ab = r * 4 * hd;
            for (int j = 0; j < hd; j++) {
                int e = r * hd + j;
                double i = gatesStep[ab + j];
                double f = gatesStep[ab + hd + j];
                double g = gatesStep[ab + 2 * hd + j];
                double o = gatesStep[ab + 3 * hd + j];
                double dhe = dhStep[e] + dhNextStep[e];
                double dc = dcNextStep[e] + dhe * o * (1 - tanhCStep[e] * tanhCStep[e]);
                dGatesStep[ab + j] = dc * g * i * (1 - i);
                dGatesStep[ab + hd + j] = dc * cPrevStep[e] * f * (1 - f);
                dGatesStep[ab + 2 * hd + j] = dc * i * (1 - g * g);
                dGatesStep[ab + 3 * hd + j] = dhe * tanhCStep[e] * o * (1 - o);
                dcNextStep[e] = dc * f;
            }
        }
        dPre.mem.store(t * 4 * n, dGatesStep, 0, 4 * n);
        dcNextMem.store(0, dcNextStep, 0, n);
    }

    /** After a forward the gate cache holds the activations i, f, g, o (PyTorch's order), not pre-activations. */
    @Override
    public LstmLayerTrace traceRow(int r) {
        return new LstmLayerTrace(steps, hidden, h0Row(r), c.rowAcrossSteps(r, 0, 1, 0, hidden),
                gateRow(pre, r, 0), gateRow(pre, r, 1), gateRow(pre, r, 2), gateRow(pre, r, 3),
                c.rowAcrossSteps(r, 1, steps, 0, hidden), hRow(r));
    }
}
