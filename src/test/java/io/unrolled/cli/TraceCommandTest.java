package io.unrolled.cli;

import static io.unrolled.cli.CliTest.json;
import static io.unrolled.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unrolled.cli.CliTest.Result;
import io.unrolled.data.Corpus;
import io.unrolled.data.Vocab;
import io.unrolled.models.LanguageModel;
import io.unrolled.models.ModelKind;
import io.unrolled.trace.Prediction;
import io.unrolled.trace.SentenceTrace;
import io.unrolled.train.Checkpoint;
import io.unrolled.train.Ladder;
import io.unrolled.train.SentenceTracer;
import io.unrolled.train.TrainingRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code unrolled trace}: the per-step lines, the JSON behind the unrolled view, and every refusal. */
class TraceCommandTest {

    private static final Vocab VOCAB = Corpus.humanNumbers().vocab();
    private static final String TEXT = "seven thousand three hundred fifty four . seven thousand";

    @TempDir
    Path dir;

    @Test
    void helpGivesTheTwoSourcesOfWeightsAndTheDefaultSentence() {
        Result r = run("trace", "--help");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("Usage: unrolled trace (--load FILE.npz | --model ID [--seed N])"), r.out());
        String text = r.out().replaceAll("\\s+", " ");
        assertTrue(text.contains("Without --text it traces a 16-word stretch of the validation text"), r.out());
        assertTrue(text.contains("--json=FILE Also write the whole trace as JSON"), r.out());
        Result top = run("--help");
        assertTrue(top.out().contains("trace") && top.out().contains("generate"), top.out());
    }

    @Test
    void printsEachWordWithItsTopThreeAndSaysTheWeightsAreUntrained() {
        Result r = run("trace", "--model", "lm6", "--text", "  Seven THOUSAND   three hundred ");
        assertEquals(0, r.status(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("typed text: seven thousand three hundred", lines.get(0));
        assertEquals("LMModel6, before training (seed 42), eval mode from a zero state", lines.get(1));
        assertTrue(lines.get(2).matches("\\s+t\\s+word\\s+next\\s+top 3 predictions"), lines.get(2));
        String[] words = {"seven", "thousand", "three", "hundred"};
        for (int t = 0; t < words.length; t++) {
            String line = lines.get(3 + t);
            assertTrue(line.matches("\\s*" + t + "\\s+" + words[t] + "\\s+.*"), line);
            assertEquals(3, line.split("%", -1).length - 1, "three probabilities in " + line);
        }
        assertEquals(3 + words.length, lines.size(), r.out());
    }

    @Test
    void withoutTextItTracesAValidationStretchAndMarksRightOrWrong() {
        Result r = run("trace", "--model", "lm5", "--stretch", "3");
        assertEquals(0, r.status(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).startsWith("validation stretch 3 (of "), lines.get(0));
        assertEquals(3 + 16, lines.size(), r.out());
        for (String step : lines.subList(3, lines.size())) {
            assertTrue(step.endsWith("right") || step.endsWith("wrong"), step);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"lm6, 2, h c i f g o", "gru, 2, h r z n", "lm4, 1, h"})
    void jsonHoldsTheViewsDataForEachKindOfCell(String model, int layerCount, String names) throws Exception {
        Path file = dir.resolve(model + ".json");
        Result r = run("trace", "--model", model, "--seed", "5", "--text", TEXT, "--json", file.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("wrote " + file), r.out());
        Map<String, Object> j = json(file);
        assertEquals(model, j.get("model"));
        assertEquals(VOCAB.words(), j.get("vocab"));
        List<String> words = List.of(TEXT.split(" "));
        int steps = words.size();
        assertEquals(words, j.get("words"));
        List<?> predictions = (List<?>) j.get("predictions");
        assertEquals(steps, predictions.size());
        for (int t = 0; t < steps; t++) {
            Map<?, ?> p = (Map<?, ?>) predictions.get(t);
            assertEquals(t, ((Number) p.get("after")).intValue());
            List<?> probs = (List<?>) p.get("probs");
            assertEquals(30, probs.size());
            double sum = probs.stream().mapToDouble(x -> ((Number) x).doubleValue()).sum();
            assertEquals(1.0, sum, 1e-5, "probabilities after word " + t);
        }
        List<?> layers = (List<?>) j.get("layers");
        assertEquals(layerCount, layers.size());
        for (Object layer : layers) {
            Map<?, ?> l = (Map<?, ?>) layer;
            assertEquals(List.of(names.split(" ")), List.copyOf(l.keySet()));
            for (Object values : l.values()) {
                List<?> rows = (List<?>) values;
                assertEquals(steps, rows.size(), "T rows");
                for (Object row : rows) {
                    assertEquals(64, ((List<?>) row).size(), "H columns");
                }
            }
        }
        List<?> flow = (List<?>) j.get("gradient_flow");
        assertEquals(steps, flow.size());
        assertTrue(flow.stream().allMatch(x -> Double.isFinite(((Number) x).doubleValue())), flow.toString());
        assertTrue(((Number) flow.get(steps - 1)).doubleValue() > 0, "the last word moves its own prediction: " + flow);
    }

    @Test
    void aSavedCheckpointTracesToTheSameProbabilitiesAsTheTracerApi() throws Exception {
        TrainingRun run = TrainingRun.create(ModelKind.LM4, Ladder.recipe(ModelKind.LM4).withEpochs(1));
        run.fit();
        Path npz = dir.resolve("lm4.npz");
        Checkpoint.save(npz, run.model(), VOCAB.words(), run.config());
        Path file = dir.resolve("trace.json");

        Result r = run("trace", "--load", npz.toString(), "--text", TEXT, "--json", file.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("LMModel4, loaded from lm4.npz, eval mode from a zero state"), r.out());

        int[] ids = List.of(TEXT.split(" ")).stream().mapToInt(VOCAB::index).toArray();
        SentenceTrace expected = new SentenceTracer().trace(run.model(), VOCAB.words(), ids, -1, "api");
        List<?> predictions = (List<?>) json(file).get("predictions");
        assertEquals(expected.predictions().size(), predictions.size());
        List<String> lines = r.out().lines().toList();
        for (int t = 0; t < predictions.size(); t++) {
            Prediction want = expected.predictions().get(t);
            List<?> got = (List<?>) ((Map<?, ?>) predictions.get(t)).get("probs");
            for (int w = 0; w < 30; w++) {
                assertEquals(want.probs()[w], ((Number) got.get(w)).floatValue(), "word " + w + " after step " + t);
            }
            String top = VOCAB.word(want.ranked(0));
            String line = lines.get(3 + t);
            assertTrue(line.matches("\\s*" + t + "\\s+\\S+\\s+\\S+\\s+" + java.util.regex.Pattern.quote(top) + " .*"),
                    "the model's choice " + top + " first in: " + line);
        }
    }

    @Test
    void theSeedPicksTheUntrainedWeightsARunWouldStartFrom() throws Exception {
        Path file = dir.resolve("seed7.json");
        assertEquals(0, run("trace", "--model", "gru", "--seed", "7", "--text", TEXT, "--json", file.toString()).status());
        Map<String, Object> j = json(file);
        assertEquals("before training (seed 7)", j.get("weights"));
        LanguageModel initial = TrainingRun.initialModel(ModelKind.GRU, Ladder.recipe(ModelKind.GRU).withSeed(7), VOCAB.size());
        int[] ids = List.of(TEXT.split(" ")).stream().mapToInt(VOCAB::index).toArray();
        SentenceTrace expected = new SentenceTracer().trace(initial, VOCAB.words(), ids, -1, "api");
        List<?> last = (List<?>) ((Map<?, ?>) ((List<?>) j.get("predictions")).get(ids.length - 1)).get("probs");
        for (int w = 0; w < 30; w++) {
            assertEquals(expected.predictions().get(ids.length - 1).probs()[w], ((Number) last.get(w)).floatValue());
        }
        Path other = dir.resolve("seed8.json");
        assertEquals(0, run("trace", "--model", "gru", "--seed", "8", "--text", TEXT, "--json", other.toString()).status());
        assertNotEquals(json(file).get("predictions"), json(other).get("predictions"), "another seed, other weights");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "trace --model lm6 --text fivety                  | unrolled trace: --text \"fivety\" (word 1) is not one of the 30 words the model knows (\"fivety\": did you mean five, fifty or ninety?): "
            + "one . two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen "
            + "nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand",
        "trace --model lm6 --text 'five thousand twelfe'  | unrolled trace: --text \"twelfe\" (word 3) is not one of the 30 words the model knows (\"twelfe\": did you mean twelve?): "
            + "one . two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen "
            + "nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand",
        "trace --model lm6 --text ''                      | unrolled trace: --text is empty; give some words, for example --text \"seven thousand three hundred\"",
        "trace --model lm1 --text 'one two'               | unrolled trace: --text has 2 words; LMModel1 reads 3 words at a time, so give at least 3",
        "trace --text one                                 | unrolled trace: --load FILE.npz or --model ID is required; models: lm1, lm2, lm3, lm4, lm5, lm6, lm7, gru",
        "trace --model lm6 --load x.npz                   | unrolled trace: give --load FILE.npz or --model ID, not both: a checkpoint names its own rung",
        "trace --load x.npz --seed 3                      | unrolled trace: --seed goes with --model (it picks the untrained weights) or --train-mode (it draws the dropout mask); a loaded model's weights are set",
        "trace --load /no/such.npz                        | unrolled trace: --load file not found: /no/such.npz",
        "trace --model lm6 --stretch 99999                | unrolled trace: --stretch must be a whole number from 0 to 1912, got 99999",
        "trace --model lm6 --stretch -1                   | unrolled trace: --stretch must be a whole number 0 or more, got -1",
        "trace --model lm6 --stretch 2 --text one         | unrolled trace: give --text or --stretch, not both: --stretch picks a validation sentence instead of typed words",
        "trace --model lm8                                | unrolled trace: --model must be one of lm1, lm2, lm3, lm4, lm5, lm6, lm7, gru; got 'lm8'",
    })
    void badInputGivesOneLineAndStatusTwo(String args, String expected) {
        Result r = run(CliTest.words(args));
        assertEquals(2, r.status(), r.err());
        assertEquals(expected, r.err().strip());
        assertEquals("", r.out());
    }

    @Test
    void aCorruptCheckpointIsRefusedInOneLineNamingIt() throws Exception {
        Path bad = dir.resolve("broken.npz");
        Files.write(bad, new byte[] {'P', 'K', 3, 4, 9, 9});
        Result r = run("trace", "--load", bad.toString(), "--text", "one two three");
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("unrolled trace: --load broken.npz: "), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }
}
