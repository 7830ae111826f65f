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

    /** A stretch of the validation text to offer in the chooser. */
    record Stretch(String label, List<String> words) {
        public Stretch {
            words = List.copyOf(words);
        }
    }

    /** The newest trace, on the FX thread; null before the first. */
    ObservableValue<SentenceTrace> trace();

    /**
     * Asks for {@code words} (all in {@link #vocabulary()}) to be traced now and re-traced as the weights change.
     *
     * @throws IllegalArgumentException with a sentence for the user when the words cannot be traced
     */
    void traceSentence(List<String> words);

    /** The words the model knows, in id order. */
    List<String> vocabulary();

    /** Stretches of the validation set; the first is the default sentence. */
    List<Stretch> stretches();
}
