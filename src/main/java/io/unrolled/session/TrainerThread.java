package io.unrolled.session;

import io.unrolled.models.ModelKind;
import io.unrolled.train.Callback;
import io.unrolled.train.Checkpoint;
import io.unrolled.train.EpochResult;
import io.unrolled.train.FitOutcome;
import io.unrolled.train.InitialWeights;
import io.unrolled.train.Learner;
import io.unrolled.train.LiveHyperParams;
import io.unrolled.train.RunControl;
import io.unrolled.train.StepMetrics;
import io.unrolled.train.TrainConfig;
import io.unrolled.train.TrainingListener;
import io.unrolled.train.TrainingRun;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The one thread that owns every ND4J array, and the mailboxes results come back through: a run's
 * batches, epochs and holds reach the UI thread through one {@link FxMailbox} (at most one hand-off
 * per interval however fast batches go), its end through another. Warm-ups, saves, loads and the
 * unrolled view's traces take their turns on the same thread. The kept model (the last trained or
 * loaded one, which Save writes) lives here and is touched on the trainer thread only. Everything
 * but {@link #kept()} is called on the UI thread.
 */
final class TrainerThread {

    /** Batch metrics reach the window at most ten times a second. */
    private static final long UI_INTERVAL_MS = 100;

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "trainer");
        t.setDaemon(true);
        return t;
    });
    private final Executor ui;
    private final WarmUps warmUps;
    private int currentRun;         // UI thread only: results of older runs are ignored
    private TrainingRun kept;       // trainer thread only

    TrainerThread(Executor ui) {
        this.ui = ui;
        this.warmUps = new WarmUps(executor, ui);
    }

    /** The thread itself, for work that must run on it in turn (the unrolled view's traces). */
    Executor executor() {
        return executor;
    }

    /** The warm-ups, which hold the thread until a real run, a save or a load stops them. */
    WarmUps warmUps() {
        return warmUps;
    }

    /** The last trained or loaded model, or null (trainer thread only). */
    TrainingRun kept() {
        return kept;
    }

    /** What the UI thread hears of one run: its news in hand-offs, then its end. */
    interface RunListener {
        void onNews(List<RunNews> news);

        void onEnd(FitOutcome outcome);
    }

    /**
     * Trains a run of {@code kind} with {@code config} on the trainer thread; what it reports reaches
     * {@code listener} on the UI thread for as long as it is the latest run. With {@code fromFile} (the
     * kept model's file name), the run starts from the kept model's weights instead of the seed's. The
     * run becomes the kept model once built.
     */
    void start(ModelKind kind, TrainConfig config, String fromFile, LiveHyperParams knobs, RunControl control, Callback duringRun,
               RunListener listener) {
        warmUps.stop();
        int id = ++currentRun;
        var news = new FxMailbox<RunNews>(ui, UI_INTERVAL_MS, list -> {
            if (id == currentRun) {
                listener.onNews(list);
            }
        });
        var endings = new FxMailbox<FitOutcome>(ui, list -> {
            if (id == currentRun) {
                news.drainNow();            // the last batches may still wait for their interval
                list.forEach(listener::onEnd);
            }
        });
        executor.execute(() -> train(kind, config, fromFile, knobs, control, duringRun, news, endings));
    }

    /** From now on, what the current run still reports is ignored (a reset). */
    void forgetRun() {
        currentRun++;
    }

    private void train(ModelKind kind, TrainConfig config, String fromFile, LiveHyperParams knobs, RunControl control, Callback duringRun,
                       FxMailbox<RunNews> news, FxMailbox<FitOutcome> endings) {
        try {
            if (control.isStopped()) {
                // Stop came before the trainer's turn: there is nothing to build, and no batch may train
                kept = null;
                endings.post(new FitOutcome(FitOutcome.Status.STOPPED, "stopped before the first batch", List.of()));
                return;
            }
            TrainingRun run = TrainingRun.create(kind, config, knobs, control);
            if (fromFile != null) {
                if (kept == null) {
                    throw new IllegalStateException("the model loaded from " + fromFile + " was forgotten before the run began");
                }
                InitialWeights.copy(kept.model(), fromFile, run.model());
            }
            Learner l = run.learner();
            l.addCallback(duringRun);
            l.addListener(new TrainingListener() {
                @Override
                public void onBatch(StepMetrics m) {
                    news.post(new RunNews.Batch(m));
                }

                @Override
                public void onEpoch(EpochResult r) {
                    news.post(new RunNews.Epoch(r));
                }

                @Override
                public void onHold(int epoch, int batchesDone, int batchesPerEpoch) {
                    news.post(new RunNews.Held(epoch, batchesDone, batchesPerEpoch));
                }
            });
            kept = run;
            endings.post(l.fit());
        } catch (Checkpoint.Invalid e) {
            endings.post(new FitOutcome(FitOutcome.Status.FAILED, "Could not continue from " + e.getMessage(), List.of()));
        } catch (RuntimeException | Error e) {
            endings.post(new FitOutcome(FitOutcome.Status.FAILED, "Training failed: " + e, List.of()));
        }
    }

    /** Saves the kept model as .npz; {@code then} gets the status line's words on the UI thread. */
    void save(Path file, Consumer<String> then) {
        warmUps.stop();   // the file should not wait for a throwaway model
        executor.execute(() -> {
            String message = ModelFiles.save(kept, file);
            ui.execute(() -> then.accept(message));
        });
    }

    /**
     * Reads and evaluates a saved model on the trainer thread; on the UI thread, {@code loaded} gets it
     * (unless the thread was shut down meanwhile) or {@code refused} gets why it cannot be used. The
     * model is not kept until {@link #keep} is called.
     */
    void load(Path file, Consumer<ModelFiles.Loaded> loaded, Consumer<String> refused) {
        warmUps.stop();
        executor.execute(() -> {
            try {
                ModelFiles.Loaded read = ModelFiles.load(file);
                ui.execute(() -> {
                    if (!executor.isShutdown()) {   // else the window closed while the file was read
                        loaded.accept(read);
                    }
                });
            } catch (IllegalArgumentException e) {
                ui.execute(() -> refused.accept(e.getMessage()));
            }
        });
    }

    /** Makes {@code run} the kept model, in turn on the trainer thread, then runs {@code andThen} there. */
    void keep(TrainingRun run, Runnable andThen) {
        executor.execute(() -> {
            kept = run;
            andThen.run();
        });
    }

    /** Drops the kept model: the trainer thread holds it, so it is dropped there, in turn. */
    void forgetKept() {
        if (!executor.isShutdown()) {
            executor.execute(() -> kept = null);
        }
    }

    /**
     * Stops the warm-ups and the thread. Returns whether the thread ended within five seconds (the
     * caller stops a run first; it stops at its next batch).
     */
    boolean shutdown() {
        warmUps.stop();
        executor.shutdownNow();
        try {
            return executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
