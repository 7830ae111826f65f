package io.unrolled.models;

import io.unrolled.data.Batch;
import io.unrolled.nn.Dropout;
import io.unrolled.nn.ElmanLayer;
import io.unrolled.nn.Embedding;
import io.unrolled.nn.GruLayer;
import io.unrolled.nn.Init;
import io.unrolled.nn.Linear;
import io.unrolled.nn.LstmLayer;
import io.unrolled.nn.Mem;
import io.unrolled.nn.ParamSet;
import io.unrolled.nn.ParamSpec;
import io.unrolled.nn.RecurrentLayer;
import io.unrolled.trace.LayerTrace;
import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * LMModel5 to LMModel7 and the GRU model: embedding {@code i_h}, a stack of PyTorch-style recurrent
 * layers {@code rnn}, optional dropout on the top layer's outputs, and {@code h_o}, whose weight is
 * the embedding matrix itself when the weights are tied.
 */
public class StackedRnnModel extends LanguageModel {

    private final Embedding iH;
    private final List<RecurrentLayer> rnn = new ArrayList<>();
    private final Dropout drop;           // null when the rung has none
    private final Linear hO;
    private INDArray[][] state;           // [layer][h or c] (B, H), carried between batches
    private INDArray raw;                 // (T*B, H) top layer outputs of the last forward
    private INDArray dropped;             // (T*B, H) after dropout
    private INDArray dDropped;            // (T*B, H)
    private INDArray dEmbedded;           // (T*B, H) gradient on every step's embedded word, from the last backward
    private int rows;

    protected StackedRnnModel(ModelConfig config, long seed, DataType dtype) {
        super(config, new ParamSet(specs(config), dtype, seed));
        iH = new Embedding(params.get("i_h.weight"));
        for (int l = 0; l < config.layers(); l++) {
            rnn.add(switch (config.kind().cell()) {
                case TANH -> new ElmanLayer(params, "rnn", l, config.hidden());
                case LSTM -> new LstmLayer(params, "rnn", l, config.hidden());
                case GRU -> new GruLayer(params, "rnn", l, config.hidden());
                case RELU_BOOK -> throw new IllegalArgumentException(config.kind() + " is not a stacked model");
            });
        }
        drop = config.kind().hasDropout() ? new Dropout(config.dropout(), seed ^ 0x5DEECE66DL) : null;
        var outWeight = config.kind().tiesWeights() ? params.get("i_h.weight") : params.get("h_o.weight");
        hO = new Linear(outWeight, params.get("h_o.bias"));
    }

    static List<ParamSpec> specs(ModelConfig c) {
        int gates = switch (c.kind().cell()) {
            case LSTM -> 4;
            case GRU -> 3;
            default -> 1;
        };
        List<ParamSpec> s = new ArrayList<>();
        s.add(Embedding.spec("i_h.weight", c.vocab(), c.hidden()));
        for (int l = 0; l < c.layers(); l++) {
            s.addAll(RecurrentLayer.specs("rnn", l, gates, c.hidden(), c.hidden()));
        }
        if (c.kind().tiesWeights()) {
            // h_o.weight *is* i_h.weight; only the bias is new (PyTorch draws it U(±1/√H))
            s.add(ParamSpec.linearBias("h_o.bias", Init.uniformFanIn(c.hidden()), c.vocab()));
        } else {
            s.addAll(Linear.specs("h_o", c.hidden(), c.vocab()));
        }
        return s;
    }

    @Override
    public ModelOutput forward(Batch batch, boolean training) {
        rows = batch.size();
        INDArray x = iH.forward(TimeMajor.inputs(batch));            // (T*B, H)
        ensureState();
        for (int l = 0; l < rnn.size(); l++) {
            RecurrentLayer layer = rnn.get(l);
            x = layer.forward(x, rows, state[l]);                      // (T*B, H)
            INDArray[] last = layer.finalState();
            for (int k = 0; k < last.length; k++) {
                state[l][k].assign(last[k]);   // detach: the next batch starts from the value only
            }
        }
        raw = x;
        dropped = drop == null ? raw : drop.forward(raw, training);
        INDArray logits = hO.forward(dropped);                         // (T*B, V)
        return new ModelOutput(logits, TimeMajor.targets(batch), rows, batch.seqLen());
    }

