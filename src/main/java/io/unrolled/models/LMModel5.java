package io.unrolled.models;

import org.nd4j.linalg.api.buffer.DataType;

/**
 * Two stacked recurrent layers using PyTorch's nn.RNN (tanh), predicting after every word. Deeper
 * than LMModel4, yet in the book it does worse: gradients through two layers and 16 steps vanish
 * or explode.
 */
public final class LMModel5 extends StackedRnnModel {

    public LMModel5(ModelConfig config, long seed, DataType dtype) {
        super(config, seed, dtype);
    }
}
