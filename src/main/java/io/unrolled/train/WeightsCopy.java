package io.unrolled.train;

import io.unrolled.models.LanguageModel;
import io.unrolled.models.Models;

/** A model of the same configuration holding a copy of another's current weights (and none of its state or gradients). */
public final class WeightsCopy {

    private WeightsCopy() {
    }

    /** On the thread that owns {@code model}'s arrays. */
    public static LanguageModel of(LanguageModel model) {
        LanguageModel copy = Models.create(model.config(), 0, model.params().dtype());
        copy.params().flatValues().assign(model.params().flatValues());
        return copy;
    }
}
