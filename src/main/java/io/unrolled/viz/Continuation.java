package io.unrolled.viz;

import java.util.List;

/**
 * Two continuations of one prefix by the model's weights: the most likely word at every step, and words
 * drawn at a temperature from a seeded generator (the same seed gives the same words).
 *
 * @param weights the caption of the weights that wrote them
 */
public record Continuation(List<String> prefix, List<String> greedy, List<String> sampled,
                           double temperature, long seed, String weights) {
    public Continuation {
        prefix = List.copyOf(prefix);
        greedy = List.copyOf(greedy);
        sampled = List.copyOf(sampled);
    }
}
