package io.unrolled.models;

import org.nd4j.linalg.api.buffer.DataType;

/**
 * LMModel6 with GRU layers: update and reset gates, no separate cell state, three gate blocks
 * instead of four.
 */
public final class GruModel extends StackedRnnModel {

    public GruModel(ModelConfig config, long seed, DataType dtype) {
        super(config, seed, dtype);
    }
}
