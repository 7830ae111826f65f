package io.unrolled.cli;

import static io.unrolled.cli.CliTest.json;
import static io.unrolled.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unrolled.cli.CliTest.Result;
import io.unrolled.data.Corpus;
import io.unrolled.data.Vocab;
import io.unrolled.models.LanguageModel;
import io.unrolled.models.ModelKind;
import io.unrolled.trace.MemoryTrace;
import io.unrolled.train.Ladder;
import io.unrolled.train.MemoryTracer;
import io.unrolled.train.TrainingRun;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code trace --at T}: the gradient flow of the prediction after word T, printed and in the JSON. */
class TraceAtTest {

    private static final Vocab VOCAB = Corpus.humanNumbers().vocab();
    private static final String TEXT = "seven thousand three hundred fifty four . seven thousand";

    @TempDir
    Path dir;

    @Test
    void atWritesThatPredictionsFlowAsGradientFlowAndPrintsOneLinePerWord() throws Exception {
        Path file = dir.resolve("at.json");
        Result r = run("trace", "--model", "lm6", "--text", TEXT, "--at", "4", "--json", file.toString());
        assertEquals(0, r.status(), r.err());
        LanguageModel initial = TrainingRun.initialModel(ModelKind.LM6, Ladder.recipe(ModelKind.LM6), VOCAB.size());
        int[] ids = List.of(TEXT.split(" ")).stream().mapToInt(VOCAB::index).toArray();
        MemoryTrace m = new MemoryTracer().trace(initial, VOCAB.words(), ids, "api");
        Map<String, Object> j = json(file);
        List<?> flow = (List<?>) j.get("gradient_flow");
        assertEquals(ids.length, flow.size());
        for (int t = 0; t < ids.length; t++) {
            assertEquals(m.flow()[4][t], ((Number) flow.get(t)).floatValue(), "position " + t);
        }
        assertEquals(4, ((Number) j.get("gradient_flow_after")).intValue());
        assertTrue(((Number) flow.get(4)).doubleValue() > 0 && ((Number) flow.get(5)).doubleValue() == 0, flow.toString());
        assertTrue(r.out().contains("gradient flow for the prediction after word 4 \"fifty\""), r.out());
        List<String> lines = r.out().lines().toList();
        int head = lines.indexOf(lines.stream().filter(l -> l.startsWith("gradient flow for")).findFirst().orElseThrow());
        for (int t = 0; t < ids.length; t++) {
            String line = lines.get(head + 2 + t);
            assertTrue(line.matches("\\s*" + t + "\\s+" + java.util.regex.Pattern.quote(VOCAB.word(ids[t])) + "\\s+"
                    + java.util.regex.Pattern.quote(String.format("%.3e", m.flow()[4][t])) + ".*"), line);
        }
    }

    @Test
    void withoutAtTheJsonKeepsTheLastPredictionsFlowAndNoAfterKey() throws Exception {
        Path file = dir.resolve("plain.json");
        assertEquals(0, run("trace", "--model", "lm5", "--text", TEXT, "--json", file.toString()).status());
        assertNull(json(file).get("gradient_flow_after"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "trace --model lm6 --text 'one two three' --at 3  | unrolled trace: --at counts words from 0, so the first word is --at 0 and the window's \"word 9/16\" is --at 8; LMModel6 predicts after words 0 to 2 here; got 3",
        "trace --model lm3 --stretch 0 --at 4              | unrolled trace: --at counts words from 0, so the first word is --at 0 and the window's \"word 9/16\" is --at 8; LMModel3 predicts after words 2, 5, 8, 11, 14 here; got 4",
        "trace --model lm1 --text 'one two three four' --at 0 | unrolled trace: --at counts words from 0, so the first word is --at 0 and the window's \"word 9/16\" is --at 8; LMModel1 predicts after word 2 here; got 0",
        "trace --model lm6 --at -1                         | unrolled trace: --at must be a whole number 0 or more, got -1",
        "trace --model lm6 --at ten                        | unrolled trace: --at must be a whole number 0 or more, got 'ten'",
    })
    void aWordWithoutAPredictionIsRefusedInOneLineBeforeAnythingIsPrinted(String args, String expected) {
        Result r = run(CliTest.words(args));
        assertEquals(2, r.status(), r.err());
        assertEquals(expected, r.err().strip());
        assertEquals("", r.out());
    }
}
