package io.unrolled.cli;

import static io.unrolled.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unrolled.cli.CliTest.Result;
import io.unrolled.data.Corpus;
import io.unrolled.data.Vocab;
import io.unrolled.models.LanguageModel;
import io.unrolled.models.ModelKind;
import io.unrolled.train.Checkpoint;
import io.unrolled.train.Ladder;
import io.unrolled.train.SentenceTracer;
import io.unrolled.train.TextGenerator;
import io.unrolled.train.TrainingRun;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code unrolled generate}: greedy by default, sampled at a temperature, the same words under the same seed. */
class GenerateCommandTest {

    private static final Vocab VOCAB = Corpus.humanNumbers().vocab();
    private static final String TEXT = "seven thousand three hundred";

    @TempDir
    Path dir;

    private static int[] ids(String text) {
        return List.of(text.split(" ")).stream().mapToInt(VOCAB::index).toArray();
    }

    private static String generatedLine(Result r) {
        assertEquals(0, r.status(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(3, lines.size(), r.out());
        assertTrue(lines.get(2).startsWith("generated: "), r.out());
        return lines.get(2).substring("generated: ".length());
    }

    private static LanguageModel untrained(ModelKind kind) {
        return TrainingRun.initialModel(kind, Ladder.recipe(kind), VOCAB.size());
    }

    @Test
    void helpSaysGreedyIsTheDefaultAndTheSeedRepeatsADraw() {
        Result r = run("generate", "--help");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("Usage: unrolled generate (--load FILE.npz | --model ID) --text \"WORDS\" --words N"), r.out());
        String text = r.out().replaceAll("\\s+", " ");
        assertTrue(text.contains("Greedy without --temperature: always the most likely word"), r.out());
        assertTrue(text.contains("the same --seed gives the same words"), r.out());
        assertTrue(text.contains("--words=N How many words to add, from 1 to 200."), r.out());
    }

    @Test
    void greedyGivesTheGeneratorsMostLikelyWords() {
        Result r = run("generate", "--model", "lm7", "--text", "Seven Thousand three  hundred", "--words", "6");
        assertTrue(r.out().startsWith("LMModel7, before training (seed 42); greedy (the most likely word each time)"), r.out());
        assertTrue(r.out().contains("text:      " + TEXT), r.out());
        int[] want = new TextGenerator(new SentenceTracer()).generate(untrained(ModelKind.LM7), ids(TEXT), 6, TextGenerator.Choice.greedy());
        assertEquals(VOCAB.decode(want), generatedLine(r));
    }

    @Test
    void theSameSeedGivesTheSameWordsAndAnotherSeedOthers() {
        String[] args = {"generate", "--model", "gru", "--text", TEXT, "--words", "20", "--temperature", "2", "--seed", "9"};
        String first = generatedLine(run(args));
        assertEquals(first, generatedLine(run(args)));
        int[] want = new TextGenerator(new SentenceTracer()).generate(untrained(ModelKind.GRU), ids(TEXT), 20,
                TextGenerator.Choice.sampled(2, 9));
        assertEquals(VOCAB.decode(want), first);
        args[args.length - 1] = "10";
        assertNotEquals(first, generatedLine(run(args)), "20 draws at temperature 2 from a near-uniform model");
        assertTrue(run(args).out().startsWith("GRU model, before training (seed 42); sampled at temperature 2.0 with seed 10"));
    }

    @Test
    void aSavedModelContinuesTheText() throws Exception {
        TrainingRun run = TrainingRun.create(ModelKind.LM4, Ladder.recipe(ModelKind.LM4).withEpochs(1));
        run.fit();
        Path npz = dir.resolve("lm4.npz");
        Checkpoint.save(npz, run.model(), VOCAB.words(), run.config());
        Result r = run("generate", "--load", npz.toString(), "--text", TEXT, "--words", "5");
        int[] want = new TextGenerator(new SentenceTracer()).generate(run.model(), ids(TEXT), 5, TextGenerator.Choice.greedy());
        assertEquals(VOCAB.decode(want), generatedLine(r));
        assertTrue(r.out().startsWith("LMModel4, loaded from lm4.npz; greedy"), r.out());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "generate --model lm7 --text one --words 2 --temperature 0     | unrolled generate: --temperature must be a number from 0.01 to 100, got 0",
        "generate --model lm7 --text one --words 2 --temperature -1    | unrolled generate: --temperature must be a number from 0.01 to 100, got -1",
        "generate --model lm7 --text one --words 2 --temperature NaN   | unrolled generate: --temperature must be a number from 0.01 to 100, got NaN",
        "generate --model lm7 --text one --words 2 --temperature 101   | unrolled generate: --temperature must be a number from 0.01 to 100, got 101",
        "generate --model lm7 --text one --words 0                     | unrolled generate: --words must be a whole number from 1 to 200, got 0",
        "generate --model lm7 --text one --words 201                   | unrolled generate: --words must be a whole number from 1 to 200, got 201",
        "generate --model lm7 --text one --words many                  | unrolled generate: --words must be a whole number from 1 to 200, got 'many'",
        "generate --model lm7 --text one                               | unrolled generate: --words N is required (see unrolled generate --help)",
        "generate --model lm7 --words 3                                | unrolled generate: --text WORDS is required (see unrolled generate --help)",
        "generate --model lm7 --text '  ' --words 3                    | unrolled generate: --text is empty; give some words, for example --text \"seven thousand three hundred\"",
        "generate --model lm7 --text 'one zwei' --words 3              | unrolled generate: --text \"zwei\" (word 2) is not one of the 30 words the model knows: "
            + "one . two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen "
            + "nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand",
        "generate --model lm7 --text one --words 3 --seed 4            | unrolled generate: --seed goes with --temperature: greedy generation draws nothing",
        "generate --text one --words 3                                 | unrolled generate: --load FILE.npz or --model ID is required; models: lm1, lm2, lm3, lm4, lm5, lm6, lm7, gru",
        "generate --load /no/such.npz --text one --words 3             | unrolled generate: --load file not found: /no/such.npz",
        "generate --model lm2 --text 'one two' --words 3               | unrolled generate: --text has 2 words; LMModel2 reads 3 words at a time, so give at least 3",
    })
    void badInputGivesOneLineAndStatusTwo(String args, String expected) {
        Result r = run(CliTest.words(args));
        assertEquals(2, r.status(), r.err());
        assertEquals(expected, r.err().strip());
        assertEquals("", r.out());
    }

    @Test
    void benchTakesATraceOrATrainingRunButNotBoth() {
        Result both = run("bench", "--model", "lm7", "--trace", "lm7");
        assertEquals(2, both.status());
        assertEquals("unrolled bench: give one of --model ID (time training), --trace ID (time a trace) or --memory ID (time the gradient flow), not two", both.err().strip());
        Result epochs = run("bench", "--trace", "lm7", "--epochs", "3");
        assertEquals(2, epochs.status());
        assertEquals("unrolled bench: --epochs goes with --model; --trace times traces, not epochs", epochs.err().strip());
        Result memoryEpochs = run("bench", "--memory", "lm7", "--epochs", "3");
        assertEquals("unrolled bench: --epochs goes with --model; --memory times traces, not epochs", memoryEpochs.err().strip());
        Result help = run("bench", "--help");
        assertTrue(help.out().contains("unrolled bench --trace ID"), help.out());
        assertTrue(help.out().contains("unrolled bench --memory ID"), help.out());
    }
}
