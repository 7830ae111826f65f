package io.unrolled.session;

import io.unrolled.models.ModelKind;
import io.unrolled.train.Checkpoint;
import io.unrolled.train.Evaluator;
import io.unrolled.train.Ladder;
import io.unrolled.train.TrainingRun;
import java.io.IOException;
import java.nio.file.Path;

/** Save and Load as the window does them, on the trainer thread, each ending in one line for the status bar. */
final class ModelFiles {

    /** A model read from a file, ready to evaluate or train further, and what to tell the user. */
    record Loaded(TrainingRun run, String message) {
    }

    private ModelFiles() {
    }

    static String save(TrainingRun last, Path file) {
        if (last == null) {
            return "Nothing to save yet: train or load a model first.";
        }
        try {
            Checkpoint.save(file, last.model(), last.data().vocab().words(), last.config());
            return "Saved " + last.kind().bookName() + " to " + file.getFileName() + ".";
        } catch (IOException | RuntimeException e) {
            return "Could not save to " + file + ": " + e.getMessage();
        }
    }

    /** Throws {@link IllegalArgumentException} with the status line's text when the file cannot be used. */
    static Loaded load(Path file) {
        try {
            var loaded = Checkpoint.load(file);
            ModelKind kind = loaded.model().kind();
            TrainingRun run = TrainingRun.around(loaded.model(), Ladder.recipe(kind));
            loaded.requireVocabulary(run.data().vocab().words());
            var result = Evaluator.evaluate(loaded.model(), run.data().valid());
            return new Loaded(run, String.format("Loaded %s from %s: validation loss %.4f, accuracy %.1f %%.",
                    kind.bookName(), file.getFileName(), result.loss(), 100 * result.accuracy()));
        } catch (Checkpoint.Invalid e) {
            throw new IllegalArgumentException("Could not load " + file.getFileName() + ": " + e.getMessage() + " Nothing was changed.", e);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("Could not load " + file.getFileName() + ": " + e.getMessage() + ". Nothing was changed.", e);
        }
    }
}
