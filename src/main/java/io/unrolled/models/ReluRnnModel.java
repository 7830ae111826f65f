package io.unrolled.models;

import io.unrolled.data.Batch;
import io.unrolled.nn.Embedding;
import io.unrolled.nn.Linear;
import io.unrolled.nn.ParamSet;
import io.unrolled.nn.ParamSpec;
import io.unrolled.nn.ReluRnnLayer;
import io.unrolled.trace.LayerTrace;
import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The chapter's hand-written RNNs as a loop, LMModel2 to LMModel4 (LMModel1 spells its three steps
 * out in its own class): embedding {@code i_h}, the recurrence
 * h = relu(h_h(h + i_h(x))) and the output layer {@code h_o}. What varies along the rungs is whether
 * h survives between batches (LMModel3 on) and whether h_o reads every step (LMModel4) or the last.
 */
public class ReluRnnModel extends LanguageModel {

    private final Embedding iH;
    private final ReluRnnLayer hH;
    private final Linear hO;
    private INDArray h;           // (B, H) carried state; zeros when reset
    private INDArray dHidden;     // (T*B, H) gradient on every step's h
    private INDArray dEmbedded;   // (T*B, H) gradient on every step's embedded word, from the last backward
    private int rows;
    private int steps;

    protected ReluRnnModel(ModelConfig config, long seed, DataType dtype) {
        super(config, new ParamSet(specs(config), dtype, seed));
        iH = new Embedding(params.get("i_h.weight"));
        hH = new ReluRnnLayer(params.get("h_h.weight"), params.get("h_h.bias"));
        hO = new Linear(params.get("h_o.weight"), params.get("h_o.bias"));
    }

    static List<ParamSpec> specs(ModelConfig c) {
        List<ParamSpec> s = new ArrayList<>();
        s.add(Embedding.spec("i_h.weight", c.vocab(), c.hidden()));
        s.addAll(Linear.specs("h_h", c.hidden(), c.hidden()));
        s.addAll(Linear.specs("h_o", c.hidden(), c.vocab()));
        return s;
    }

    @Override
    public ModelOutput forward(Batch batch, boolean training) {
        rows = batch.size();
        steps = batch.seqLen();
        INDArray x = iH.forward(TimeMajor.inputs(batch));                  // (T*B, H)
        INDArray h0 = kind().stateful() ? carried() : Nd4j.zeros(x.dataType(), rows, config.hidden());
        INDArray hs = hH.forward(x, rows, h0);                               // (T*B, H)
        if (kind().stateful()) {
            h.assign(hH.finalState());   // keep the value, drop the history: truncated BPTT
        }
        INDArray logits = hO.forward(kind().predictsEveryStep() ? hs : hH.finalState());
        return new ModelOutput(logits, TimeMajor.targets(batch), rows, kind().predictsEveryStep() ? steps : 1);
    }

    @Override
    public void backward(INDArray dLogits, INDArray dDroppedExtra, INDArray dRawExtra) {
        var dt = dLogits.dataType();
        if (dHidden == null || dHidden.rows() != (long) steps * rows || dHidden.dataType() != dt) {
            dHidden = Nd4j.zeros(dt, (long) steps * rows, config.hidden());
        }
        if (kind().predictsEveryStep()) {
            hO.backward(dLogits, dHidden);
        } else {
            dHidden.assign(0);
            INDArray last = dHidden.get(NDArrayIndex.interval((long) (steps - 1) * rows, (long) steps * rows), NDArrayIndex.all());
            hO.backward(dLogits, last);
        }
        dEmbedded = hH.backward(dHidden);
        iH.backward(dEmbedded);
    }

    @Override
    public void recordHiddenGradients(boolean on) {
        hH.recordHiddenGradients(on);
    }

    @Override
    public double[][] hiddenGradientNorms() {
        double[] norms = hH.hiddenGradientNorms();
        return norms == null ? null : new double[][] {norms};
    }

    /** The loop's layer: for gradient checks that nudge a hidden state. */
    ReluRnnLayer layer() {
        return hH;
    }

    private INDArray carried() {
        if (h == null || h.rows() != rows || h.dataType() != params.dtype()) {
            h = Nd4j.zeros(params.dtype(), rows, config.hidden());
        }
        return h;
    }

    @Override
    public INDArray rawOutputs() {
        return null;
    }

    @Override
    public INDArray droppedOutputs() {
        return null;
    }

    @Override
    public List<LayerTrace> traceLayers(int row) {
        return List.of(hH.traceRow(row));
    }

    @Override
    protected INDArray[][] carriedState() {
        return h == null ? null : new INDArray[][] {{h}};
    }

    @Override
    public INDArray embeddingGradient() {
        return dEmbedded;
    }

    @Override
    protected void replaceCarriedState(INDArray[][] state) {
        h = state == null ? null : state[0][0];
    }
}
