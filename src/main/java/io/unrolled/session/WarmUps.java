package io.unrolled.session;

import io.unrolled.models.ModelKind;
import io.unrolled.train.JitQuiet;
import io.unrolled.train.RunControl;
import io.unrolled.train.TrainConfig;
import io.unrolled.train.TrainingRun;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * Throwaway training of a rung on the trainer thread until the JIT compilers have gone quiet (see
 * {@link JitQuiet}), so that the first real run of that rung starts with its code compiled. Only the
 * latest warm-up counts: starting one stops the one before at its next batch, and a warm-up that is
 * stopped before its turn on the trainer thread builds nothing. Everything here is called on the UI
 * thread.
 */
final class WarmUps {

    private final Executor trainer;
    private final Executor ui;
    private RunControl control = new RunControl();
    private ModelKind rung;                                  // null until the first warm-up
    private int started;
    private final List<Runnable> whenDone = new ArrayList<>();

    WarmUps(Executor trainer, Executor ui) {
        this.trainer = trainer;
        this.ui = ui;
    }

    /**
     * Starts a warm-up of {@code kind}. {@code whenDone} runs on the UI thread once the latest
     * warm-up has ended, whether it ran its course or was stopped by {@link #stop()}; a warm-up
     * replaced by a newer one hands its waiting actions on.
     */
    void start(ModelKind kind, TrainConfig config, Runnable whenDone) {
        control.stop();
        RunControl warm = new RunControl();
        control = warm;
        rung = kind;
        started++;
        this.whenDone.add(whenDone);
        try {
            trainer.execute(() -> {
                try {
                    if (!warm.isStopped()) {
                        TrainingRun.warmUp(kind, config, JitQuiet.forThisJvm(), warm);
                    }
                } catch (RuntimeException | Error e) {
                    // the run asked for later meets the same problem and reports it
                }
                ui.execute(() -> ended(warm));
            });
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            // the session shut down first (a window closed before its set-up ran): nothing to warm up for
        }
    }

    private void ended(RunControl warm) {
        if (warm != control) {
            return;   // replaced: the newer warm-up runs the waiting actions
        }
        List<Runnable> due = new ArrayList<>(whenDone);
        whenDone.clear();
        due.forEach(Runnable::run);
    }

    /** Ends the current warm-up at its next batch (before a real run, a save or a load). */
    void stop() {
        control.stop();
    }

    /**
     * Hands {@code task} to the warm-up now on the trainer thread, if any, to run between two of its
     * batches; returns whether one took it (it may still end before its next batch).
     */
    boolean runBetweenBatches(Runnable task) {
        return control.runBetweenBatches(task);
    }

    /** The rung of the latest warm-up, or null if none was ever asked for. */
    ModelKind lastRung() {
        return rung;
    }

    /** How many warm-ups were started. */
    int started() {
        return started;
    }
}
