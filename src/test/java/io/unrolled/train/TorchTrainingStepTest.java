package io.unrolled.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.unrolled.data.Batch;
import io.unrolled.models.LanguageModel;
import io.unrolled.models.ModelConfig;
import io.unrolled.models.ModelKind;
import io.unrolled.models.ModelOutput;
import io.unrolled.models.Models;
import io.unrolled.models.StackedRnnModel;
import io.unrolled.nn.ActivationPenalty;
import io.unrolled.nn.CrossEntropy;
import io.unrolled.nn.Param;
import io.unrolled.torch.TorchFixture;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Two consecutive training batches of a chapter model against PyTorch running the same model with
 * fastai's recipe (tools/make_fixtures.py): the logits, the loss (with AR and TAR for LMModel7,
 * under the same dropout mask), every gradient, the one-cycle lr and momentum at that point of the
 * run, and the weights after each Adam step. The second batch starts from the state the first left
 * (detached) and from Adam's moments after one step, so the carried state and the bias correction
 * at t = 2 are pinned too. The rung's recipe in {@link Ladder} must be the one the fixture used.
 */
class TorchTrainingStepTest {

    static Stream<Arguments> rungs() {
        return Stream.of(ModelKind.values())
                .flatMap(k -> Stream.of(DataType.DOUBLE, DataType.FLOAT).map(dt -> Arguments.of(k, dt)));
    }

    private static String fixtureOf(ModelKind kind) {
        return switch (kind) {
            case LM1, LM2 -> "step_lm1";      // LMModel2 is LMModel1 as a loop: the same numbers
            default -> "step_" + kind.id();
        };
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("rungs")
    void twoTrainingStepsMatchPyTorchWithFastaisRecipe(ModelKind kind, DataType dt) {
        TorchFixture f = TorchFixture.load(fixtureOf(kind));
        double[] hyper = f.doubles("hyper");   // lr_max, wd, moms ×3, epoch, epochs, batches, first batch, p, α, β, H, B
        TrainConfig recipe = Ladder.recipe(kind);
        assertArrayEquals(new double[] {recipe.lrMax(), recipe.wd(), recipe.moms()[0], recipe.moms()[1], recipe.moms()[2],
                recipe.dropout(), recipe.alpha(), recipe.beta()},
                new double[] {hyper[0], hyper[1], hyper[2], hyper[3], hyper[4], hyper[9], hyper[10], hyper[11]},
                kind + "'s recipe is the one PyTorch trained with");
        int epoch = (int) hyper[5];
        int epochs = (int) hyper[6];
        int batches = (int) hyper[7];
        int firstBatch = (int) hyper[8];
        assertEquals(recipe.epochs(), epochs, "epochs of the recipe");
        int hidden = (int) hyper[12];
        int rows = (int) hyper[13];
        int layers = kind.cell() == ModelKind.Cell.RELU_BOOK ? 1 : 2;
        LanguageModel model = Models.create(new ModelConfig(kind, 30, hidden, layers, recipe.dropout()), 1, dt);
        f.loadParams(model.params(), "init.");
        Adam adam = new Adam(model.params());
        OneCycle schedule = OneCycle.of(recipe.lrMax(), recipe.moms());
        CrossEntropy ce = new CrossEntropy();
        model.reset();
        double worst = 0;
        for (int k = 0; k < 2; k++) {
            int[] xShape = f.shape("x" + k);
            int[] yShape = f.shape("y" + k);
            Batch batch = new Batch(rows, xShape[1], yShape[1], f.ints("x" + k), f.ints("y" + k), k);
            if (kind.hasDropout()) {
                ((StackedRnnModel) model).useDropoutMask(f.array("mask" + k, dt));
            }
            String at = kind + " " + dt + " batch " + k;
            ModelOutput out = model.forward(batch, true);
            worst = Math.max(worst, f.assertClose("logits" + k, out.logits(), at + " logits"));
            double loss = ce.forward(out.logits(), out.targets());
            worst = Math.max(worst, TorchFixture.assertClose(f.scalar("ce" + k), loss, dt, at + " cross-entropy"));
            INDArray dDropped = null;
            INDArray dRaw = null;
            if (recipe.alpha() != 0 || recipe.beta() != 0) {
                // as RnnRegularizer does it: α·AR on the dropped-out outputs, β·TAR on the raw ones
                dDropped = Nd4j.zerosLike(model.droppedOutputs());
                dRaw = Nd4j.zerosLike(model.rawOutputs());
                loss += recipe.alpha() * ActivationPenalty.ar(model.droppedOutputs(), dDropped, recipe.alpha());
                loss += recipe.beta() * ActivationPenalty.tar(model.rawOutputs(), out.rows(), dRaw, recipe.beta());
            }
            worst = Math.max(worst, TorchFixture.assertClose(f.scalar("loss" + k), loss, dt, at + " loss"));
            model.backward(ce.gradient(), dDropped, dRaw);
            for (Param p : model.params().all()) {
                worst = Math.max(worst, f.assertClose("grad" + k + "." + p.name(), p.grad(), at + " gradient"));
            }
            double pos = OneCycle.progress(epoch, firstBatch + k, batches, epochs);
            worst = Math.max(worst, TorchFixture.assertClose(f.scalar("pos" + k), pos, DataType.DOUBLE, at + " training progress"));
            double lr = schedule.lrAt(pos);
            double mom = schedule.momAt(pos);
            worst = Math.max(worst, TorchFixture.assertClose(f.scalar("lr" + k), lr, DataType.DOUBLE, at + " one-cycle lr"));
            worst = Math.max(worst, TorchFixture.assertClose(f.scalar("mom" + k), mom, DataType.DOUBLE, at + " one-cycle momentum"));
            adam.step(lr, mom, recipe.wd());
            model.params().zeroGrads();
            for (Param p : model.params().all()) {
                worst = Math.max(worst, f.assertClose("after" + k + "." + p.name(), p.value(), at + " weights after Adam"));
            }
        }
        System.out.printf("PyTorch training steps %-4s %-6s largest difference %.2e (tolerance %.0e)%n",
                kind.id(), dt, worst, TorchFixture.tolerance(dt));
    }
}
