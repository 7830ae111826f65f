package io.unrolled.train;

import io.unrolled.models.LanguageModel;
import io.unrolled.models.ModelConfig;
import io.unrolled.nn.Param;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Starts a run from a checkpoint's weights instead of a fresh initialisation: one of ours, or a
 * PyTorch model's state_dict saved with numpy's savez plus the {@code __config__} entry. Only the
 * weights are taken; the recipe stays the run's own, so a run can be set beside a PyTorch run that
 * started from the same weights, epoch by epoch.
 */
public final class InitialWeights {

    private InitialWeights() {
    }

    /**
     * Copies the weights of {@code file} into {@code model}, a model about to be trained on data with
     * the vocabulary {@code vocab}. The checkpoint must hold the same rung with the same shapes, and
     * its vocabulary (when it names one) must be the same words in the same order. Everything is
     * checked before the first weight is copied, so when this throws the model is unchanged.
     */
    public static void copy(Path file, LanguageModel model, List<String> vocab) throws IOException, Checkpoint.Invalid {
        Checkpoint.Loaded loaded = Checkpoint.load(file);
        String name = file.getFileName().toString();
        requireFits(name, loaded.model(), model);
        loaded.requireVocabulary(name, vocab);
        assign(loaded.model(), model);
    }

    /**
     * Copies the weights of {@code from}, a model already read from the file {@code name} and checked
     * against this data's vocabulary, into {@code model}: the window's Continue after Load. Throws,
     * with the model unchanged, when the rung or the shapes differ.
     */
    public static void copy(LanguageModel from, String name, LanguageModel model) throws Checkpoint.Invalid {
        requireFits(name, from, model);
        assign(from, model);
    }

    private static void requireFits(String name, LanguageModel from, LanguageModel model) throws Checkpoint.Invalid {
        ModelConfig want = model.config();
        ModelConfig got = from.config();
        if (got.kind() != want.kind()) {
            throw new Checkpoint.Invalid(name, "it holds " + got.kind().bookName() + " (" + got.kind().id() + "), not "
                    + want.kind().bookName() + " (" + want.kind().id() + ")");
        }
        if (got.vocab() != want.vocab() || got.hidden() != want.hidden() || got.layers() != want.layers()) {
            throw new Checkpoint.Invalid(name, "it has " + shape(got) + ", but " + want.kind().bookName() + " here has " + shape(want));
        }
    }

    private static void assign(LanguageModel from, LanguageModel model) {
        for (Param p : model.params().all()) {
            p.value().assign(from.params().get(p.name()).value());
        }
    }

    private static String shape(ModelConfig c) {
        return "vocabulary " + c.vocab() + ", hidden size " + c.hidden() + ", " + c.layers() + (c.layers() == 1 ? " layer" : " layers");
    }
}
