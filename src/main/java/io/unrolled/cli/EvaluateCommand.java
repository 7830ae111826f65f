package io.unrolled.cli;

import io.unrolled.data.LmData;
import io.unrolled.io.Json;
import io.unrolled.train.Checkpoint;
import io.unrolled.train.Evaluator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code evaluate --load FILE.npz}: validation loss and accuracy of a saved model. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        customSynopsis = "unrolled evaluate --load FILE.npz [--json FILE]",
        description = "Gives a saved model's validation loss and accuracy, weighted as fastai weights them.",
        footer = {"", "Example:", "  unrolled evaluate --load lm7.npz"})
final class EvaluateCommand implements Callable<Integer> {

    private final PrintStream out;

    @Option(names = "--load", paramLabel = "FILE.npz", required = true,
            description = "A checkpoint saved by reproduce --save or the window (or a PyTorch state_dict with a __config__ entry).")
    private Path load;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the result as JSON.")
    private Path jsonOption;

    EvaluateCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws UsageError, IOException {
        Path file = FileArgs.input("--load", load);
        Path json = jsonOption == null ? null : FileArgs.output("--json", jsonOption, "evaluate.json");
        Checkpoint.Loaded loaded;
        try {
            loaded = Checkpoint.load(file);
        } catch (Checkpoint.Invalid e) {
            throw new UsageError("--load " + e.getMessage());
        }
        LmData data = LmData.of(loaded.model().kind().data(), 64, 16);
        try {
            loaded.requireVocabulary(file.getFileName().toString(), data.vocab().words());
        } catch (Checkpoint.Invalid e) {
            throw new UsageError("--load " + e.getMessage());
        }
        Evaluator.Result r = Evaluator.evaluate(loaded.model(), data.valid());
        out.printf("%s (%s) from %s: valid_loss %.6f  accuracy %.6f  over %d predictions%n", loaded.model().kind().bookName(),
                loaded.model().kind().id(), file.getFileName(), r.loss(), r.accuracy(), r.predictions());
        if (json != null) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("model", loaded.model().kind().id());
            m.put("file", file.toString());
            m.put("valid_loss", r.loss());
            m.put("accuracy", r.accuracy());
            m.put("predictions", r.predictions());
            Files.writeString(json, Json.write(m, true));
        }
        return 0;
    }
}
