package io.unrolled.models;

import io.unrolled.data.Batch;
import io.unrolled.nn.ParamSet;
import io.unrolled.trace.LayerTrace;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A language model of the ladder: a forward pass that caches what backward needs, a backward pass
 * that accumulates into {@link #params()}, and the hidden state a stateful model carries between
 * batches. The state is always carried as a value, so gradients stop at the batch boundary
 * (truncated back-propagation through time).
 */
public abstract class LanguageModel {

    protected final ModelConfig config;
    protected final ParamSet params;

    protected LanguageModel(ModelConfig config, ParamSet params) {
        this.config = config;
        this.params = params;
    }

    public ModelConfig config() {
        return config;
    }

    public ModelKind kind() {
        return config.kind();
    }

    public ParamSet params() {
        return params;
    }

    /** Runs the batch; {@code training} switches dropout on. Stateful models then keep the final state, detached. */
    public abstract ModelOutput forward(Batch batch, boolean training);

    /**
     * Back-propagates d(loss)/d(logits) (P, V), plus optional extra gradients on the dropped-out and
     * raw hidden outputs (the AR/TAR penalties), each (T*B, H) or null.
     */
    public abstract void backward(INDArray dLogits, INDArray dDroppedExtra, INDArray dRawExtra);

    /**
     * Whether each later backward measures ‖∂L/∂h_t‖ at every step of every recurrent layer (off by
     * default: a run pays for it only while someone looks at it). LMModel1 has no loop and ignores it.
     */
    public void recordHiddenGradients(boolean on) {
    }

    /**
     * [layer][t] ‖∂L/∂h_t‖ of the last backward over the whole batch, bottom layer first; null when not
     * recorded, or for LMModel1, whose three steps are written out rather than looped.
     */
    public double[][] hiddenGradientNorms() {
        return null;
    }

    /** The book's {@code reset()}: hidden state back to zeros. */
    public void reset() {
        INDArray[][] state = carriedState();
        if (state != null) {
            for (INDArray[] layer : state) {
                for (INDArray s : layer) {
                    s.assign(0);
                }
            }
        }
    }

    /**
     * The state carried between batches, [layer][h, or h and c], each (B, H); null before the first
     * batch and in models that carry none. Subclasses hand out their own arrays, not copies.
     */
    protected abstract INDArray[][] carriedState();

    /** Takes {@code state} (same layout, or null for none yet) as the carried state; it is the caller's copy to keep. */
    protected abstract void replaceCarriedState(INDArray[][] state);

    /** The top layer's outputs of the last forward before dropout, (T*B, H); null for the 3-word models. */
    public abstract INDArray rawOutputs();

    /** The same after dropout (the raw outputs themselves when there is no dropout). */
    public abstract INDArray droppedOutputs();

    /** Changes dropout between batches; ignored by models without dropout. */
    public void setDropout(double p) {
    }

    /** Copies of batch row r's values in every recurrent layer during the last forward, bottom layer first. */
    public abstract List<LayerTrace> traceLayers(int row);

    /**
     * d(loss)/d(embedded inputs) of the last backward, (T*B, E) time-major: the gradient reaching each
     * input word's embedding vector, position by position (before the rows of repeated words are summed
     * into the embedding matrix's gradient). Valid until the next backward.
     */
    public abstract INDArray embeddingGradient();

    /** Dropout mask of batch row r of the last forward, (T, H), or null if nothing was dropped. */
    public float[] traceDropoutMask(int row) {
        return null;
    }

    /** A copy of the carried state, for gradient checks and for replaying a batch. */
    public final Object saveState() {
        return copy(carriedState());
    }

    /** Puts back what {@link #saveState()} returned; the saved copy stays usable for another restore. */
    public final void restoreState(Object saved) {
        replaceCarriedState(copy((INDArray[][]) saved));
    }

    private static INDArray[][] copy(INDArray[][] state) {
        if (state == null) {
            return null;
        }
        INDArray[][] copy = new INDArray[state.length][];
        for (int l = 0; l < state.length; l++) {
            copy[l] = new INDArray[state[l].length];
            for (int k = 0; k < state[l].length; k++) {
                copy[l][k] = state[l][k].dup();
            }
        }
        return copy;
    }
}
