package io.unrolled.models;

import org.nd4j.linalg.api.buffer.DataType;

/**
 * LMModel3 reading 16 words at a time and predicting after every word, so each batch gives 16
 * times as many training signals.
 */
public final class LMModel4 extends ReluRnnModel {

    public LMModel4(ModelConfig config, long seed, DataType dtype) {
        super(config, seed, dtype);
    }
}
