package io.unrolled.models;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unrolled.data.Batch;
import io.unrolled.data.LmData;
import io.unrolled.nn.ActivationPenalty;
import io.unrolled.nn.CrossEntropy;
import io.unrolled.nn.GradientCheck;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Whole models against finite differences, on the second of two consecutive batches: the first
 * batch leaves a carried state, and the check holds that state fixed, which is exactly what
 * detaching it means. For LMModel7 the loss includes AR and TAR, dropout runs with a frozen mask,
 * and the tied weight's gradient is the sum of its two uses.
 */
class ModelGradientTest {

    private static final double ALPHA = 2.0;
    private static final double BETA = 1.0;
    /** Every rung's worst relative error must sit far below this; each run logs its own. */
    private static final double TOLERANCE = 1e-5;

    @ParameterizedTest
    @EnumSource(ModelKind.class)
    void backwardMatchesFiniteDifferencesAcrossTheDetachBoundary(ModelKind kind) {
        LmData data = LmData.of(kind.data(), 4, 16);
        Batch first = data.train().get(0);
        Batch second = data.train().get(1);
        ModelConfig config = new ModelConfig(kind, data.vocab().size(), 6, kind.cell() == ModelKind.Cell.RELU_BOOK ? 1 : 2,
                kind.hasDropout() ? 0.3 : 0.0);
        LanguageModel model = Models.create(config, 42, DataType.DOUBLE);
        model.forward(first, true);
        if (model instanceof StackedRnnModel stacked) {
            stacked.freezeDropoutMask();
        }
        Object carried = model.saveState();

        model.params().zeroGrads();
        ModelOutput out = model.forward(second, true);
        CrossEntropy ce = new CrossEntropy();
        ce.forward(out.logits(), out.targets());
        INDArray dDropped = null;
        INDArray dRaw = null;
        if (kind.hasDropout()) {
            dDropped = Nd4j.zerosLike(model.droppedOutputs());
            dRaw = Nd4j.zerosLike(model.rawOutputs());
            ActivationPenalty.ar(model.droppedOutputs(), dDropped, ALPHA);
            ActivationPenalty.tar(model.rawOutputs(), out.rows(), dRaw, BETA);
        }
        model.backward(ce.gradient(), dDropped, dRaw);

        GradientCheck check = kind.cell() == ModelKind.Cell.RELU_BOOK ? GradientCheck.piecewise(12) : GradientCheck.smooth(12);
        GradientCheck.Report report = check.check(model.params().all(), () -> {
            model.restoreState(carried);
            ModelOutput o = model.forward(second, true);
            double loss = new CrossEntropy().forward(o.logits(), o.targets());
            if (kind.hasDropout()) {
                loss += ALPHA * ActivationPenalty.ar(model.droppedOutputs(), null, 0)
                        + BETA * ActivationPenalty.tar(model.rawOutputs(), o.rows(), null, 0);
            }
            return loss;
        });
        System.out.println(report.summary(kind.bookName() + " across the detach boundary", TOLERANCE));
        assertTrue(report.passes(TOLERANCE), () -> kind + " worst: " + report.worst());
        assertTrue(report.entries().size() >= model.params().all().size(), "every parameter was sampled");
    }

    @ParameterizedTest
    @EnumSource(value = ModelKind.class, names = {"LM3", "LM4", "LM5", "LM6", "LM7", "GRU"})
    void statefulModelsCarryStateAndResetClearsIt(ModelKind kind) {
        LmData data = LmData.of(kind.data(), 4, 16);
        LanguageModel model = Models.create(ModelConfig.book(kind, data.vocab().size()), 1, DataType.DOUBLE);
        Batch b = data.train().get(1);
        model.reset();
        ModelOutput first = model.forward(b, false);
        double fromZero = new CrossEntropy().forward(first.logits(), first.targets());
        model.reset();
        model.forward(data.train().get(0), false);
        ModelOutput second = model.forward(b, false);
        double carried = new CrossEntropy().forward(second.logits(), second.targets());
        model.reset();
        ModelOutput again = model.forward(b, false);
        double afterReset = new CrossEntropy().forward(again.logits(), again.targets());
        assertTrue(Math.abs(fromZero - carried) > 1e-9, "a carried state changes the prediction");
        assertTrue(Math.abs(fromZero - afterReset) < 1e-12, "reset() returns to the zero state");
    }
}
