package io.unrolled.train;

import io.unrolled.data.LmData;
import io.unrolled.models.LanguageModel;
import io.unrolled.models.ModelConfig;
import io.unrolled.models.ModelKind;
import io.unrolled.models.Models;
import java.util.function.BooleanSupplier;

/** Everything one training run of a rung needs, built on the thread that will train it. */
public record TrainingRun(ModelKind kind, TrainConfig config, LmData data, LanguageModel model, Learner learner) {

    public static TrainingRun create(ModelKind kind, TrainConfig config) {
        return create(kind, config, new LiveHyperParams(config), new RunControl());
    }

    /** A run whose knobs and controls the caller already holds (see {@link Learner}). */
    public static TrainingRun create(ModelKind kind, TrainConfig config, LiveHyperParams hyper, RunControl control) {
        LmData data = LmData.of(kind.data(), config.batchSize(), config.seqLen());
        LanguageModel model = initialModel(kind, config, data.vocab().size());
        return new TrainingRun(kind, config, data, model, new Learner(model, data, config, hyper, control));
    }

    /** The weights a run with these settings starts from: the "before training" model. */
    public static LanguageModel initialModel(ModelKind kind, TrainConfig config, int vocab) {
        ModelConfig mc = ModelConfig.book(kind, vocab).withDropout(config.dropout());
        return Models.create(mc, config.seed());
    }

    /** A run around a model that already exists, e.g. one loaded from a checkpoint. */
    public static TrainingRun around(LanguageModel model, TrainConfig config) {
        LmData data = LmData.of(model.kind().data(), config.batchSize(), config.seqLen());
        return new TrainingRun(model.kind(), config, data, model, new Learner(model, data, config));
    }

    /**
     * The warm-up's length in epochs, an upper bound that {@link JitQuiet} normally ends first: LMModel4,
     * the fastest rung, takes 0.12-0.2 s an epoch on the 2-core VM, so 100 epochs outlast its 8 s cap.
     */
    static final int WARM_UP_EPOCHS = 100;

    /**
     * Trains a throwaway copy of the rung until {@code warmEnough} says so (asked after every batch),
     * so that ND4J's libraries are loaded and the JIT has compiled the rung's code before a real run.
     * A cold first epoch took three times as long as the later ones, and a run of a fast rung is over
     * before the JIT has caught up. Models and dropout draw from their own seeded generators, so the
     * real run's numbers do not change. Stopping {@code control} ends it at the next batch.
     */
    public static void warmUp(ModelKind kind, TrainConfig config, BooleanSupplier warmEnough, RunControl control) {
        TrainConfig throwaway = config.withEpochs(WARM_UP_EPOCHS);
        TrainingRun run = create(kind, throwaway, new LiveHyperParams(throwaway), control);
        run.learner().addListener(new TrainingListener() {
            @Override
            public void onBatch(StepMetrics metrics) {
                if (warmEnough.getAsBoolean()) {
                    control.stop();
                }
            }
        });
        run.fit();
    }

    public FitOutcome fit() {
        return learner.fit();
    }
}
