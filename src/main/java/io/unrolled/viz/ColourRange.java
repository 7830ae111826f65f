package io.unrolled.viz;

/**
 * What the ends of the tile colour scale stand for, as CNN Explainer offers: the whole range a tanh
 * state can take, the largest value in each layer, or the largest anywhere in the sentence. An
 * untrained model's small states look grey on the fixed range; the other two stretch them to colour.
 */
public enum ColourRange {
    FIXED("−1…1 (tanh's range)"),
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
