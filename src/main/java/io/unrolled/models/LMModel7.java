package io.unrolled.models;

import org.nd4j.linalg.api.buffer.DataType;

/**
 * LMModel6 regularised the AWD-LSTM way: dropout on the LSTM outputs, the output layer sharing
 * the embedding matrix (weight tying), and the AR and TAR penalties added by the trainer's
 * RnnRegularizer callback.
 */
public final class LMModel7 extends StackedRnnModel {

    public LMModel7(ModelConfig config, long seed, DataType dtype) {
        super(config, seed, dtype);
    }
}
