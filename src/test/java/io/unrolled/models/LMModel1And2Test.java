package io.unrolled.models;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unrolled.data.Batch;
import io.unrolled.data.LmData;
import io.unrolled.nn.CrossEntropy;
import io.unrolled.nn.Param;
import io.unrolled.torch.TorchFixture;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * LMModel1 (three steps written out) and LMModel2 (the loop) are two pieces of code for one
 * function. Each is held to PyTorch running the book's LMModel1, so agreeing with each other cannot
 * hide a mistake they share; and with the same weights they agree on real batches to round-off.
 */
class LMModel1And2Test {

    private static final DataType D = DataType.DOUBLE;

    private static LanguageModel fromTorch(ModelKind kind, TorchFixture f) {
        int hidden = (int) f.doubles("hyper")[12];
        LanguageModel m = Models.create(new ModelConfig(kind, 30, hidden, 1, 0), 99, D);
        f.loadParams(m.params(), "init.");
        return m;
    }

    @Test
    void lmModel1IsItsOwnHandWrittenClassAndLmModel2TheLoop() {
        LanguageModel m1 = Models.create(ModelConfig.book(ModelKind.LM1, 30), 5, D);
        LanguageModel m2 = Models.create(ModelConfig.book(ModelKind.LM2, 30), 5, D);
        assertFalse(m1 instanceof ReluRnnModel, "LMModel1 does not run through the loop's code");
        assertTrue(m2 instanceof ReluRnnModel);
    }

    @Test
    void bothReproducePyTorchsLmModel1LogitsAndGradients() {
        TorchFixture f = TorchFixture.load("step_lm1");
        int rows = (int) f.doubles("hyper")[13];
        Batch batch = new Batch(rows, 3, 1, f.ints("x0"), f.ints("y0"), 0);
        for (ModelKind kind : List.of(ModelKind.LM1, ModelKind.LM2)) {
            LanguageModel m = fromTorch(kind, f);
            ModelOutput out = m.forward(batch, true);
            f.assertClose("logits0", out.logits(), kind + " logits");
            CrossEntropy ce = new CrossEntropy();
            TorchFixture.assertClose(f.scalar("ce0"), ce.forward(out.logits(), out.targets()), D, kind + " loss");
            m.backward(ce.gradient(), null, null);
            for (Param p : m.params().all()) {
                f.assertClose("grad0." + p.name(), p.grad(), kind + " gradient");
            }
        }
    }

    @Test
    void withTheSameWeightsBothGiveTheSameLogitsAndGradientsOnTheBooksData() {
        LmData data = LmData.of(ModelKind.LM1.data(), 64, 16);
        LanguageModel m1 = Models.create(ModelConfig.book(ModelKind.LM1, data.vocab().size()), 5, D);
        LanguageModel m2 = Models.create(ModelConfig.book(ModelKind.LM2, data.vocab().size()), 6, D);
        m2.params().flatValues().assign(m1.params().flatValues());   // equal weights by copy, not by seed
        for (Batch b : List.of(data.train().get(0), data.train().get(100), data.valid().get(data.valid().size() - 1))) {
            m1.params().zeroGrads();
            m2.params().zeroGrads();
            ModelOutput o1 = m1.forward(b, true);
            ModelOutput o2 = m2.forward(b, true);
            TorchFixture.assertClose(o1.logits().dup().data().asDouble(), o2.logits().dup().data().asDouble(), 1e-12, "logits");
            CrossEntropy ce1 = new CrossEntropy();
            CrossEntropy ce2 = new CrossEntropy();
            ce1.forward(o1.logits(), o1.targets());
            ce2.forward(o2.logits(), o2.targets());
            m1.backward(ce1.gradient(), null, null);
            m2.backward(ce2.gradient(), null, null);
            TorchFixture.assertClose(m1.params().flatGrads().data().asDouble(), m2.params().flatGrads().data().asDouble(), 1e-12, "gradients");
            assertTrue(m1.params().gradNorm() > 1e-3, "the batch moves the weights");
        }
    }
}
