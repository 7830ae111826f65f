package io.unrolled.cli;

import io.unrolled.data.ValidationText;
import io.unrolled.io.Json;
import io.unrolled.models.ModelKind;
import io.unrolled.train.EpochTiming;
import io.unrolled.train.FitOutcome;
import io.unrolled.train.Ladder;
import io.unrolled.train.TraceBenchmark;
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
 * {@code bench --trace ID}: times one trace of a validation sentence ({@link TraceBenchmark}).
 */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        customSynopsis = {"unrolled bench --model ID [--epochs E] [--json FILE]", "       unrolled bench --trace ID [--json FILE]",
            "       unrolled bench --memory ID [--json FILE]"},
        description = {"Runs one warm-up epoch, then E timed epochs (each training plus validation), and prints the median seconds "
            + "per epoch, training tokens per second and peak resident memory.",
            "With --trace: times one trace of a " + ValidationText.DEFAULT_LENGTH + "-word validation sentence through the rung "
                + "(what the unrolled view does between two batches), " + BenchCommand.TRACES + " times after "
                + BenchCommand.TRACES + " warm-up traces, and prints the median wall-clock and CPU milliseconds.",
            "With --memory: the same for the gradient flow of every prediction of that sentence (what the Memory view "
                + "asks for: one flow per word the rung predicts after)."},
        footer = {"", "Examples:", "  unrolled bench --model lm6 --epochs 5", "  unrolled bench --trace lm7", "  unrolled bench --memory lm7"})
final class BenchCommand implements Callable<Integer> {

    /** Timed traces, and as many warm-up traces before them: enough for the JIT to compile the path. */
    static final int TRACES = 2000;

    private final PrintStream out;

    @Option(names = "--model", paramLabel = "ID", converter = Converters.Model.class,
            completionCandidates = Converters.ModelIds.class, description = "The rung to time: ${COMPLETION-CANDIDATES}.")
    private ModelKind kind;

    @Option(names = "--trace", paramLabel = "ID", converter = Converters.Model.class,
            description = "Instead of --model: time tracing a sentence through this rung rather than training it.")
    private ModelKind trace;

    @Option(names = "--memory", paramLabel = "ID", converter = Converters.Model.class,
            description = "Instead of --model: time the gradient flow of every prediction of a sentence through this rung.")
    private ModelKind memory;

    @Option(names = "--epochs", paramLabel = "E", converter = Converters.BenchEpochs.class,
            description = "Timed epochs, from 1 to " + Limits.MAX_BENCH_EPOCHS + " (default: " + BenchCommand.DEFAULT_EPOCHS + ").")
    private Integer epochsOption;

    static final int DEFAULT_EPOCHS = 5;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the timings as JSON.")
    private Path jsonOption;

    BenchCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws IOException, UsageError {
        int asked = (kind != null ? 1 : 0) + (trace != null ? 1 : 0) + (memory != null ? 1 : 0);
        if (asked > 1) {
            throw new UsageError("give one of --model ID (time training), --trace ID (time a trace) or --memory ID (time the gradient flow), not two");
        }
        if (asked == 0) {
            throw new UsageError("--model ID is required (or --trace ID, or --memory ID); allowed: " + ModelKind.allowedIds());
        }
        if ((trace != null || memory != null) && epochsOption != null) {
            throw new UsageError("--epochs goes with --model; " + (trace != null ? "--trace" : "--memory") + " times traces, not epochs");
        }
        Path json = jsonOption == null ? null : FileArgs.output("--json", jsonOption, "bench.json");
        if (trace != null) {
            return traces(json, TraceBenchmark.measure(trace, ValidationText.DEFAULT_LENGTH, TRACES, TRACES));
        }
        if (memory != null) {
            return traces(json, TraceBenchmark.measureMemory(memory, ValidationText.DEFAULT_LENGTH, TRACES, TRACES));
        }
        int epochs = epochsOption == null ? DEFAULT_EPOCHS : epochsOption;
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

    private int traces(Path json, TraceBenchmark.Result r) throws IOException {
        out.println(r.kind().id() + ": " + r);
        if (json != null) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("model", r.kind().id());
            m.put("what", r.what());
            m.put("words", r.words());
            m.put("traces", r.traces());
            m.put("median_ms", r.medianMs());
            m.put("min_ms", r.minMs());
            m.put("max_ms", r.maxMs());
            m.put("median_cpu_ms", r.medianCpuMs());
            Files.writeString(json, Json.write(m, true));
        }
        return 0;
    }
}
