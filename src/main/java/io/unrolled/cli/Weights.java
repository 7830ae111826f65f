package io.unrolled.cli;

import io.unrolled.models.LanguageModel;
import io.unrolled.models.ModelKind;
import io.unrolled.train.Checkpoint;
import io.unrolled.train.Ladder;
import io.unrolled.train.TrainingRun;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The weights that {@code trace} and {@code generate} read: a saved model ({@code --load}), or the
 * untrained model a run of the rung would start from ({@code --model}), and the caption that says
 * which ("loaded from lm7.npz", "before training (seed 42)").
 */
record Weights(LanguageModel model, String caption) {

    /**
     * @param load  the checkpoint, or null
     * @param kind  the rung, or null
     * @param seed  the initialisation seed for {@code --model} (null: the book's), or null with {@code --load}
     * @param vocab Human Numbers' words, which a loaded model must share
     */
    static Weights choose(Path load, ModelKind kind, Long seed, List<String> vocab) throws UsageError, IOException {
        if (load != null && kind != null) {
            throw new UsageError("give --load FILE.npz or --model ID, not both: a checkpoint names its own rung");
        }
        if (load == null && kind == null) {
            throw new UsageError("--load FILE.npz or --model ID is required; models: " + ModelKind.allowedIds());
        }
        if (load != null) {
            if (seed != null) {
                throw new UsageError("--seed goes with --model (it picks the untrained weights) or --train-mode (it draws the dropout mask); a loaded model's weights are set");
            }
            return loaded(FileArgs.input("--load", load), vocab);
        }
        long s = seed == null ? Ladder.recipe(kind).seed() : seed;
        LanguageModel model = TrainingRun.initialModel(kind, Ladder.recipe(kind).withSeed(s), vocab.size());
        return new Weights(model, "before training (seed " + s + ")");
    }

    /** The same messages as {@code evaluate --load}: the file, then what is wrong with it. */
    private static Weights loaded(Path file, List<String> vocab) throws UsageError, IOException {
        try {
            Checkpoint.Loaded loaded = Checkpoint.load(file);
            loaded.requireVocabulary(file.getFileName().toString(), vocab);
            return new Weights(loaded.model(), "loaded from " + file.getFileName());
        } catch (Checkpoint.Invalid e) {
            throw new UsageError("--load " + e.getMessage());
        }
    }
}
