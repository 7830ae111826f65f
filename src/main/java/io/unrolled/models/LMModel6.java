package io.unrolled.models;

import org.nd4j.linalg.api.buffer.DataType;

/**
 * LMModel5 with LSTM layers: the cell state c is changed only by gated additions, so gradients
 * survive the 16 steps and the model learns far better.
 */
public final class LMModel6 extends StackedRnnModel {

    public LMModel6(ModelConfig config, long seed, DataType dtype) {
        super(config, seed, dtype);
    }
}
