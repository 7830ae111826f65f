package io.unrolled.cli;

import io.unrolled.io.Json;
import io.unrolled.models.ModelKind;
import io.unrolled.train.EpochTiming;
import io.unrolled.train.FitOutcome;
import io.unrolled.train.Ladder;
import io.unrolled.train.TrainConfig;
import io.unrolled.train.TrainingRun;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code bench --model ID}: times training epochs (train + validation) after one warm-up epoch and
 * reports the median, the training tokens per second and the process's peak resident memory.
 */
final class BenchCommand {

    private static final String NAME = "bench";

    private BenchCommand() {
    }

    static int run(List<String> argv, PrintStream out) throws UsageError, IOException {
        CliArgs a = CliArgs.parse(NAME, argv, Set.of("--model", "--epochs", "--json"), Set.of());
        ModelKind kind = Runs.kind(a.string("--model"), NAME);
        int epochs = a.positiveInt("--epochs", 5, 100);
        Path json = a.has("--json") ? a.outputFile("--json") : null;
        TrainConfig config = Ladder.recipe(kind).withEpochs(epochs + 1);
        TrainingRun run = Runs.create(kind, config, null);
        FitOutcome outcome = run.fit();
        double[] seconds = EpochTiming.afterWarmUp(outcome.epochs());
        double median = EpochTiming.median(seconds).orElseThrow();
        long tokens = run.data().train().stream().mapToLong(b -> (long) b.size() * b.seqLen()).sum();
        double tokensPerSecond = tokens / median;
        long peakKb = PeakMemory.residentKb();
        out.printf("%s: median %.3f s per epoch over %d epochs (after 1 warm-up; min %.3f, max %.3f), %.0f training tokens/s, peak RSS %s%n",
                kind.id(), median, seconds.length, seconds[0], seconds[seconds.length - 1], tokensPerSecond,
                peakKb < 0 ? "unknown" : (peakKb / 1024) + " MB");
        if (json != null) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("model", kind.id());
            m.put("epochs_timed", seconds.length);
            m.put("median_seconds_per_epoch", median);
            m.put("seconds", Arrays.stream(seconds).boxed().toList());
            m.put("tokens_per_second", tokensPerSecond);
            m.put("peak_rss_mb", peakKb < 0 ? null : peakKb / 1024.0);
            m.put("final_accuracy", outcome.last() == null ? null : outcome.last().accuracy());
            Files.writeString(json, Json.write(m, true));
        }
        return 0;
    }
}
