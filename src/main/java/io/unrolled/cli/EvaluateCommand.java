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
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code evaluate --load FILE.npz}: validation loss and accuracy of a saved model. */
final class EvaluateCommand {

    private static final String NAME = "evaluate";

    private EvaluateCommand() {
    }

    static int run(List<String> argv, PrintStream out) throws UsageError, IOException {
        CliArgs a = CliArgs.parse(NAME, argv, Set.of("--load", "--json"), Set.of());
        if (!a.has("--load")) {
            throw new UsageError(NAME + ": --load FILE.npz is required");
        }
        Path file = a.existingFile("--load");
        Path json = a.has("--json") ? a.outputFile("--json") : null;
        Checkpoint.Loaded loaded;
        try {
            loaded = Checkpoint.load(file);
        } catch (Checkpoint.Invalid e) {
            throw new UsageError(NAME + ": " + e.getMessage());
        }
        LmData data = LmData.of(loaded.model().kind().data(), 64, 16);
        try {
            loaded.requireVocabulary(data.vocab().words());
        } catch (Checkpoint.Invalid e) {
            throw new UsageError(NAME + ": " + file.getFileName() + ": " + e.getMessage());
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
