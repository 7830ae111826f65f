package io.unrolled.cli;

import io.unrolled.io.Json;
import io.unrolled.models.ModelKind;
import io.unrolled.train.EpochTiming;
import io.unrolled.train.FitOutcome;
import io.unrolled.train.Ladder;
import io.unrolled.train.Limits;
import io.unrolled.train.TrainConfig;
import io.unrolled.train.TrainingRun;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench --model ID}: times training epochs (train + validation) after one warm-up epoch and
 * reports the median, the training tokens per second and the process's peak resident memory.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        customSynopsis = "unrolled bench --model ID [--epochs E] [--json FILE]",
        description = "Runs one warm-up epoch, then E timed epochs (each training plus validation), and prints the median seconds "
            + "per epoch, training tokens per second and peak resident memory.",
        footer = {"", "Example:", "  unrolled bench --model lm6 --epochs 5"})
final class BenchCommand implements Callable<Integer> {

    private final PrintStream out;

    @Option(names = "--model", paramLabel = "ID", required = true, converter = Converters.Model.class,
            completionCandidates = Converters.ModelIds.class, description = "The rung to time: ${COMPLETION-CANDIDATES}.")
    private ModelKind kind;

    @Option(names = "--epochs", paramLabel = "E", converter = Converters.BenchEpochs.class, defaultValue = "5",
            description = "Timed epochs, from 1 to " + Limits.MAX_BENCH_EPOCHS + " (default: ${DEFAULT-VALUE}).")
    private int epochs;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the timings as JSON.")
    private Path jsonOption;

    BenchCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws IOException, UsageError {
        Path json = jsonOption == null ? null : FileArgs.output("--json", jsonOption, "bench.json");
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
