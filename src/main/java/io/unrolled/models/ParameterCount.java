package io.unrolled.models;

import io.unrolled.nn.ParamSpec;
import java.util.List;

/** How many numbers a rung learns, from its parameter specs alone (nothing is allocated). */
public final class ParameterCount {

    private ParameterCount() {
    }

    /** Counts a tied weight once, as the optimizer sees it. */
    public static long of(ModelConfig config) {
        List<ParamSpec> specs = config.kind().cell() == ModelKind.Cell.RELU_BOOK
                ? ReluRnnModel.specs(config) : StackedRnnModel.specs(config);
        return specs.stream().mapToLong(ParamSpec::size).sum();
    }
}
