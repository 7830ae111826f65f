package io.unrolled.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.unrolled.nn.Init;
import io.unrolled.nn.ParamSet;
import io.unrolled.nn.ParamSpec;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

/** fastai's Adam against values worked out by hand from the reference notes. */
class AdamTest {

    private static ParamSet weightAndBias() {
        ParamSet ps = new ParamSet(List.of(
                ParamSpec.weight("w", new Init.Uniform(0), 1),
                ParamSpec.linearBias("b", new Init.Uniform(0), 1)), DataType.DOUBLE, 0);
        ps.get("w").value().putScalar(0, 1.0);
        ps.get("b").value().putScalar(0, 1.0);
        return ps;
    }

    @Test
    void firstStepDecaysWeightsThenTakesADebiasedStep() {
        ParamSet ps = weightAndBias();
        ps.get("w").grad().putScalar(0, 0.5);
        ps.get("b").grad().putScalar(0, 0.5);
        new Adam(ps).step(0.1, 0.9, 0.01);
        // w: 1·(1 − 0.1·0.01) = 0.999; m = 0.05, v = 0.0025; m̂ = 0.05/0.1 = 0.5, v̂ = 0.0025/0.01 = 0.25
        double step = 0.1 * 0.5 / (Math.sqrt(0.25) + 1e-5);
        assertEquals(0.999 - step, ps.get("w").value().getDouble(0), 1e-12);
        // a Linear bias is exempt from weight decay
        assertEquals(1.0 - step, ps.get("b").value().getDouble(0), 1e-12);
    }

    @Test
    void biasCorrectionUsesTheCurrentMomentumRaisedToTheStepCount() {
        ParamSet ps = weightAndBias();
        Adam adam = new Adam(ps);
        ps.get("b").grad().putScalar(0, 0.5);
        adam.step(0.1, 0.9, 0.0);
        double afterFirst = ps.get("b").value().getDouble(0);
        ps.get("b").grad().putScalar(0, -1.0);
        adam.step(0.05, 0.8, 0.0);
        double m = 0.8 * 0.05 + 0.2 * -1.0;              // m1 = 0.05 from the first step
        double v = 0.99 * 0.0025 + 0.01 * 1.0;           // v1 = 0.0025
        double expected = afterFirst - (0.05 / (1 - 0.8 * 0.8)) * m / (Math.sqrt(v / (1 - 0.99 * 0.99)) + 1e-5);
        assertEquals(expected, ps.get("b").value().getDouble(0), 1e-12);
        assertEquals(2, adam.steps());
    }

    @Test
    void aZeroGradientStillMovesThroughMomentumAndDecay() {
        ParamSet ps = weightAndBias();
        Adam adam = new Adam(ps);
        ps.get("w").grad().putScalar(0, 1.0);
        adam.step(0.01, 0.9, 0.1);
        double w1 = ps.get("w").value().getDouble(0);
        ps.zeroGrads();
        adam.step(0.01, 0.9, 0.1);
        assertEquals(true, ps.get("w").value().getDouble(0) < w1 * (1 - 0.01 * 0.1) - 1e-6,
                "momentum keeps pushing after the gradient stops");
    }
}
