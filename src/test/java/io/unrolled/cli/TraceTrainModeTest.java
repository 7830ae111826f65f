package io.unrolled.cli;

import static io.unrolled.cli.CliTest.json;
import static io.unrolled.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unrolled.cli.CliTest.Result;
import io.unrolled.data.Corpus;
import io.unrolled.data.Vocab;
import io.unrolled.models.ModelKind;
import io.unrolled.trace.DropoutTrace;
import io.unrolled.train.DropoutTracer;
import io.unrolled.train.Ladder;
import io.unrolled.train.TrainingRun;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code unrolled trace --train-mode}: the dropout mask and the per-word AR and TAR quantities, printed and in JSON. */
class TraceTrainModeTest {

    private static final Vocab VOCAB = Corpus.humanNumbers().vocab();
    private static final String TEXT = "seven thousand three hundred fifty four . seven thousand";

    @TempDir
    Path dir;

    @Test
    void helpNamesTheFlagAndTheJsonKeys() {
        String text = run("trace", "--help").out().replaceAll("\\s+", " ");
        assertTrue(text.contains("--train-mode Also run the sentence once in training mode"), text);
        assertTrue(text.contains("train_mode: p, seed, alpha, beta, mask, raw, dropped, ar, tar, ar_penalty, tar_penalty, weights"), text);
    }

    @Test
    void printsOneRowPerWordWithTheMaskAndTheQuantitiesTheModelGives() {
        Result r = run("trace", "--model", "lm7", "--seed", "3", "--text", TEXT, "--train-mode");
        assertEquals(0, r.status(), r.err());
        List<String> lines = r.out().lines().toList();
        int head = lines.indexOf("LMModel7 in train mode: dropout p = 0.4, mask drawn from seed 3, before training (seed 3)");
        assertTrue(head > 0, r.out());
        DropoutTrace expected = new DropoutTracer().trace(
                TrainingRun.initialModel(ModelKind.LM7, Ladder.recipe(ModelKind.LM7).withSeed(3), VOCAB.size()),
                ids(), 0.4, 3, 2, 1, "api");
        String[] words = TEXT.split(" ");
        for (int t = 0; t < words.length; t++) {
            String[] cells = lines.get(head + 3 + t).trim().split("\\s+");
            assertEquals(String.valueOf(t), cells[0]);
            assertEquals(words[t], cells[1]);
            assertEquals(expected.droppedCount(t) + "/64", cells[2]);
            assertEquals(expected.ar()[t], Double.parseDouble(cells[3]), 1e-6);
            assertEquals(t == 0 ? "-" : String.format(java.util.Locale.ROOT, "%.6f", expected.tar()[t]), cells[4]);
            StringBuilder mask = new StringBuilder();
            for (int u = 0; u < 64; u++) {
                mask.append(expected.dropped(t, u) ? 'x' : '.');
            }
            assertEquals(mask.toString(), cells[5]);
        }
        String last = lines.get(head + 3 + words.length);
        assertTrue(last.startsWith(String.format(java.util.Locale.ROOT, "whole sentence: AR = %.6f (alpha*AR = %.6f at alpha = 2), TAR = %.6f",
                expected.arPenalty(), 2 * expected.arPenalty(), expected.tarPenalty())), last);
    }

    @Test
    void jsonCarriesTheMaskAndTheQuantitiesUnderTrainMode() throws Exception {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        assertEquals(0, run("trace", "--model", "lm7", "--text", TEXT, "--train-mode", "--json", a.toString()).status());
        Map<?, ?> m = (Map<?, ?>) json(a).get("train_mode");
        assertEquals(0.4, ((Number) m.get("p")).doubleValue(), 1e-12);
        assertEquals(42, ((Number) m.get("seed")).intValue(), "the book's seed when none is given");
        int steps = TEXT.split(" ").length;
        List<?> mask = (List<?>) m.get("mask");
        List<?> raw = (List<?>) m.get("raw");
        List<?> dropped = (List<?>) m.get("dropped");
        assertEquals(steps, mask.size());
        float keep = (float) (1 / 0.6);
        for (int t = 0; t < steps; t++) {
            for (int u = 0; u < 64; u++) {
                float k = num(mask, t, u);
                assertTrue(k == 0f || k == keep, "mask value " + k);
                assertEquals(num(raw, t, u) * k, num(dropped, t, u), 0f);
            }
        }
        List<?> tar = (List<?>) m.get("tar");
        assertNull(tar.get(0), "no earlier step to compare the first word with");
        double meanAr = ((List<?>) m.get("ar")).stream().mapToDouble(x -> ((Number) x).doubleValue()).average().orElseThrow();
        assertEquals(((Number) m.get("ar_penalty")).doubleValue(), meanAr, 1e-9);
        assertEquals(0, run("trace", "--model", "lm7", "--text", TEXT, "--train-mode", "--json", b.toString(), "--seed", "43").status());
        assertNotEquals(mask, ((Map<?, ?>) json(b).get("train_mode")).get("mask"), "another seed, another mask");
    }

    @Test
    void aRungWithoutDropoutSaysSoInOneLineAndStillTraces() throws Exception {
        Path file = dir.resolve("lm6.json");
        Result r = run("trace", "--model", "lm6", "--text", TEXT, "--train-mode", "--json", file.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("\nLMModel6 has no dropout: only LMModel7 drops units in training, so its train mode is the same as eval mode.\n"),
                r.out());
        assertFalse(json(file).containsKey("train_mode"));
    }

    private static int[] ids() {
        return List.of(TEXT.split(" ")).stream().mapToInt(VOCAB::index).toArray();
    }

    private static float num(List<?> rows, int t, int u) {
        return ((Number) ((List<?>) rows.get(t)).get(u)).floatValue();
    }
}
