package io.unrolled.models;

import org.nd4j.linalg.api.buffer.DataType;

/**
 * LMModel2 with a memory: the hidden state is kept from one batch to the next (the data is arranged
 * with group_chunks so that row j of consecutive batches continues the same text), reset to zero
 * at the start of each epoch, and detached after every batch so back-propagation stops at the
 * batch boundary.
 */
public final class LMModel3 extends ReluRnnModel {

    public LMModel3(ModelConfig config, long seed, DataType dtype) {
        super(config, seed, dtype);
    }
}
