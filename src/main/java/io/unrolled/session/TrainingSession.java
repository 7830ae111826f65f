package io.unrolled.session;

import io.unrolled.models.ModelKind;
import io.unrolled.train.EpochResult;
import io.unrolled.train.FitOutcome;
import io.unrolled.train.Ladder;
import io.unrolled.train.Learner;
import io.unrolled.train.LiveHyperParams;
import io.unrolled.train.RunControl;
import io.unrolled.train.StepMetrics;
import io.unrolled.train.TrainConfig;
import io.unrolled.train.TrainingListener;
import io.unrolled.train.TrainingRun;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The presentation model of the explorer: what the window shows (read-only properties, updated on
 * the UI thread only) and what it can ask for (commands). Training runs on one dedicated trainer
 * thread that owns every ND4J array; results come back through {@link FxMailbox}es, so the UI thread
 * is asked to render at most once per hand-off however fast batches go.
 */
public final class TrainingSession {

    /** Where the current run stands. */
    public enum State { IDLE, RUNNING, PAUSED, FINISHED, STOPPED, DIVERGED, FAILED }

    /** Batch metrics reach the window at most ten times a second. */
    private static final long UI_INTERVAL_MS = 100;

    private final ExecutorService trainer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "trainer");
        t.setDaemon(true);
        return t;
    });
    private final Executor ui;
    private int currentRun;               // UI thread only: results of older runs are ignored

    private final ReadOnlyObjectWrapper<ModelKind> model = new ReadOnlyObjectWrapper<>(ModelKind.LM1);
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.IDLE);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Choose a rung and press Train.");
    private final ReadOnlyLongWrapper batchesSeen = new ReadOnlyLongWrapper(0);
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper();   // the last run's notice title, or null
    private final ReadOnlyBooleanWrapper hasWeights = new ReadOnlyBooleanWrapper(false);   // trained or loaded: Save has something
    private final ReadOnlyObjectWrapper<StepMetrics> lastMetrics = new ReadOnlyObjectWrapper<>();
    private final ObservableList<EpochResult> epochs = FXCollections.observableArrayList();
    // one wrapper for every caller: the wrapper listens weakly to the list, so it must stay reachable
    private final ObservableList<EpochResult> epochsView = FXCollections.unmodifiableObservableList(epochs);
    private final RunHistory history = new RunHistory();
    private final SchedulePreview schedulePreview = new SchedulePreview();
    private TrainConfig runConfig;
    private final LiveSeries series = new LiveSeries();
    private final ProgressReport progress = new ProgressReport(System::nanoTime);
    private boolean runMatchesBook = true;

    private TrainConfig settings = Ladder.recipe(ModelKind.LM1);
    private final SliderKnobs knobs = new SliderKnobs(settings);
    // The current run's controls (and knobs), made here when the run is asked for, so that a slider
    // moved or Stop pressed before the trainer has built its model still reaches it. Null between runs.
    private RunControl control;
    private String runStatus;                // what the status line says while the current run trains
    private final WarmUps warmUps;          // a real run cuts a warm-up short
    private TrainingRun lastRun;             // trainer thread only: the model Save writes
    private final SentenceWatch sentences;   // the unrolled view's sentence, traced on the trainer thread

    /** @param ui where UI updates run: {@code Platform::runLater} in the app, anything in tests */
    public TrainingSession(Executor ui) {
        this.ui = ui;
        this.warmUps = new WarmUps(trainer, ui);
        this.sentences = new SentenceWatch(ui, trainer, () -> control, warmUps, () -> lastRun);
        state.addListener(o -> progress.show(state.get()));   // a pause stops the clock, an end shows the whole time
    }

    // ---------------------------------------------------------------- commands

    /** Chooses a rung and loads the book's recipe for it; only while nothing is training. */
    public void selectModel(ModelKind kind) {
        requireNotTraining("choose another rung");
        boolean otherRung = kind != model.get();
        if (otherRung) {
            // before the model changes: its listeners show these settings. The same rung again (a
            // model of it loaded) keeps the fields and sliders as the user left them.
            settings = Ladder.recipe(kind);
            knobs.reset(settings);
        }
        model.set(kind);
        clearRun();
        if (otherRung) {
            forgetWeights();   // the charts are cleared too: Save should not write a rung the window no longer shows
        }
        status.set(kind.bookName() + ": " + kind.adds());
        sentences.rung(kind, settings);
        if (warmUps.lastRung() != null && otherRung) {
            // the rung a teacher picks is the one about to be trained: its code (an LSTM, say) is
            // not the code the first warm-up compiled
            warmUps.start(kind, settings, () -> { });
        }
    }

    /** Sets seed, epochs and learning rate for the next run; throws IllegalArgumentException with a readable message. */
    public void configure(long seed, int epochCount, double lr) {
        requireNotTraining("change seed, epochs or learning rate");
        settings = settings.withSeed(seed).withEpochs(epochCount).withLr(lr);
        knobs.setBaseLr(lr).ifPresent(status::set);
        sentences.rung(model.get(), settings);
    }

    /** Starts a run (or resumes a paused one). */
    public void train() {
        if (state.get() == State.PAUSED && control != null) {
            control.resume();
            status.set(runStatus);
            state.set(State.RUNNING);
            return;
        }
        if (state.get() == State.RUNNING) {
            return;
        }
        startRun(false);
    }

    public void pause() {
        if (state.get() != State.RUNNING) {
            return;
        }
        control.pause();
        status.set("Paused.");   // where exactly is known once the trainer has finished its batch (onHold)
        state.set(State.PAUSED);
    }

    public void togglePause() {
        if (state.get() == State.RUNNING) {
            pause();
        } else {
            train();
        }
    }

    /**
     * Trains exactly one batch, then waits paused; starts a paused run when none is going. A running
     * run is left alone: stepping is for a run that stands still, and Pause is one key away.
     */
    public void stepOnce() {
        if (state.get() == State.RUNNING) {
            return;
        }
        if (state.get() == State.PAUSED && control != null) {
            control.stepOnce();
            status.set("Training one batch…");   // the trainer says where it waits once the batch is done
            return;
        }
        startRun(true);
    }

    public void stop() {
        if (control != null) {
            control.stop();
        }
    }

    /** Forgets the run: the next Train starts again from the same seed, the "same start" re-run. */
    public void reset() {
        stop();
        control = null;
        knobs.detach();
        currentRun++;
        clearRun();
        forgetWeights();
        state.set(State.IDLE);
        status.set("Reset: the next run starts from seed " + settings.seed() + " again.");
        sentences.refresh();
    }

    public void setDropout(double p) {
        knobs.setDropout(p);
    }

    public void setAlpha(double a) {
        knobs.setAlpha(a);
    }

    public void setBeta(double b) {
        knobs.setBeta(b);
    }

    public void setWeightDecay(double wd) {
        knobs.setWeightDecay(wd);
    }

    /** Scales the peak learning rate of the one-cycle schedule (1 = the lr field's), before a run or during it. */
    public void setLrMultiplier(double m) {
        knobs.setLrMultiplier(m).ifPresent(status::set);
    }

    /**
     * Warms the current rung up (see {@link WarmUps}); the window calls this once it is on screen, and
     * from then on choosing another rung warms that one up. {@code then} runs on the UI thread once the
     * latest warm-up has ended.
     */
    public void warmUp(Runnable then) {
        warmUps.start(model.get(), settings, then);
    }

    /** The warm-ups, for tests. */
    WarmUps warmUps() {
        return warmUps;
    }

    /**
     * Stops the trainer thread; the window calls this when it closes. Returns whether the thread ended
     * within five seconds (a run stops at its next batch, so it normally ends within one batch).
     */
    public boolean shutdown() {
        stop();
        warmUps.stop();
        trainer.shutdownNow();
        try {
            return trainer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Puts a message in the status line (UI thread). */
    public void announce(String message) {
        status.set(message);
    }

    /** Saves the last trained or loaded model as .npz; the outcome appears in the status line. */
    public void saveModel(Path file) {
        requireNotTraining("save");
        warmUps.stop();   // the file should not wait for a throwaway model
        trainer.execute(() -> {
            String message = ModelFiles.save(lastRun, file);
            ui.execute(() -> status.set(message));
        });
    }

    /**
     * Loads a saved model and evaluates it on the validation set. A file that cannot be read changes
     * nothing and says why in the status line.
     */
    public void loadModel(Path file) {
        requireNotTraining("load a model");
        warmUps.stop();
        trainer.execute(() -> {
            try {
                ModelFiles.Loaded loaded = ModelFiles.load(file);
                ui.execute(() -> {
                    if (trainer.isShutdown()) {
                        return;   // the window closed while the file was read
                    }
                    if (state.get() == State.RUNNING || state.get() == State.PAUSED) {
                        status.set("Training started while " + file.getFileName() + " was read, so it was not loaded.");
                        return;
                    }
                    selectModel(loaded.run().kind());   // forgets the weights of another rung on the trainer thread first
                    trainer.execute(() -> {
                        lastRun = loaded.run();
                        sentences.loadedFrom(file.getFileName().toString());
                    });
                    hasWeights.set(true);
                    status.set(loaded.message());
                });
            } catch (IllegalArgumentException e) {
                ui.execute(() -> status.set(e.getMessage()));
            }
        });
    }

    // ---------------------------------------------------------------- what the view binds to

    /** The unrolled view's sentence: ask for one, receive its trace through the current weights. */
    public SentenceWatch sentences() {
        return sentences;
    }

    public ReadOnlyObjectProperty<ModelKind> modelProperty() {
        return model.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** How far the run has come: fastai's two bars and the status bar's line. */
    public ReadOnlyObjectProperty<RunProgress> progressProperty() {
        return progress.property();
    }

    /** Changes once per hand-off of new batches: the charts' cue to redraw. */
    public ReadOnlyLongProperty batchesSeenProperty() {
        return batchesSeen.getReadOnlyProperty();
    }

    /** The title of a notice about how the last run ended (diverged, failed, stuck at the baseline), or null. */
    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    /** Whether there is a trained or loaded model, which Save would write and Reset would forget. */
    public ReadOnlyBooleanProperty hasWeightsProperty() {
        return hasWeights.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<StepMetrics> lastMetricsProperty() {
        return lastMetrics.getReadOnlyProperty();
    }

    public ObservableList<EpochResult> epochs() {
        return epochsView;
    }

    /** The loss broken into its parts per batch: cross-entropy, α·AR and β·TAR. */
    public SeriesBuffer crossEntropyLoss() {
        return series.crossEntropy;
    }

    public SeriesBuffer arTerm() {
        return series.ar;
    }

    public SeriesBuffer tarTerm() {
        return series.tar;
    }

    /**
     * The one-cycle schedule the next (or current) run follows: learning rate and momentum before
     * every batch, as {x = batch, lr, momentum} rows.
     */
    public double[][] schedule() {
        return schedulePreview.rows(model.get(), settings, knobs.values().lrMax());
    }

    public SeriesBuffer rawLoss() {
        return series.raw;
    }

    public SeriesBuffer smoothedLoss() {
        return series.smoothed;
    }

    /** Whether the current run uses the book's recipe (then its rows can be compared with the book's). */
    public boolean runMatchesBook() {
        return runMatchesBook;
    }

    public TrainConfig settings() {
        return settings;
    }

    public LiveHyperParams.Values knobs() {
        return knobs.values();
    }

    /** What the running trainer will use at its next batch, or empty when nothing runs. */
    public Optional<LiveHyperParams.Values> trainerKnobs() {
        return knobs.trainerValues();
    }

    // ---------------------------------------------------------------- the run

    private void startRun(boolean paused) {
        clearRun();
        LiveHyperParams.Values k = knobs.values();
        TrainConfig config = settings.withWd(k.wd()).withRegularization(k.dropout(), k.alpha(), k.beta()).withLr(k.lrMax());
        ModelKind kind = model.get();
        runConfig = config;
        runMatchesBook = Ladder.isBookRecipe(kind, config);
        warmUps.stop();
        RunControl runControl = new RunControl();
        if (paused) {
            runControl.stepOnce();
        }
        LiveHyperParams runKnobs = knobs.attachRun(config);
        control = runControl;
        progress.restart(!paused);
        state.set(paused ? State.PAUSED : State.RUNNING);
        hasWeights.set(false);   // the trainer replaces the kept model with this run's; its first batch sets this again
        runStatus = "Training " + kind.bookName() + " (seed " + config.seed() + ", " + config.epochs() + " epochs)…"
                + knobs.lrCapNote().map(n -> " " + n).orElse("");
        status.set(runStatus);
        int id = ++currentRun;
        var news = new FxMailbox<RunNews>(ui, UI_INTERVAL_MS, list -> {
            if (id == currentRun) {
                onNews(list);
            }
        });
        var endings = new FxMailbox<FitOutcome>(ui, list -> {
            if (id == currentRun) {
                news.drainNow();            // the last batches may still wait for their interval
                list.forEach(this::onEnd);
            }
        });
        trainer.execute(() -> runOnTrainerThread(kind, config, runKnobs, runControl, news, endings));
    }

    private void runOnTrainerThread(ModelKind kind, TrainConfig config, LiveHyperParams runKnobs, RunControl runControl,
                                    FxMailbox<RunNews> news, FxMailbox<FitOutcome> endings) {
        try {
            if (runControl.isStopped()) {
                // Stop came before the trainer's turn: there is nothing to build, and no batch may train
                lastRun = null;
                endings.post(new FitOutcome(FitOutcome.Status.STOPPED, "stopped before the first batch", List.of()));
                return;
            }
            TrainingRun run = TrainingRun.create(kind, config, runKnobs, runControl);
            Learner l = run.learner();
            l.addCallback(sentences.duringRun());
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
            lastRun = run;
            endings.post(l.fit());
        } catch (RuntimeException | Error e) {
            endings.post(new FitOutcome(FitOutcome.Status.FAILED, "Training failed: " + e, List.of()));
        }
    }

    /** One hand-off: the batches first, then the epochs they completed, each list in one change. */
    private void onNews(List<RunNews> list) {
        List<StepMetrics> steps = new ArrayList<>();
        List<EpochResult> ended = new ArrayList<>();
        RunNews.Held held = null;   // only a hold that no batch followed still stands
        for (RunNews n : list) {
            if (n instanceof RunNews.Batch b) {
                steps.add(b.metrics());
                held = null;
            } else if (n instanceof RunNews.Epoch e) {
                ended.add(e.result());
            } else if (n instanceof RunNews.Held h) {
                held = h;
            }
        }
        if (!steps.isEmpty()) {
            onBatches(steps);
        }
        if (!ended.isEmpty()) {
            // a slider moved mid-run: from here on the book's rows are for other settings
            runMatchesBook &= knobs.values().equals(SliderKnobs.valuesOf(runConfig));
            epochs.addAll(ended);
        }
        if (held != null && state.get() == State.PAUSED) {
            status.set("Paused " + RunPlace.of(held.epoch(), held.batchesDone(), held.batchesPerEpoch())
                    + ". Space or Train goes on; Right trains one batch.");
        }
    }

    private void onBatches(List<StepMetrics> list) {
        list.forEach(series::add);
        StepMetrics last = list.get(list.size() - 1);
        lastMetrics.set(last);
        progress.onBatches(list, state.get());
        hasWeights.set(true);
        batchesSeen.set(batchesSeen.get() + list.size());
    }

    /** Keeps the run that just ended for the comparison overlays, labelled with the knobs it ended on. */
    private void remember(FitOutcome outcome, LiveHyperParams.Values last) {
        if (runConfig != null) {
            history.remember(model.get(), runConfig, last, series.smoothed, epochs, outcome.status());
        }
    }

    /** Earlier runs of this session, newest first, for overlaying on the charts. */
    public ObservableList<RunRecord> pastRuns() {
        return history.view();
    }

    private void onEnd(FitOutcome outcome) {
        LiveHyperParams.Values last = knobs.trainerValues().orElse(knobs.values());   // sliders moved mid-run and all
        control = null;
        knobs.detach();
        remember(outcome, last);
        RunEnding ending = RunEnding.of(outcome, model.get(), last.lrMax(), RunPlace.after(lastMetrics.get()));
        status.set(ending.status());   // first: the window's state listener words its notice from them
        warning.set(ending.warning());
        state.set(ending.state());
        sentences.refresh();   // the weights the run ended with (a diverged run's are the restored ones)
    }

    private void clearRun() {
        warning.set(null);
        series.clear();
        epochs.clear();
        progress.clear();
        lastMetrics.set(null);
        batchesSeen.set(0);
    }

    /** Drops the trained or loaded model: the trainer thread holds it, so it is dropped there, in turn. */
    private void forgetWeights() {
        hasWeights.set(false);
        if (!trainer.isShutdown()) {
            trainer.execute(() -> lastRun = null);
        }
    }

    private void requireNotTraining(String what) {
        if (state.get() == State.RUNNING || state.get() == State.PAUSED) {
            throw new IllegalStateException("Stop training before you " + what + ".");
        }
    }
}