    @Override
    public void backward(INDArray dLogits, INDArray dDroppedExtra, INDArray dRawExtra) {
        if (dDropped == null || dDropped.rows() != dLogits.rows() || dDropped.dataType() != dLogits.dataType()) {
            dDropped = Nd4j.zeros(dLogits.dataType(), dLogits.rows(), config.hidden());
        }
        hO.backward(dLogits, dDropped);
        if (dDroppedExtra != null) {
            dDropped.addi(dDroppedExtra);
        }
        INDArray d = drop == null ? dDropped : drop.backward(dDropped);
        if (dRawExtra != null) {
            d.addi(dRawExtra);
        }
        for (int l = rnn.size() - 1; l >= 0; l--) {
            d = rnn.get(l).backward(d);
        }
        dEmbedded = d;
        iH.backward(d);
    }

    @Override
    public void recordHiddenGradients(boolean on) {
        rnn.forEach(layer -> layer.recordHiddenGradients(on));
    }

    @Override
    public double[][] hiddenGradientNorms() {
        double[][] out = new double[rnn.size()][];
        for (int l = 0; l < out.length; l++) {
            out[l] = rnn.get(l).hiddenGradientNorms();
            if (out[l] == null) {
                return null;
            }
        }
        return out;
    }

    /** Layer l, bottom first: for gradient checks that nudge a hidden state. */
    RecurrentLayer layer(int l) {
        return rnn.get(l);
    }

    private void ensureState() {
        if (state == null || state[0][0].rows() != rows || state[0][0].dataType() != params.dtype()) {
            state = new INDArray[rnn.size()][];
            for (int l = 0; l < rnn.size(); l++) {
                state[l] = new INDArray[rnn.get(l).stateCount()];
                for (int k = 0; k < state[l].length; k++) {
                    state[l][k] = Nd4j.zeros(params.dtype(), rows, config.hidden());
                }
            }
        }
    }

    @Override
    public void setDropout(double p) {
        if (drop != null) {
            drop.setP(p);
        }
    }

    /** Keeps the current dropout mask for every later forward: a fixed function for gradient checks. */
    public void freezeDropoutMask() {
        if (drop != null) {
            drop.freezeMask();
        }
    }

    /**
     * Draws the next training forward's dropout mask from {@code seed} (see {@link Dropout#reseed}):
     * a traced training pass that a seed repeats.
     */
    public void reseedDropout(long seed) {
        if (drop == null) {
            throw new IllegalStateException(config.kind().bookName() + " has no dropout");
        }
        drop.reseed(seed);
    }

    /** Applies the given dropout mask (T*B, H) in every later training forward instead of drawing one. */
    public void useDropoutMask(INDArray mask) {
        if (drop == null) {
            throw new IllegalStateException(config.kind().bookName() + " has no dropout");
        }
        drop.useMask(mask);
    }

    @Override
    public INDArray rawOutputs() {
        return raw;
    }

    @Override
    public INDArray droppedOutputs() {
        return dropped;
    }

    @Override
    public List<LayerTrace> traceLayers(int row) {
        List<LayerTrace> out = new ArrayList<>();
        for (RecurrentLayer layer : rnn) {
            out.add(layer.traceRow(row));
        }
        return out;
    }

    @Override
    public INDArray embeddingGradient() {
        return dEmbedded;
    }

    @Override
    public float[] traceDropoutMask(int row) {
        INDArray mask = drop == null ? null : drop.lastMask();
        if (mask == null) {
            return null;
        }
        Mem m = Mem.of(mask);
        int hd = config.hidden();
        int steps = (int) (mask.rows() / rows);
        float[] out = new float[steps * hd];
        for (int t = 0; t < steps; t++) {
            for (int j = 0; j < hd; j++) {
                out[t * hd + j] = (float) m.get((t * rows + row) * hd + j);
            }
        }
        return out;
    }

    @Override
    protected INDArray[][] carriedState() {
        return state;
    }

    @Override
    protected void replaceCarriedState(INDArray[][] saved) {
        state = saved;
    }
}
