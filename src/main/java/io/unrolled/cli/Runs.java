package io.unrolled.cli;

import io.unrolled.models.ModelKind;
import io.unrolled.train.TrainConfig;
import io.unrolled.train.TrainingListener;
import io.unrolled.train.TrainingRun;

/** What every command needs to set up one training run from a rung and its settings. */
final class Runs {

    private Runs() {
    }

    static TrainingRun create(ModelKind kind, TrainConfig config, TrainingListener listener) {
        TrainingRun run = TrainingRun.create(kind, config);
        if (listener != null) {
            run.learner().addListener(listener);
        }
        return run;
    }
}
