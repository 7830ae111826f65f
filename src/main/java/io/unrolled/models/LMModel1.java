package io.unrolled.models;

import org.nd4j.linalg.api.buffer.DataType;

/**
 * Three embedded words go through one hidden layer, the same Linear h_h applied after each word
 * is added to the running state, and h_o predicts the fourth word. The book writes the three
 * applications out one by one.
 */
public final class LMModel1 extends ReluRnnModel {

    public LMModel1(ModelConfig config, long seed, DataType dtype) {
        super(config, seed, dtype);
    }
}
