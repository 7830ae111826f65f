package io.unrolled.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unrolled.data.Batch;
import io.unrolled.data.LmData;
import io.unrolled.nn.ActivationPenalty;
import io.unrolled.nn.CrossEntropy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * ‖∂L/∂h_t‖ as training records it, against finite differences in double: the whole batch's loss
 * (with AR and TAR and a frozen dropout mask for LMModel7) as each element of h_t is nudged, on the
 * second of two batches with the carried state held fixed, as detaching it means.
 */
class HiddenGradientTest {

    private static final double ALPHA = 2.0;
    private static final double BETA = 1.0;

    @ParameterizedTest
    @EnumSource(value = ModelKind.class, names = {"LM2", "LM3", "LM4", "LM5", "LM6", "LM7", "GRU"})
    void recordedHiddenGradientNormsAgreeWithCentralFiniteDifferencesInDouble(ModelKind kind) {
        LmData data = LmData.of(kind.data(), 4, 16);
        Batch first = data.train().get(0);
        Batch second = data.train().get(1);
        boolean relu = kind.cell() == ModelKind.Cell.RELU_BOOK;
        ModelConfig config = new ModelConfig(kind, data.vocab().size(), 6, relu ? 1 : 2, kind.hasDropout() ? 0.3 : 0.0);
        LanguageModel model = Models.create(config, 42, DataType.DOUBLE);
        model.forward(first, true);
        if (model instanceof StackedRnnModel stacked) {
            stacked.freezeDropoutMask();
        }
        Object carried = model.saveState();
        model.recordHiddenGradients(true);
        double[][] norms = backwardOnce(model, second, carried);
        assertEquals(relu ? 1 : 2, norms.length, "one row per recurrent layer");
        double eps = relu ? 1e-7 : 1e-5;
        int elements = second.size() * 6;
        double worst = 0;
        String where = "";
        for (int l = 0; l < norms.length; l++) {
            assertEquals(second.seqLen(), norms[l].length, "one norm per step");
            for (int t = 0; t < norms[l].length; t++) {
                double sum = 0;
                for (int k = 0; k < elements; k++) {
                    double up = lossWith(model, second, carried, l, t, k, eps);
                    double down = lossWith(model, second, carried, l, t, k, -eps);
                    double d = (up - down) / (2 * eps);
                    sum += d * d;
                }
                nudge(model, l, -1, 0, 0);
                double numeric = Math.sqrt(sum);
                double err = Math.abs(norms[l][t] - numeric) / Math.max(Math.max(norms[l][t], numeric), 1e-9);
                if (err > worst) {
                    worst = err;
                    where = String.format("layer %d, step %d: recorded %.6g, numeric %.6g", l, t, norms[l][t], numeric);
                }
            }
        }
        System.out.printf("hidden-gradient check %-10s worst relative error %.2e at %s%n", kind.bookName(), worst, where);
        assertTrue(worst < (relu ? 1e-5 : 1e-6), kind + ": " + where);
        assertTrue(norms[norms.length - 1][second.seqLen() - 1] > 0, "the last step's state gets a gradient");
    }

    @ParameterizedTest
    @EnumSource(value = ModelKind.class, names = {"LM4", "LM6", "GRU"})
    void recordingChangesNoGradientAndOffRecordsNothing(ModelKind kind) {
        LmData data = LmData.of(kind.data(), 4, 16);
        LanguageModel model = Models.create(ModelConfig.book(kind, data.vocab().size()), 3, DataType.DOUBLE);
        Batch b = data.train().get(0);
        backwardOnce(model, b, null);
        assertNull(model.hiddenGradientNorms(), "nothing is measured unless asked");
        INDArray off = model.params().flatGrads().dup();
        model.recordHiddenGradients(true);
        backwardOnce(model, b, null);
        assertEquals(off, model.params().flatGrads(), "measuring leaves every gradient as it was");
        model.recordHiddenGradients(false);
        backwardOnce(model, b, null);
        assertNull(model.hiddenGradientNorms());
    }

    @Test
    void theThreeWordNetHasNoLoopToMeasure() {
        LmData data = LmData.of(ModelKind.LM1.data(), 4, 16);
        LanguageModel model = Models.create(ModelConfig.book(ModelKind.LM1, data.vocab().size()), 3, DataType.DOUBLE);
        model.recordHiddenGradients(true);
        backwardOnce(model, data.train().get(0), null);
        assertNull(model.hiddenGradientNorms());
    }

    private static double[][] backwardOnce(LanguageModel model, Batch batch, Object carried) {
        model.params().zeroGrads();
        if (carried != null) {
            model.restoreState(carried);
        } else {
            model.reset();
        }
        ModelOutput out = model.forward(batch, true);
        CrossEntropy ce = new CrossEntropy();
        ce.forward(out.logits(), out.targets());
        INDArray dDropped = null;
        INDArray dRaw = null;
        if (model.kind().hasDropout()) {
            dDropped = Nd4j.zerosLike(model.droppedOutputs());
            dRaw = Nd4j.zerosLike(model.rawOutputs());
            ActivationPenalty.ar(model.droppedOutputs(), dDropped, ALPHA);
            ActivationPenalty.tar(model.rawOutputs(), out.rows(), dRaw, BETA);
        }
        model.backward(ce.gradient(), dDropped, dRaw);
        return model.hiddenGradientNorms();
    }

    private static double lossWith(LanguageModel model, Batch batch, Object carried, int layer, int step, int index, double delta) {
        nudge(model, layer, step, index, delta);
        model.restoreState(carried);
        ModelOutput o = model.forward(batch, true);
        double loss = new CrossEntropy().forward(o.logits(), o.targets());
        if (model.kind().hasDropout()) {
            loss += ALPHA * ActivationPenalty.ar(model.droppedOutputs(), null, 0)
                    + BETA * ActivationPenalty.tar(model.rawOutputs(), o.rows(), null, 0);
        }
        return loss;
    }

    private static void nudge(LanguageModel model, int layer, int step, int index, double delta) {
        if (model instanceof StackedRnnModel s) {
            s.layer(layer).nudgeHidden(step, index, delta);
        } else {
            ((ReluRnnModel) model).layer().nudgeHidden(step, index, delta);
        }
    }
}
