package io.unrolled.models;

/**
 * The shape of a model: which rung, vocabulary size, hidden width, stacked layers and dropout.
 * Validated here so every way of building a model (catalog, checkpoint, CLI) gets the same messages.
 */
public record ModelConfig(ModelKind kind, int vocab, int hidden, int layers, double dropout) {

    /** The book's hidden width, the same on every rung. */
    public static final int BOOK_HIDDEN = 64;

    public ModelConfig {
        if (kind == null) {
            throw new IllegalArgumentException("model kind is missing; allowed: " + ModelKind.allowedIds());
        }
        if (vocab < 2) {
            throw new IllegalArgumentException("vocab must be at least 2, got " + vocab);
        }
        if (hidden < 1 || hidden > 4096) {
            throw new IllegalArgumentException("hidden must be in [1, 4096], got " + hidden);
        }
        if (layers < 1 || layers > 8) {
            throw new IllegalArgumentException("layers must be in [1, 8], got " + layers);
        }
        if (!(dropout >= 0 && dropout < 1)) {
            throw new IllegalArgumentException("dropout must be in [0, 1), got " + dropout);
        }
    }

    /** The book's configuration of a rung: vocabulary 30, hidden 64, two layers from LMModel5, p = 0.4 for LMModel7. */
    public static ModelConfig book(ModelKind kind, int vocab) {
        int layers = kind.cell() == ModelKind.Cell.RELU_BOOK ? 1 : 2;
        return new ModelConfig(kind, vocab, BOOK_HIDDEN, layers, kind.hasDropout() ? 0.4 : 0.0);
    }

    public ModelConfig withDropout(double p) {
        return new ModelConfig(kind, vocab, hidden, layers, p);
    }
}
