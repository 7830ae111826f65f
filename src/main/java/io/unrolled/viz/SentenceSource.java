package io.unrolled.viz;

import io.unrolled.trace.SentenceTrace;
import java.util.List;
import javafx.beans.value.ObservableValue;

/**
 * Where the view gets its traces: the newest trace of the chosen sentence through the model's current
 * weights (null until one has been made), and a way to ask for another sentence. The window adapts
 * its session to this; the view never sees the trainer.
 */
public interface SentenceSource {

    /**
     * A stretch of the validation text to offer in the chooser.
     *
     * @param next the word that follows it in the text (the last prediction's true next word), or null
     */
    record Stretch(String label, List<String> words, String next) {
        public Stretch {
            words = List.copyOf(words);
        }
    }

    /** The newest trace, on the FX thread; null before the first. */
    ObservableValue<SentenceTrace> trace();

    /**
     * Asks for {@code words} (all in {@link #vocabulary()}) to be traced now and re-traced as the weights
     * change; {@code next} is the word that really follows them, or null when nobody knows.
     */
    void traceSentence(List<String> words, String next);

    /** Why the last sentence asked for could not be traced (too few words for the rung, say), or null. */
    ObservableValue<String> problem();

    /** The words the model knows, in id order. */
    List<String> vocabulary();

    /** Stretches of the validation set; the first is the default sentence. */
    List<Stretch> stretches();

    /**
     * Asks for {@code prefix} to be continued by {@code words} words, greedily and sampled at
     * {@code temperature} with {@code seed}; the answer arrives in {@link #continuation()}.
     */
    void generate(List<String> prefix, int words, double temperature, long seed);

    /** The newest continuation, on the FX thread; null before the first. */
    ObservableValue<Continuation> continuation();

    /** Why the last continuation asked for could not be made, or null. */
    ObservableValue<String> generationProblem();
}
