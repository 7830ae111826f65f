package io.unrolled.trace;

import java.util.List;

/**
 * One sentence traced through a model's current weights in eval mode, from a zero state: the data
 * behind the unrolled diagram and the {@code trace} command's JSON.
 *
 * @param model        the rung's id, e.g. "lm6" (a string, so that traces stay below the models that make them)
 * @param modelName    the rung's name in the book, e.g. "LMModel6"
 * @param vocab        the V words, in id order
 * @param words        (T) the input word ids
 * @param predictions  one per step the rung predicts after (every step from LMModel4 on)
 * @param layers       one per recurrent layer, bottom first
 * @param gradientFlow (T) L2 norm of d log p(most likely next word after the last input) / d E[x_t]
 * @param weights      which weights were traced, e.g. "before training", "epoch 3, batch 20"
 */
public record SentenceTrace(String model, String modelName, List<String> vocab, int[] words, List<Prediction> predictions,
                            List<LayerTrace> layers, float[] gradientFlow, String weights) {

    public SentenceTrace {
        vocab = List.copyOf(vocab);
        predictions = List.copyOf(predictions);
        layers = List.copyOf(layers);
        LayerTrace.requireLength("gradientFlow", gradientFlow, words.length);
    }

    public int steps() {
        return words.length;
    }
}
