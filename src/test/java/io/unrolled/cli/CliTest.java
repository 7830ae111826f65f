package io.unrolled.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unrolled.io.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The command line as a user meets it: help, the version, refusals, and the commands themselves. */
class CliTest {

    @TempDir
    Path dir;

    record Result(int status, String out, String err) {
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cli.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The arguments of a test's one-line command: split at spaces, except inside 'single quotes' (which are dropped). */
    static String[] words(String line) {
        List<String> out = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("'([^']*)'|(\\S+)").matcher(line.trim());
        while (m.find()) {
            out.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return out.toArray(String[]::new);
    }

    private static Cli.Reading read(String... args) {
        return Cli.read(List.of(args), new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()));
    }

    @Test
    void helpListsTheCommandsAndTheWindowFlagsAndExitsZero() {
        for (String flag : List.of("--help", "-h")) {
            Result r = run(flag);
            assertEquals(0, r.status(), r.err());
            assertTrue(r.out().startsWith("Usage: unrolled [WINDOW FLAGS]"), r.out());
            for (String word : List.of("reproduce", "evaluate", "bench", "--projector", "--screenshot", "--verbose", "--version")) {
                assertTrue(r.out().contains(word), word + " in\n" + r.out());
            }
            assertEquals("", r.err());
        }
    }

    @Test
    void eachCommandsHelpGivesItsOptionsAndAllowedValues() {
        Result r = run("reproduce", "--help");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("Usage: unrolled reproduce --model ID"), r.out());
        String text = r.out().replaceAll("\\s+", " ");   // as read, whatever the line breaks
        assertTrue(text.contains("--model=ID The rung to train: lm1, lm2, lm3, lm4, lm5, lm6, lm7, gru."), r.out());
        assertTrue(text.contains("--epochs=E Epochs, from 1 to 1000"), r.out());
        assertTrue(text.contains("--init=FILE.npz Start from the weights in this checkpoint"), r.out());
        for (String command : List.of("evaluate", "bench")) {
            Result c = run(command, "--help");
            assertEquals(0, c.status());
            assertTrue(c.out().startsWith("Usage: unrolled " + command), c.out());
        }
        assertEquals(r.out(), run("help", "reproduce").out(), "unrolled help reproduce says the same");
    }

    @Test
    void versionIsThePomsAndExitsZero() {
        Result r = run("--version");
        assertEquals(0, r.status());
        assertTrue(r.out().matches("unrolled \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R"), r.out());
    }

    @Test
    void helpAndVersionNeverAskForTheWindow() {
        for (String flag : List.of("--help", "-h", "--version", "-V")) {
            assertEquals(new Cli.Reading(Cli.Next.EXIT, 0), read(flag), flag);
            assertEquals(new Cli.Reading(Cli.Next.EXIT, 0), read("--model", "lm7", flag), flag + " after a window flag");
        }
        assertEquals(Cli.Next.WINDOW, read().next());
        assertEquals(Cli.Next.WINDOW, read("--model", "lm7", "--projector").next());
        assertEquals(Cli.Next.COMMAND, read("reproduce", "--model", "lm1").next());
        assertEquals(new Cli.Reading(Cli.Next.EXIT, 2), read("--model", "lm9"), "a bad window flag never opens the window");
    }

