package io.unrolled.train;

import io.unrolled.data.LmData;
import io.unrolled.models.LanguageModel;
import io.unrolled.models.ModelConfig;
import io.unrolled.models.ModelKind;
import io.unrolled.models.Models;

/** Everything one training run of a rung needs, built on the thread that will train it. */
public record TrainingRun(ModelKind kind, TrainConfig config, LmData data, LanguageModel model, Learner learner) {

    public static TrainingRun create(ModelKind kind, TrainConfig config) {
        return create(kind, config, new LiveHyperParams(config), new RunControl());
    }

    /** A run whose knobs and controls the caller already holds (see {@link Learner}). */
    public static TrainingRun create(ModelKind kind, TrainConfig config, LiveHyperParams hyper, RunControl control) {
        LmData data = LmData.of(kind.data(), config.batchSize(), config.seqLen());
        ModelConfig mc = ModelConfig.book(kind, data.vocab().size()).withDropout(config.dropout());
        LanguageModel model = Models.create(mc, config.seed());
        return new TrainingRun(kind, config, data, model, new Learner(model, data, config, hyper, control));
    }

    /** A run around a model that already exists, e.g. one loaded from a checkpoint. */
    public static TrainingRun around(LanguageModel model, TrainConfig config) {
        LmData data = LmData.of(model.kind().data(), config.batchSize(), config.seqLen());
        return new TrainingRun(model.kind(), config, data, model, new Learner(model, data, config));
    }

    public FitOutcome fit() {
        return learner.fit();
    }
}
