package io.unrolled.session;

import io.unrolled.models.ModelKind;
import io.unrolled.train.JitQuiet;
import io.unrolled.train.RunControl;
import io.unrolled.train.TrainConfig;
import io.unrolled.train.TrainingRun;
import java.util.concurrent.Executor;

/**
 * Throwaway training of a rung on the trainer thread until the JIT compilers have gone quiet (see
 * {@link JitQuiet}), so that the first real run of that rung starts with its code compiled. Only the
 * latest warm-up counts: starting one, or a real run, stops the one before at its next batch.
 */
final class WarmUps {

    private final Executor trainer;
    private final Executor ui;
    private RunControl control = new RunControl();
    private ModelKind rung;   // UI thread; null until the first warm-up

    WarmUps(Executor trainer, Executor ui) {
        this.trainer = trainer;
        this.ui = ui;
    }

    /** UI thread. {@code then} runs on the UI thread once this warm-up has ended, however it ended. */
    void start(ModelKind kind, TrainConfig config, Runnable then) {
        control.stop();
        RunControl warm = new RunControl();
        control = warm;
        rung = kind;
        trainer.execute(() -> {
            try {
                TrainingRun.warmUp(kind, config, JitQuiet.forThisJvm(), warm);
            } catch (RuntimeException | Error e) {
                // the run asked for later meets the same problem and reports it
            }
            ui.execute(then);
        });
    }

    /** Ends the current warm-up at its next batch; any thread. */
    void stop() {
        control.stop();
    }

    /** The rung of the latest warm-up, or null if none was ever asked for. UI thread. */
    ModelKind rung() {
        return rung;
    }
}
