package io.unrolled.viz;

/**
 * What the ends of the tile colour scale stand for, as CNN Explainer offers: the whole range a tanh
 * state can take (0…1 for a ReLU state, whose larger values are then marked as beyond it), the largest
 * value in each layer, or the largest anywhere in the sentence, shared by all layers. An untrained
 * model's small states look grey on the fixed range; the other two stretch them to colour.
 */
public enum ColourRange {
    FIXED("fixed (−1…1, or 0…1 for ReLU)"),
    LAYER("this layer"),
    EVERYTHING("everything");

    private final String label;

    ColourRange(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
