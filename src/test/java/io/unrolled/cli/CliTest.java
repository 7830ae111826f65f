package io.unrolled.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

class CliTest {

    @TempDir
    Path dir;

    private record Result(int status, String out, String err) {
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cli.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "reproduce --model lm9                 | unknown model 'lm9'; allowed: lm1, lm2",
        "reproduce --model lm1 --lr NaN        | --lr must be a number in (0, 10], got NaN",
        "reproduce --model lm1 --lr -1         | --lr must be a number in (0, 10], got -1",
        "reproduce --model lm1 --epochs 0      | --epochs must be a whole number from 1 to 1000, got 0",
        "reproduce --model lm1 --epochs three  | --epochs must be a whole number from 1 to 1000, got 'three'",
        "reproduce --mdoel lm1                 | unknown argument '--mdoel'",
        "reproduce                             | --model is required",
        "evaluate --load /no/such/file.npz     | file not found: /no/such/file.npz",
        "bench --model                         | --model needs a value",
        "train --model lm1                     | unknown command 'train'",
        "reproduce --all --jobs 0              | --jobs must be a whole number from 1 to 64, got 0",
        "reproduce --all --seeds 99            | --seeds must be a whole number from 1 to 20, got 99",
    })
    void badArgumentsGiveOneLineAndStatusTwo(String args, String expected) {
        Result r = run(args.trim().split("\\s+"));
        assertEquals(2, r.status());
        assertTrue(r.err().contains(expected), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line, no stack trace: " + r.err());
        assertTrue(r.err().startsWith("unrolled: "));
    }

    @Test
    void aForeignNpzIsRefusedClearly() throws Exception {
        Path f = dir.resolve("other.npz");
        Files.write(f, new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2, 3});
        Result r = run("evaluate", "--load", f.toString());
        assertEquals(2, r.status());
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
        @SuppressWarnings("unchecked")
        Map<String, Object> report = (Map<String, Object>) Json.parse(Files.readString(json));
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
}
