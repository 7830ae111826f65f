package io.unrolled.session;

import io.unrolled.train.LiveHyperParams;
import io.unrolled.train.TrainConfig;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The sliders' values (dropout, α, β, weight decay, learning-rate multiplier) as the next run will
 * start with them, and, while a run goes, passed on to its trainer for its next batch. UI thread only.
 */
final class SliderKnobs {

    private LiveHyperParams.Values values;
    private double lrMultiplier = 1;
    private double baseLr;
    private LiveHyperParams live;   // the current run's, made when the run is asked for; null between runs

    SliderKnobs(TrainConfig recipe) {
        reset(recipe);
    }

    /** The knobs' part of a configuration. */
    static LiveHyperParams.Values valuesOf(TrainConfig c) {
        return new LiveHyperParams.Values(c.lrMax(), c.dropout(), c.alpha(), c.beta(), c.wd());
    }

    /** A rung's recipe: its regularisation, and its learning rate times 1. */
    void reset(TrainConfig recipe) {
        values = valuesOf(recipe);
        baseLr = recipe.lrMax();
        lrMultiplier = 1;
    }

    void setDropout(double p) {
        values = new LiveHyperParams.Values(values.lrMax(), p, values.alpha(), values.beta(), values.wd());
        passOn(h -> h.setDropout(p));
    }

    void setAlpha(double a) {
        values = new LiveHyperParams.Values(values.lrMax(), values.dropout(), a, values.beta(), values.wd());
        passOn(h -> h.setAlpha(a));
    }

    void setBeta(double b) {
        values = new LiveHyperParams.Values(values.lrMax(), values.dropout(), values.alpha(), b, values.wd());
        passOn(h -> h.setBeta(b));
    }

    void setWeightDecay(double wd) {
        values = new LiveHyperParams.Values(values.lrMax(), values.dropout(), values.alpha(), values.beta(), wd);
        passOn(h -> h.setWd(wd));
    }

    /**
     * The learning rate typed in the lr field, which the multiplier scales.
     *
     * @return a sentence for the status line when the product had to be capped, else empty
     */
    Optional<String> setBaseLr(double lr) {
        baseLr = lr;
        return applyLr();
    }

    /** @return as {@link #setBaseLr}: a sentence when the product had to be capped */
    Optional<String> setLrMultiplier(double m) {
        lrMultiplier = m;
        return applyLr();
    }

    private Optional<String> applyLr() {
        double lr = Math.min(baseLr * lrMultiplier, LiveHyperParams.MAX_LR);
        values = new LiveHyperParams.Values(lr, values.dropout(), values.alpha(), values.beta(), values.wd());
        passOn(h -> h.setLrMax(lr));
        return lrCapNote();
    }

    /** A sentence when the lr field times the multiplier is more than the trainer takes, else empty. */
    Optional<String> lrCapNote() {
        double wanted = baseLr * lrMultiplier;
        return wanted > LiveHyperParams.MAX_LR ? Optional.of(String.format("The learning rate stays at %.3g, the most the "
                + "trainer takes (%.3g × %.2f would be %.3g).", LiveHyperParams.MAX_LR, baseLr, lrMultiplier, wanted)) : Optional.empty();
    }

    LiveHyperParams.Values values() {
        return values;
    }

    /** Knobs for a run about to start, which the sliders turn from now until {@link #detach}. */
    LiveHyperParams attachRun(TrainConfig config) {
        live = new LiveHyperParams(config);
        return live;
    }

    void detach() {
        live = null;
    }

    /** What the running trainer will use at its next batch, or empty when nothing runs. */
    Optional<LiveHyperParams.Values> trainerValues() {
        return Optional.ofNullable(live).map(LiveHyperParams::snapshot);
    }

    private void passOn(Consumer<LiveHyperParams> change) {
        if (live != null) {
            change.accept(live);
        }
    }
}
