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
            loaded.requireVocabulary(file.getFileName().toString(), run.data().vocab().words());
            var result = Evaluator.evaluate(loaded.model(), run.data().valid());
            return new Loaded(run, String.format("Loaded %s from %s: validation loss %.4f, accuracy %.1f %%.",
                    kind.bookName(), file.getFileName(), result.loss(), 100 * result.accuracy()));
        } catch (Checkpoint.Invalid e) {
            throw new IllegalArgumentException(couldNotLoad(file, e.reason()), e);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(couldNotLoad(file, why(e, file)), e);
        }
    }

    /** One line that names the file once and ends each sentence with a full stop. */
    private static String couldNotLoad(Path file, String reason) {
        return "Could not load " + file.getFileName() + ": " + reason + " Nothing was changed.";
    }

    /** What went wrong reading the file, without its name (the line already gives it). */
    private static String why(Exception e, Path file) {
        if (java.nio.file.Files.isDirectory(file)) {
            return "it is a folder, not an .npz file.";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "there is no such file.";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "this program may not read it.";
        }
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().replace(file.toString(), "the file");
        return "it could not be read (" + detail + ").";
    }
}