    @Test
    void theWindowsFlagsAreReadByTheSameCommandLine() {
        WindowFlags f = Cli.windowFlags(List.of("--model", "lm7", "--train", "--view", "data", "--exit-after", "30", "--verbose"));
        assertEquals("lm7", f.model().orElseThrow().id());
        assertTrue(f.train());
        assertEquals("data", f.view());
        assertEquals(30.0, f.exitAfter().orElseThrow());
        assertFalse(f.projector());
        WindowFlags none = Cli.windowFlags(List.of());
        assertEquals("training", none.view());
        assertEquals(1.0, none.screenshotAfter());
        assertTrue(none.model().isEmpty());
        WindowFlags parsed = Cli.windowFlags(List.of("--train"));
        assertEquals(none.view(), parsed.view(), "no arguments at all give the same defaults as picocli's");
        assertEquals(none.screenshotAfter(), parsed.screenshotAfter());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "reproduce --model lm9                   | unrolled reproduce: --model must be one of lm1, lm2, lm3, lm4, lm5, lm6, lm7, gru; got 'lm9'",
        "reproduce --model lm1 --lr NaN          | unrolled reproduce: --lr must be a number more than 0 and at most 10, got NaN",
        "reproduce --model lm1 --lr -1           | unrolled reproduce: --lr must be a number more than 0 and at most 10, got -1",
        "reproduce --model lm1 --epochs 0        | unrolled reproduce: --epochs must be a whole number from 1 to 1000, got 0",
        "reproduce --model lm1 --epochs three    | unrolled reproduce: --epochs must be a whole number from 1 to 1000, got 'three'",
        "reproduce --model lm1 --seed 99999999999999999999 | unrolled reproduce: --seed must be a whole number 0 or more and at most 9223372036854775807, got 99999999999999999999",
        "reproduce --mdoel lm1                   | unrolled reproduce: unknown option '--mdoel'; did you mean --model? (see unrolled reproduce --help)",
        "reprodce --model lm1                    | unrolled: unknown command 'reprodce'; did you mean reproduce? (see unrolled --help)",
        "--projecter                             | unrolled: unknown option '--projecter'; did you mean --projector? (see unrolled --help)",
        "reproduce                               | unrolled reproduce: --model is required; allowed: lm1, lm2, lm3, lm4, lm5, lm6, lm7, gru",
        "evaluate                                | unrolled evaluate: --load FILE.npz is required (see unrolled evaluate --help)",
        "evaluate --load /no/such/file.npz       | unrolled evaluate: --load file not found: /no/such/file.npz",
        "bench --model                           | unrolled bench: --model needs a value (ID) (see unrolled bench --help)",
        "bench --model lm1 --epochs 101          | unrolled bench: --epochs must be a whole number from 1 to 100, got 101",
        "train --model lm1                       | unrolled: unknown command 'train'; did you mean trace? (see unrolled --help)",
        "reproduce --all --jobs 0                | unrolled reproduce: --jobs must be a whole number from 1 to 64, got 0",
        "reproduce --all --seeds 99              | unrolled reproduce: --seeds must be a whole number from 1 to 20, got 99",
        "reproduce --model lm4 --all             | unrolled reproduce: --all trains every rung with the book's settings, so it takes no --model; drop --all to train one rung",
        "reproduce --model lm4 --seeds 3         | unrolled reproduce: --seeds goes with --all; one rung takes --seed",
        "--model lm9                             | unrolled: --model must be one of lm1, lm2, lm3, lm4, lm5, lm6, lm7, gru; got 'lm9'",
        "--exit-after -1                         | unrolled: --exit-after must be a number 0 or more, got -1",
        "--view charts                           | unrolled: --view must be one of training, data, unrolled, gates, memory; got 'charts'",
        "--model lm7 reproduce                   | unrolled: --model is a window flag; a command's own options go after it, as in unrolled reproduce --model ... (see unrolled --help)",
    })
    void badUsageGivesOneLineAndStatusTwo(String args, String expected) {
        Result r = run(args.trim().split("\\s+"));
        assertEquals(2, r.status());
        assertEquals(expected, r.err().strip());
        assertEquals("", r.out());
    }

    @Test
    void aFolderGivenToLoadIsCalledAFolder() {
        Result r = run("evaluate", "--load", dir.toString());
        assertEquals(2, r.status());
        assertEquals("unrolled evaluate: --load " + dir + " is a folder; give the .npz file inside it", r.err().strip());
    }

    @Test
    void saveToAFolderOrAMissingFolderIsRefusedBeforeTraining() {
        Result folder = run("reproduce", "--model", "lm7", "--save", dir.toString());
        assertEquals(2, folder.status());
        assertEquals("unrolled reproduce: --save " + dir + " is a folder; give a file name in it, such as " + dir.resolve("model.npz"),
                folder.err().strip());
        assertEquals("", folder.out(), "no epoch was trained");
        Path nowhere = dir.resolve("no-such-folder").resolve("lm7.npz");
        Result missing = run("reproduce", "--model", "lm7", "--save", nowhere.toString());
        assertEquals(2, missing.status());
        assertEquals("unrolled reproduce: --save folder does not exist: " + nowhere.getParent(), missing.err().strip());
        assertEquals("", missing.out());
    }

    @Test
    void aForeignNpzIsRefusedClearly() throws Exception {
        Path f = dir.resolve("other.npz");
        Files.write(f, new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2, 3});
        Result r = run("evaluate", "--load", f.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("unrolled evaluate: --load "), r.err());
        assertTrue(r.err().contains("other.npz"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void reproduceWritesTheJsonReportAndASavedModelThatEvaluates() throws Exception {
        Path json = dir.resolve("run.json");
        Path npz = dir.resolve("lm1.npz");
        Result r = run("reproduce", "--model", "lm1", "--epochs", "1", "--seed", "3", "--json", json.toString(), "--save", npz.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("epoch  train_loss"), r.out());
        Map<String, Object> report = json(json);
        assertEquals("lm1", report.get("model"));
        assertEquals(3L, ((Number) report.get("seed")).longValue());
        List<?> epochs = (List<?>) report.get("epochs");
        assertEquals(1, epochs.size());
        double acc = ((Number) report.get("final_accuracy")).doubleValue();
        assertTrue(acc > 0.3, "one epoch of LMModel1 beats the baseline: " + acc);

        Result e = run("evaluate", "--load", npz.toString());
        assertEquals(0, e.status(), e.err());
        assertTrue(e.out().contains(String.format("accuracy %.6f", acc)), e.out() + " vs " + acc);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> json(Path file) throws Exception {
        return (Map<String, Object>) Json.parse(Files.readString(file));
    }
}
