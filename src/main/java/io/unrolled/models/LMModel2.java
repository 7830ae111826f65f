package io.unrolled.models;

import org.nd4j.linalg.api.buffer.DataType;

/**
 * LMModel1 rewritten as a loop over the three words, starting from a zero state: the moment the
 * network becomes recurrent. Same function, same numbers as LMModel1 for the same seed.
 */
public final class LMModel2 extends ReluRnnModel {

    public LMModel2(ModelConfig config, long seed, DataType dtype) {
        super(config, seed, dtype);
    }
}
