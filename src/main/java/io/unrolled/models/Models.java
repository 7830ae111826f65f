package io.unrolled.models;

import org.nd4j.linalg.api.buffer.DataType;

/** Builds the model of a rung from its configuration. */
public final class Models {

    private Models() {
    }

    /** FLOAT for training; DOUBLE only for gradient checks. */
    public static LanguageModel create(ModelConfig config, long seed, DataType dtype) {
        io.unrolled.nn.NativeSetup.ensure();
        return switch (config.kind()) {
            case LM1 -> new LMModel1(config, seed, dtype);
            case LM2 -> new LMModel2(config, seed, dtype);
            case LM3 -> new LMModel3(config, seed, dtype);
            case LM4 -> new LMModel4(config, seed, dtype);
            case LM5 -> new LMModel5(config, seed, dtype);
            case LM6 -> new LMModel6(config, seed, dtype);
            case LM7 -> new LMModel7(config, seed, dtype);
            case GRU -> new GruModel(config, seed, dtype);
        };
    }

    public static LanguageModel create(ModelConfig config, long seed) {
        return create(config, seed, DataType.FLOAT);
    }
}
