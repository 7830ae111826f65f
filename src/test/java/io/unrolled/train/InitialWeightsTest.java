package io.unrolled.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unrolled.data.Batch;
import io.unrolled.data.LmData;
import io.unrolled.io.NpyArray;
import io.unrolled.io.Npz;
import io.unrolled.models.LanguageModel;
import io.unrolled.models.ModelConfig;
import io.unrolled.models.ModelKind;
import io.unrolled.models.Models;
import io.unrolled.nn.Mem;
import io.unrolled.nn.Param;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;

class InitialWeightsTest {

    /** Made by tools/make_init_fixture.py with PyTorch: LMModel6's state_dict plus __config__. */
    static final Path TORCH_LM6 = resource("lm6-pytorch-state-dict.npz");
    /** An input and the logits PyTorch's LMModel6 gives for it with those weights. */
    static final Path TORCH_LM6_LOGITS = resource("lm6-pytorch-logits.npz");

    private static final List<String> VOCAB = LmData.of(ModelKind.LM6.data(), 64, 16).vocab().words();

    @TempDir
    Path dir;

    static Path resource(String name) {
        try {
            return Path.of(InitialWeightsTest.class.getResource("/io/unrolled/train/" + name).toURI());
        } catch (java.net.URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("test resource missing: " + name, e);
        }
    }

    @Test
    void aPyTorchStateDictGivesOurLmModel6PyTorchsOwnLogits() throws Exception {
        LanguageModel model = Models.create(ModelConfig.book(ModelKind.LM6, 30), 42);
        InitialWeights.copy(TORCH_LM6, model, VOCAB);

        Map<String, NpyArray> expected = Npz.read(TORCH_LM6_LOGITS);
        byte[] ids = expected.get("x").toBytes();
        int rows = expected.get("x").shape()[0];
        int steps = expected.get("x").shape()[1];
        int[] x = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            x[i] = ids[i] & 0xff;
        }
        float[] torchLogits = expected.get("logits").toFloats();      // (B, T, V), batch first
        model.reset();
        INDArray logits = model.forward(new Batch(rows, steps, steps, x, new int[rows * steps], 0), false).logits();   // (T*B, V)
        double worst = 0;
        for (int b = 0; b < rows; b++) {
            for (int t = 0; t < steps; t++) {
                for (int v = 0; v < 30; v++) {
                    double ours = logits.getDouble((long) t * rows + b, v);
                    worst = Math.max(worst, Math.abs(ours - torchLogits[(b * steps + t) * 30 + v]));
                }
            }
        }
        assertTrue(worst < 1e-5, "largest difference from PyTorch's logits: " + worst);
    }

    @Test
    void ourCheckpointsWeightsReplaceAFreshInitialisation() throws Exception {
        LanguageModel saved = Models.create(ModelConfig.book(ModelKind.LM4, 30), 7);
        Path file = dir.resolve("lm4.npz");
        Checkpoint.save(file, saved, VOCAB, null);
        LanguageModel fresh = Models.create(ModelConfig.book(ModelKind.LM4, 30), 42);
        InitialWeights.copy(file, fresh, VOCAB);
        for (Param p : saved.params().all()) {
            assertArrayEquals(floats(p), floats(fresh.params().get(p.name())), p.name());
        }
    }

    @Test
    void anotherRungIsRefusedAndTheModelIsUnchanged() throws Exception {
        LanguageModel model = Models.create(ModelConfig.book(ModelKind.LM7, 30), 42);
        float[] before = floats(model.params().all().get(0));
        var e = assertThrows(Checkpoint.Invalid.class, () -> InitialWeights.copy(TORCH_LM6, model, VOCAB));
        assertEquals("lm6-pytorch-state-dict.npz: it holds LMModel6 (lm6), not LMModel7 (lm7).", e.getMessage());
        assertArrayEquals(before, floats(model.params().all().get(0)));
    }

    @Test
    void otherShapesAreRefusedAndTheModelIsUnchanged() throws Exception {
        Path file = dir.resolve("narrow.npz");
        Checkpoint.save(file, Models.create(new ModelConfig(ModelKind.LM6, 30, 32, 2, 0), 1), VOCAB, null);
        LanguageModel model = Models.create(ModelConfig.book(ModelKind.LM6, 30), 42);
        float[] before = floats(model.params().all().get(0));
        var e = assertThrows(Checkpoint.Invalid.class, () -> InitialWeights.copy(file, model, VOCAB));
        assertEquals("narrow.npz: it has vocabulary 30, hidden size 32, 2 layers, but LMModel6 here has vocabulary 30, hidden size 64, 2 layers.",
                e.getMessage());
        assertArrayEquals(before, floats(model.params().all().get(0)));
    }

    @Test
    void anotherVocabularyIsRefused() throws Exception {
        Path file = dir.resolve("lm4.npz");
        List<String> shuffled = new java.util.ArrayList<>(VOCAB);
        java.util.Collections.swap(shuffled, 0, 1);
        Checkpoint.save(file, Models.create(ModelConfig.book(ModelKind.LM4, 30), 7), shuffled, null);
        var e = assertThrows(Checkpoint.Invalid.class,
                () -> InitialWeights.copy(file, Models.create(ModelConfig.book(ModelKind.LM4, 30), 42), VOCAB));
        assertTrue(e.getMessage().contains("vocabulary is not this app's"), e.getMessage());
    }

    private static float[] floats(Param p) {
        return Mem.of(p.value()).copyFloats(0, (int) p.size());
    }
}
