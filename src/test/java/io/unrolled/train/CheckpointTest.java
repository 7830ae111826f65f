package io.unrolled.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.unrolled.data.LmData;
import io.unrolled.io.NpyArray;
import io.unrolled.io.Npz;
import io.unrolled.models.LanguageModel;
import io.unrolled.models.ModelConfig;
import io.unrolled.models.ModelKind;
import io.unrolled.models.Models;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointTest {

    @TempDir
    Path dir;

    private static LanguageModel trainedLm7() {
        TrainConfig c = Ladder.recipe(ModelKind.LM7).withEpochs(1);
        LmData data = LmData.of(ModelKind.LM7.data(), 64, 16);
        LanguageModel m = Models.create(ModelConfig.book(ModelKind.LM7, 30), 4);
        new Learner(m, data, c).fit();
        return m;
    }

    @Test
    void savedModelLoadsBackToTheSameValidationNumbers() throws Exception {
        LanguageModel model = trainedLm7();
        LmData data = LmData.of(ModelKind.LM7.data(), 64, 16);
        Evaluator.Result before = Evaluator.evaluate(model, data.valid());
        Path file = dir.resolve("lm7.npz");
        Checkpoint.save(file, model, data.vocab().words(), Ladder.recipe(ModelKind.LM7));
        Checkpoint.Loaded loaded = Checkpoint.load(file);
        Evaluator.Result after = Evaluator.evaluate(loaded.model(), data.valid());
        assertEquals(before.loss(), after.loss(), 1e-6);
        assertEquals(before.accuracy(), after.accuracy(), 0);
        assertEquals(data.vocab().words(), loaded.vocab());
    }

    @Test
    void aVocabularyThatDiffersIsRefusedAtTheFirstDifferentWordAndAMissingOneIsTakenAsOurs() throws Exception {
        LanguageModel model = Models.create(ModelConfig.book(ModelKind.LM1, 30), 1);
        List<String> ours = LmData.of(ModelKind.LM1.data(), 64, 16).vocab().words();
        List<String> theirs = new java.util.ArrayList<>(ours);
        java.util.Collections.swap(theirs, 2, 3);

        Checkpoint.Invalid e = assertThrows(Checkpoint.Invalid.class,
                () -> new Checkpoint.Loaded(model, theirs, Map.of()).requireVocabulary("theirs.npz", ours));

        assertTrue(e.getMessage().contains("word 2 is \"" + ours.get(3) + "\" there and \"" + ours.get(2) + "\" here"),
                e.getMessage());
        new Checkpoint.Loaded(model, List.of(), Map.of()).requireVocabulary("theirs.npz", ours);
        new Checkpoint.Loaded(model, ours, Map.of()).requireVocabulary("theirs.npz", ours);
    }

    @Test
    void entriesUsePyTorchNamesAndTheTiedWeightAppearsTwice() throws Exception {
        Path file = dir.resolve("lm7.npz");
        Checkpoint.save(file, Models.create(ModelConfig.book(ModelKind.LM7, 30), 1), List.of(), null);
        Map<String, NpyArray> a = Npz.read(file);
        assertEquals(List.of("i_h.weight", "rnn.weight_ih_l0", "rnn.weight_hh_l0", "rnn.bias_ih_l0", "rnn.bias_hh_l0",
                "rnn.weight_ih_l1", "rnn.weight_hh_l1", "rnn.bias_ih_l1", "rnn.bias_hh_l1", "h_o.weight", "h_o.bias",
                Checkpoint.CONFIG_ENTRY), List.copyOf(a.keySet()));
        assertEquals(List.of(256, 64), List.of(a.get("rnn.weight_ih_l0").shape()[0], a.get("rnn.weight_ih_l0").shape()[1]));
        assertTrue(java.util.Arrays.equals(a.get("i_h.weight").toFloats(), a.get("h_o.weight").toFloats()));
    }

    @Test
    void numpyReadsTheCheckpoint() throws Exception {
        Path file = dir.resolve("lm6.npz");
        LanguageModel m = Models.create(ModelConfig.book(ModelKind.LM6, 30), 8);
        Checkpoint.save(file, m, List.of(), null);
        String script = "import json,numpy as np\n"
                + "d=np.load(r'" + file + "')\n"
                + "c=json.loads(bytes(d['__config__']).decode('utf-8'))\n"
                + "print(c['model'], d['rnn.weight_hh_l1'].shape, d['rnn.weight_hh_l1'].dtype, '%.6f' % float(d['h_o.bias'].sum()))\n";
        Process p;
        try {
            p = new ProcessBuilder("python3", "-c", script).redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            assumeTrue(false, "python3 is not installed");
            return;
        }
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assumeTrue(!out.contains("No module named 'numpy'"), "numpy is not installed");
        double biasSum = m.params().get("h_o.bias").value().sumNumber().doubleValue();
        assertEquals(String.format("lm6 (256, 64) float32 %.6f", biasSum), out);
    }

    @Test
    void mismatchedShapesAreRefusedWithTheEntryNamed() throws Exception {
        Path file = dir.resolve("bad.npz");
        Checkpoint.save(file, Models.create(ModelConfig.book(ModelKind.LM6, 30), 1), List.of(), null);
        Map<String, NpyArray> a = new LinkedHashMap<>(Npz.read(file));
        a.put("rnn.weight_hh_l0", NpyArray.ofFloats(new int[] {256, 32}, new float[256 * 32]));
        Npz.write(file, a);
        Checkpoint.Invalid e = assertThrows(Checkpoint.Invalid.class, () -> Checkpoint.load(file));
        assertTrue(e.getMessage().contains("rnn.weight_hh_l0") && e.getMessage().contains("[256, 32]"), e.getMessage());
    }

    @Test
    void filesThatAreNotCheckpointsGiveOneClearMessage() throws Exception {
        Path text = dir.resolve("notes.npz");
        Files.writeString(text, "this is not a zip file");
        assertThrows(Checkpoint.Invalid.class, () -> Checkpoint.load(text));

        Path good = dir.resolve("cut.npz");
        Checkpoint.save(good, Models.create(ModelConfig.book(ModelKind.LM4, 30), 1), List.of(), null);
        byte[] bytes = Files.readAllBytes(good);
        Files.write(good, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        Checkpoint.Invalid cut = assertThrows(Checkpoint.Invalid.class, () -> Checkpoint.load(good));
        assertTrue(cut.getMessage().contains("cut.npz"), cut.getMessage());

        Path foreign = dir.resolve("foreign.npz");
        Npz.write(foreign, Map.of("weights", NpyArray.ofFloats(new int[] {2}, new float[] {1, 2})));
        Checkpoint.Invalid noConfig = assertThrows(Checkpoint.Invalid.class, () -> Checkpoint.load(foreign));
        assertTrue(noConfig.getMessage().contains("__config__"), noConfig.getMessage());
    }

    @Test
    void wholeNumberWeightsAreRefusedInOneLine() throws Exception {
        // int32 and other integer types are refused by the archive reader itself (NpzDamagedFileTest,
        // NumpyInteropTest); uint8, which the reader must accept for __config__, is refused as weights here
        Path file = dir.resolve("bytes.npz");
        Checkpoint.save(file, Models.create(ModelConfig.book(ModelKind.LM4, 30), 1), List.of(), null);
        Map<String, NpyArray> a = new LinkedHashMap<>(Npz.read(file));
        int[] shape = a.get("i_h.weight").shape();
        a.put("i_h.weight", new NpyArray("|u1", shape, new byte[shape[0] * shape[1]]));
        Npz.write(file, a);
        Checkpoint.Invalid e = assertThrows(Checkpoint.Invalid.class, () -> Checkpoint.load(file));
        assertEquals("bytes.npz: i_h.weight holds uint8 numbers, but weights must be floating point (float32 or float64).",
                e.getMessage());
        assertEquals("i_h.weight holds uint8 numbers, but weights must be floating point (float32 or float64).", e.reason(),
                "the window names the file itself");
    }
}
