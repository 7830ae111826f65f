package io.unrolled.models;

import io.unrolled.data.Batch;
import io.unrolled.nn.Embedding;
import io.unrolled.nn.Linear;
import io.unrolled.nn.Mem;
import io.unrolled.nn.ParamSet;
import io.unrolled.trace.LayerTrace;
import io.unrolled.trace.RnnLayerTrace;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Three embedded words go through one hidden layer, the same Linear h_h applied after each word
 * is added to the running state, and h_o predicts the fourth word. As in the book, the three
 * applications are written out one by one, with no loop and no recurrent layer: each use of
 * {@code i_h} and {@code h_h} is its own layer object over the one shared weight, so backward
 * adds the three uses' gradients exactly as autograd does. LMModel2 is the same function as a loop.
 */
public final class LMModel1 extends LanguageModel {

    private final Embedding word1;
    private final Embedding word2;
    private final Embedding word3;
    private final Linear hidden1;
    private final Linear hidden2;
    private final Linear hidden3;
    private final Linear hO;
    private final INDArray[] embedded = new INDArray[3];   // (B, H) each word's embedding, for traces
    private final INDArray[] pre = new INDArray[3];        // (B, H) each step's value before the ReLU
    private INDArray h1;          // (B, H) state after the first word
    private INDArray h2;          // (B, H) after the second
    private INDArray h3;          // (B, H) after the third
    private INDArray dEmbedded;   // (3*B, H) time-major gradient on each word's embedding, from the last backward

    public LMModel1(ModelConfig config, long seed, DataType dtype) {
        super(config, new ParamSet(ReluRnnModel.specs(config), dtype, seed));
        word1 = new Embedding(params.get("i_h.weight"));
        word2 = new Embedding(params.get("i_h.weight"));
        word3 = new Embedding(params.get("i_h.weight"));
        hidden1 = new Linear(params.get("h_h.weight"), params.get("h_h.bias"));
        hidden2 = new Linear(params.get("h_h.weight"), params.get("h_h.bias"));
        hidden3 = new Linear(params.get("h_h.weight"), params.get("h_h.bias"));
        hO = new Linear(params.get("h_o.weight"), params.get("h_o.bias"));
    }

    @Override
    public ModelOutput forward(Batch batch, boolean training) {
        if (batch.seqLen() != 3) {
            throw new IllegalArgumentException("LMModel1 reads exactly three words, got " + batch.seqLen());
        }
        embedded[0] = word1.forward(column(batch, 0));
        pre[0] = hidden1.forward(embedded[0]);
        h1 = Transforms.relu(pre[0], true);
        embedded[1] = word2.forward(column(batch, 1));
        pre[1] = hidden2.forward(h1.add(embedded[1]));
        h2 = Transforms.relu(pre[1], true);
        embedded[2] = word3.forward(column(batch, 2));
        pre[2] = hidden3.forward(h2.add(embedded[2]));
        h3 = Transforms.relu(pre[2], true);
        INDArray logits = hO.forward(h3);                                            // (B, V)
        return new ModelOutput(logits, TimeMajor.targets(batch), batch.size(), 1);
    }

    @Override
    public void backward(INDArray dLogits, INDArray dDroppedExtra, INDArray dRawExtra) {
        INDArray dH3 = zerosLike(h3);
        hO.backward(dLogits, dH3);
        // through the third step: relu, then h_h, whose input was h2 + the third word
        INDArray dIn3 = zerosLike(h3);
        hidden3.backward(dH3.mul(Transforms.step(h3)), dIn3);
        word3.backward(dIn3);
        INDArray dIn2 = zerosLike(h2);
        hidden2.backward(dIn3.mul(Transforms.step(h2)), dIn2);      // dIn3 is also the gradient on h2
        word2.backward(dIn2);
        INDArray dIn1 = zerosLike(h1);
        hidden1.backward(dIn2.mul(Transforms.step(h1)), dIn1);      // the first step's input is the word alone
        word1.backward(dIn1);
        dEmbedded = Nd4j.vstack(dIn1, dIn2, dIn3);
    }

    @Override
    public INDArray embeddingGradient() {
        return dEmbedded;
    }

    private static INDArray zerosLike(INDArray a) {
        return Nd4j.zeros(a.dataType(), a.rows(), a.columns());
    }

    private static int[] column(Batch batch, int t) {
        int[] ids = new int[batch.size()];
        for (int r = 0; r < ids.length; r++) {
            ids[r] = batch.x(r, t);
        }
        return ids;
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
        int hd = config.hidden();
        INDArray[] states = {h1, h2, h3};
        float[] input = new float[3 * hd];
        float[] before = new float[3 * hd];
        float[] h = new float[3 * hd];
        for (int t = 0; t < 3; t++) {
            System.arraycopy(Mem.of(embedded[t]).copyFloats(row * hd, hd), 0, input, t * hd, hd);
            System.arraycopy(Mem.of(pre[t]).copyFloats(row * hd, hd), 0, before, t * hd, hd);
            System.arraycopy(Mem.of(states[t]).copyFloats(row * hd, hd), 0, h, t * hd, hd);
        }
        return List.of(new RnnLayerTrace(3, hd, RnnLayerTrace.Activation.RELU, new float[hd], input, before, h));
    }

    @Override
    protected INDArray[][] carriedState() {
        return null;      // nothing is carried between batches
    }

    @Override
    protected void replaceCarriedState(INDArray[][] state) {
        // stateless
    }
}
