package io.unrolled.session;

import io.unrolled.data.Spelling;
import io.unrolled.data.Corpus;
import io.unrolled.data.ValidationText;
import io.unrolled.data.Vocab;
import io.unrolled.models.LanguageModel;
import io.unrolled.models.ModelKind;
import io.unrolled.trace.SentenceTrace;
import io.unrolled.train.Callback;
import io.unrolled.train.Ladder;
import io.unrolled.train.Learner;
import io.unrolled.train.RunControl;
import io.unrolled.train.SentenceTracer;
import io.unrolled.train.TrainConfig;
import io.unrolled.train.TrainingRun;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One sentence watched through the model's weights as they are now: the window asks for a sentence
 * and receives its {@link SentenceTrace} as an immutable snapshot on the UI thread. The trainer
 * thread does the tracing: between batches while a run goes on (at most a few times a second, so
 * the class sees the predictions improve), at once while it is paused, and otherwise as soon as the
 * thread is free (a finished, stopped, loaded or untrained model). Requests coalesce: only the
 * newest sentence is traced, and a trace of an older request that arrives late is dropped.
 *
 * <p>UI-thread methods: the commands and properties. Trainer-thread methods: {@link #serve} and
 * the run's {@link #duringRun() callback}.
 */
public final class SentenceWatch {

    /** The least time between two traces of the same sentence while a run trains. */
    static final long RETRACE_INTERVAL_MS = 250;

    /** What the trainer thread traces when it is asked: a model and a caption for its weights. */
    record Subject(LanguageModel model, String weights) {
    }

    /** A sentence to trace; {@code id} grows with every request so that late traces of older ones can be told apart. */
    private record Request(long id, List<String> words, String next) {
    }

    /** A trace, or the sentence saying why there is none, for request {@code id}. */
    private record Outcome(long id, SentenceTrace trace, String problem) {
    }

    // built on first use, not with the session: the window's first frame should not wait for the corpus
    private Vocab vocab;
    private ValidationText stretches;
    private final Executor ui;
    private final Executor trainer;
    private final Supplier<RunControl> runControl;
    private final WarmUps warmUps;
    private final Supplier<TrainingRun> lastRun;
    private final FxMailbox<Outcome> mailbox;
    private final ReadOnlyObjectWrapper<SentenceTrace> trace = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();
    private final AtomicLong ids = new AtomicLong();
    private Generations generations;
    private volatile DropoutWatch dropout;   // follows each trace with a training-mode pass while train mode is on
    private volatile Request request;        // null while nobody watches
    private volatile ModelKind rung = ModelKind.LM1;              // what an untrained trace shows
    private volatile TrainConfig settings = Ladder.recipe(ModelKind.LM1);
    private volatile boolean loading;        // a loaded model's rung is shown, but the model is not kept yet

    // trainer thread only
    private final SentenceTracer tracer = new SentenceTracer();
    private long served = -1;
    private long lastTraceNanos;
    private int epoch = -1;
    private int batch;
    private String loadedFrom;               // the file of a loaded model, null for a trained one
    private LanguageModel untrained;         // the "before training" model of untrainedKey
    private String untrainedKey;
    private final List<Runnable> untilLoaded = new java.util.ArrayList<>();   // tasks that would have met no model

    /**
     * @param ui         where results are delivered: the UI thread
     * @param trainer    the trainer thread's executor
     * @param runControl read on the UI thread: the current run's controls, or null between runs
     * @param warmUps    a warm-up may hold the trainer thread; it runs a trace between its batches
     * @param lastRun    read on the trainer thread: the trained or loaded model, or null
     */
    SentenceWatch(Executor ui, Executor trainer, Supplier<RunControl> runControl, WarmUps warmUps,
                  Supplier<TrainingRun> lastRun) {
        this.ui = ui;
        this.trainer = trainer;
        this.runControl = runControl;
        this.warmUps = warmUps;
        this.lastRun = lastRun;
        this.mailbox = new FxMailbox<>(ui, this::deliver);
    }

    // ---------------------------------------------------------------- UI thread

    /** Traces these words (case forgiven); the word after them is unknown. */
    public void traceSentence(List<String> words) {
        traceSentence(words, null);
    }

    /**
     * Traces these words, and marks {@code next} as the word that really follows them (null when
     * unknown). A word outside the vocabulary changes nothing and is named in {@link #problemProperty()}.
     */
    public void traceSentence(List<String> words, String next) {
        Vocab vocab = vocab();
        List<String> lower = words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        String nextLower = next == null ? null : next.toLowerCase(Locale.ROOT);
        for (int k = 0; k < lower.size(); k++) {
            if (!vocab.contains(lower.get(k))) {
                problem.set("\"" + words.get(k) + "\" (word " + (k + 1) + ") is not one of the " + vocab.size()
                        + " words the model knows." + Spelling.didYouMean(words.get(k), vocab.words()));
                return;
            }
        }
        if (nextLower != null && !vocab.contains(nextLower)) {
            throw new IllegalArgumentException("the next word \"" + next + "\" is not in the vocabulary");
        }
        request = new Request(ids.incrementAndGet(), lower, nextLower);
        ask();
    }

    /** Traces stretch k of the validation text (k in [0, {@link #stretchCount()})), with the word that follows it. */
    public void traceStretch(int k) {
        ValidationText.Stretch s = stretches().stretch(k);
        traceSentence(s.words(), s.next());
    }

    /** How many validation stretches there are to choose from. */
    public int stretchCount() {
        return stretches().count();
    }

    private synchronized Vocab vocab() {
        if (vocab == null) {
            vocab = Corpus.humanNumbers().vocab();
        }
        return vocab;
    }

    private ValidationText stretches() {
        if (stretches == null) {
            stretches = ValidationText.of(ValidationText.DEFAULT_LENGTH);
        }
        return stretches;
    }

    /** Traces the watched sentence again with the weights as they are now (after a load, a reset, a run's end). */
    public void refresh() {
        Request r = request;
        if (r != null) {
            request = new Request(ids.incrementAndGet(), r.words(), r.next());
            ask();
        }
    }

    /**
     * The rung and settings the window shows: with no trained or loaded model of that rung, the trace
     * shows the weights a run with these settings would start from. Re-traces the watched sentence.
     */
    void rung(ModelKind kind, TrainConfig config) {
        rung = kind;
        settings = config;
        refresh();
    }

    /**
     * The rung of a model being loaded: no re-trace now (the kept model is not in place yet); the
     * trainer thread traces it in {@link #loadedFrom} once it is.
     */
    void rungOfLoaded(ModelKind kind, TrainConfig config) {
        loading = true;
        rung = kind;
        settings = config;
        Request r = request;
        if (r != null) {
            // a trace of the old weights still on its way is for a request no longer watched
            request = new Request(ids.incrementAndGet(), r.words(), r.next());
        }
    }

    /** Stops tracing, e.g. while the view is hidden; training then pays nothing for it. */
    public void stopWatching() {
        request = null;
    }

    /** The newest trace of the watched sentence, or null before the first. */
    public ReadOnlyObjectProperty<SentenceTrace> traceProperty() {
        return trace.getReadOnlyProperty();
    }

    /** Why the last request could not be traced (an unknown word, too few words for the rung), or null. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Has every trace of the watched sentence followed by {@code watch}'s training-mode pass (when it is on). */
    void followedBy(DropoutWatch watch) {
        dropout = watch;
    }

    /** Continuations of a prefix, written by the same model this watch traces with. */
    public synchronized Generations generations() {
        if (generations == null) {
            generations = new Generations(ui, this::onTrainer, this::vocab);
        }
        return generations;
    }

    /**
     * Runs {@code task} once on the trainer thread with the model a trace would use now, by whichever
     * route reaches the thread first (a run's pause or batch gap, a warm-up's, or a free thread).
     */
    void onTrainer(java.util.function.Consumer<Subject> task) {
        java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
        route(() -> {
            if (loading) {
                untilLoaded.add(() -> {   // with the loaded model, once kept
                    if (done.compareAndSet(false, true)) {
                        task.accept(subjectNow());
                    }
                });
            } else if (done.compareAndSet(false, true)) {
                task.accept(subjectNow());
            }
        });
    }

    /** By every route that may run it soonest; a task that finds its request served does nothing. */
    private void ask() {
        route(this::serveIfAsked);
    }

    private void route(Runnable task) {
        RunControl run = runControl.get();
        if (run != null) {
            run.runBetweenBatches(task);      // between two batches, or at once while paused
        }
        warmUps.runBetweenBatches(task);      // between two batches of a warm-up holding the thread
        try {
            trainer.execute(task);            // whenever the thread is free: no run, or after it
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            // the session has shut down (the window is closing): there is nothing left to draw it in
        }
    }

    private void deliver(List<Outcome> outcomes) {
        Request r = request;
        for (Outcome o : outcomes) {
            if (r == null || o.id() != r.id()) {
                continue;   // for a sentence or weights no longer watched
            }
            if (o.trace() != null) {
                trace.set(o.trace());
                problem.set(null);
            } else {
                problem.set(o.problem());
            }
        }
    }

    // ---------------------------------------------------------------- trainer thread

    /** Traces the watched sentence if it was asked for since the last trace. */
    void serveIfAsked() {
        Request r = request;
        if (r != null && r.id() != served && !loading) {   // while loading, loadedFrom serves it
            serve(r, subjectNow());
        }
    }

    /**
     * Notes that the kept model now comes from a file (trainer thread, as the load takes its place) and
     * traces it: a request that reached the thread before the model did was served with the old one.
     */
    void loadedFrom(String file) {
        loadedFrom = file;
        loading = false;
        served = -1;
        serveIfAsked();
        List<Runnable> due = new java.util.ArrayList<>(untilLoaded);
        untilLoaded.clear();
        due.forEach(Runnable::run);
    }

    /** The trained or loaded model of the shown rung, else the one a run would start from. */
    private Subject subjectNow() {
        TrainingRun run = lastRun.get();
        ModelKind kind = rung;
        if (run != null && run.kind() == kind) {
            return new Subject(run.model(), loadedFrom != null ? "loaded from " + loadedFrom : trainedTo());
        }
        TrainConfig config = settings;
        String key = kind + "/" + config.seed() + "/" + config.dropout();
        if (!key.equals(untrainedKey)) {
            untrained = TrainingRun.initialModel(kind, config, vocab().size());
            untrainedKey = key;
        }
        return new Subject(untrained, "before training");
    }

    /** The run's callback: notes how far it has come, and re-traces the sentence now and then. */
    Callback duringRun() {
        return new Callback() {
            @Override
            public void beforeFit(Learner l) {
                epoch = -1;
                loadedFrom = null;
            }

            @Override
            public void afterBatch(Learner l) {
                epoch = l.epoch();
                batch = l.batchIndex();
                Request r = request;
                if (r != null && (r.id() != served
                        || System.nanoTime() - lastTraceNanos >= TimeUnit.MILLISECONDS.toNanos(RETRACE_INTERVAL_MS))) {
                    serve(r, new Subject(l.model(), trainedTo()));
                }
            }
        };
    }

    /** The caption of a run's weights: how far it has trained. */
    String trainedTo() {
        // epochs counted from 0, as the window's table and status line count them (fastai's way)
        return epoch < 0 ? "before training" : "epoch " + epoch + ", after " + (batch + 1) + (batch == 0 ? " batch" : " batches");
    }

    private void serve(Request r, Subject s) {
        served = r.id();
        lastTraceNanos = System.nanoTime();
        Vocab vocab = vocab();
        try {
            int[] ids = r.words().stream().mapToInt(vocab::index).toArray();
            int next = r.next() == null ? -1 : vocab.index(r.next());
            mailbox.post(new Outcome(r.id(), tracer.trace(s.model(), vocab.words(), ids, next, s.weights()), null));
            DropoutWatch d = dropout;
            if (d != null) {
                d.serve(r.id(), s.model(), ids, s.weights());   // the same weights, between the same two batches
            }
        } catch (IllegalArgumentException e) {
            mailbox.post(new Outcome(r.id(), null, e.getMessage()));
        }
    }
}
