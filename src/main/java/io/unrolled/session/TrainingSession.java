package io.unrolled.session;

import io.unrolled.models.ModelKind;
import io.unrolled.train.EpochResult;
import io.unrolled.train.FitOutcome;
import io.unrolled.train.Ladder;
import io.unrolled.train.LiveHyperParams;
import io.unrolled.train.RunControl;
import io.unrolled.train.StepMetrics;
import io.unrolled.train.TrainConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
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
 * the UI thread only) and what it can ask for (commands). Training runs on the {@link TrainerThread},
 * which owns every ND4J array and hands results back in batches.
 */
public final class TrainingSession {

    /** Where the current run stands. */
    public enum State { IDLE, RUNNING, PAUSED, FINISHED, STOPPED, DIVERGED, FAILED }

    private final TrainerThread trainer;

    private final ReadOnlyObjectWrapper<ModelKind> model = new ReadOnlyObjectWrapper<>(ModelKind.LM1);
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.IDLE);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Choose a rung and press Train.");
    private final ReadOnlyLongWrapper batchesSeen = new ReadOnlyLongWrapper(0);
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper();   // the last run's notice title, or null
    private final ReadOnlyBooleanWrapper hasWeights = new ReadOnlyBooleanWrapper(false);   // trained or loaded: Save has something
    private final ReadOnlyStringWrapper loadedFrom = new ReadOnlyStringWrapper();   // the kept weights' file, until a run replaces them
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
    private final SentenceWatch sentences;   // the unrolled view's sentence, traced on the trainer thread
    private final MemoryWatch memory;        // the Memory view's gradient flows, and ‖∂L/∂h_t‖ while training
    private final DropoutWatch dropout;      // the views' train mode: that sentence's training-mode pass

    /** @param ui where UI updates run: {@code Platform::runLater} in the app, anything in tests */
    public TrainingSession(Executor ui) {
        this.trainer = new TrainerThread(ui);
        this.warmUps = trainer.warmUps();
        this.sentences = new SentenceWatch(ui, trainer.executor(), () -> control, warmUps, trainer::kept);
        this.memory = new MemoryWatch(ui, sentences);
        this.dropout = new DropoutWatch(ui, sentences::refresh, knobs.values(), settings.seed());
        sentences.followedBy(dropout);
        state.addListener(o -> progress.show(state.get()));   // a pause stops the clock, an end shows the whole time
    }

    // ---------------------------------------------------------------- commands

    /** Chooses a rung and loads the book's recipe for it; only while nothing is training. */
    public void selectModel(ModelKind kind) {
        requireNotTraining("choose another rung");
        if (chooseRung(kind)) {
            sentences.rung(kind, settings);
            warmUpIfWarm(kind);
        }
    }

    /**
     * Shows {@code kind} and its recipe (a new rung's), forgetting the weights of another rung;
     * returns whether the rung changed. Neither re-traces nor warms up: a load must first keep its model.
     */
    private boolean chooseRung(ModelKind kind) {
        boolean otherRung = kind != model.get();
        if (otherRung) {
            // before the model changes: its listeners show these settings. The same rung again (a
            // model of it loaded) keeps the fields and sliders as the user left them.
            settings = Ladder.recipe(kind);
            knobs.reset(settings);
            dropout.knobs(knobs.values());
        }
        model.set(kind);
        clearRun();
        if (otherRung) {
            forgetWeights();   // the charts are cleared too: Save should not write a rung the window no longer shows
        }
        status.set(kind.bookName() + ": " + kind.adds());
        return otherRung;
    }

    private void warmUpIfWarm(ModelKind kind) {
        if (warmUps.lastRung() != null) {
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
        startRun(false, null);
    }

    /**
     * Starts a run from the loaded model's weights instead of a fresh initialisation (the window's
     * {@code reproduce --init}): everything else is the run's own settings. {@code oneBatch} starts it
     * paused after its first batch, as {@link #stepOnce()} does.
     */
    public void continueLoaded(boolean oneBatch) {
        requireNotTraining("continue from the loaded model");
        if (loadedFrom.get() == null) {
            throw new IllegalStateException("There is no loaded model to continue from: Load one first.");
        }
        startRun(oneBatch, loadedFrom.get());
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
        startRun(true, null);
    }

    /** The thread that owns every ND4J array, for tests that must know what it is doing when. */
    java.util.concurrent.Executor trainerThreadForTests() {
        return trainer.executor();
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
        trainer.forgetRun();
        clearRun();
        forgetWeights();
        state.set(State.IDLE);
        status.set("Reset: the next run starts from seed " + settings.seed() + " again.");
        sentences.refresh();
    }

    public void setDropout(double p) {
        knobs.setDropout(p);
        dropout.knobs(knobs.values());
    }

    public void setAlpha(double a) {
        knobs.setAlpha(a);
        dropout.knobs(knobs.values());
    }

    public void setBeta(double b) {
        knobs.setBeta(b);
        dropout.knobs(knobs.values());
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
        return trainer.shutdown();
    }

    /** Puts a message in the status line (UI thread). */
    public void announce(String message) {
        status.set(message);
    }

    /** Saves the last trained or loaded model as .npz; the outcome appears in the status line. */
    public void saveModel(Path file) {
        requireNotTraining("save");
        trainer.save(file, status::set);
    }

    /**
     * Loads a saved model and evaluates it on the validation set. A file that cannot be read changes
     * nothing and says why in the status line.
     */
    public void loadModel(Path file) {
        requireNotTraining("load a model");
        trainer.load(file, loaded -> {
            if (state.get() == State.RUNNING || state.get() == State.PAUSED) {
                status.set("Training started while " + file.getFileName() + " was read, so it was not loaded.");
                return;
            }
            ModelKind kind = loaded.run().kind();
            boolean otherRung = chooseRung(kind);   // forgets the weights of another rung on the trainer thread first
            // the views learn of the rung only with the model kept: a trace asked for sooner would show
            // the untrained weights under the status line's "Loaded …"
            String name = file.getFileName().toString();
            sentences.rungOfLoaded(kind, settings);
            trainer.keep(loaded.run(), () -> sentences.loadedFrom(name));
            if (otherRung) {
                warmUpIfWarm(kind);   // queued behind the kept model, so the loaded weights are traced first
            }
            hasWeights.set(true);
            loadedFrom.set(file.getFileName().toString());
            status.set(loaded.message());
        }, status::set);
    }

    // ---------------------------------------------------------------- what the view binds to

    /** The unrolled view's sentence: ask for one, receive its trace through the current weights. */
    public SentenceWatch sentences() {
        return sentences;
    }

    /** The Memory view's numbers: gradient flow of the watched sentence, a model to compare, ‖∂L/∂h_t‖ per batch. */
    public MemoryWatch memory() {
        return memory;
    }

    /** The views' train/eval switch and the training-mode pass it shows (LMModel7's dropout mask, AR and TAR per step). */
    public DropoutWatch dropout() {
        return dropout;
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

    /** The file the kept weights were loaded from, or null once a run (or Reset, or another rung) has replaced them. */
    public ReadOnlyStringProperty loadedFromProperty() {
        return loadedFrom.getReadOnlyProperty();
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

    /** @param fromFile the loaded file whose kept weights the run starts from, or null for the seed's fresh weights */
    private void startRun(boolean paused, String fromFile) {
        clearRun();
        LiveHyperParams.Values k = knobs.values();
        TrainConfig config = settings.withWd(k.wd()).withRegularization(k.dropout(), k.alpha(), k.beta()).withLr(k.lrMax());
        ModelKind kind = model.get();
        runConfig = config;
        runMatchesBook = fromFile == null && Ladder.isBookRecipe(kind, config);   // the book's rows start from seed
        RunControl runControl = new RunControl();
        if (paused) {
            runControl.stepOnce();
        }
        LiveHyperParams runKnobs = knobs.attachRun(config);
        control = runControl;
        progress.restart(!paused);
        state.set(paused ? State.PAUSED : State.RUNNING);
        hasWeights.set(false);   // the trainer replaces the kept model with this run's; its first batch sets this again
        loadedFrom.set(null);
        String what = fromFile == null ? kind.bookName() : kind.bookName() + " from the weights loaded from " + fromFile;
        runStatus = "Training " + what + " (seed " + config.seed() + ", " + config.epochs() + " epochs)…"
                + knobs.lrCapNote().map(n -> " " + n).orElse("");
        status.set(runStatus);
        trainer.start(kind, config, fromFile, runKnobs, runControl, Callbacks.both(sentences.duringRun(), memory.duringRun()),
                new TrainerThread.RunListener() {
            @Override
            public void onNews(List<RunNews> news) {
                TrainingSession.this.onNews(news);
            }

            @Override
            public void onEnd(FitOutcome outcome) {
                TrainingSession.this.onEnd(outcome);
            }
        });
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
        loadedFrom.set(null);
        trainer.forgetKept();
    }

    private void requireNotTraining(String what) {
        if (state.get() == State.RUNNING || state.get() == State.PAUSED) {
            throw new IllegalStateException("Stop training before you " + what + ".");
        }
    }
}
