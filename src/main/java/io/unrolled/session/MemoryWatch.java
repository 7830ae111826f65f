package io.unrolled.session;

import io.unrolled.models.LanguageModel;
import io.unrolled.models.ModelKind;
import io.unrolled.trace.BatchGradients;
import io.unrolled.trace.MemoryTrace;
import io.unrolled.trace.SentenceTrace;
import io.unrolled.train.Callback;
import io.unrolled.train.Learner;
import io.unrolled.train.MemoryTracer;
import io.unrolled.train.WeightsCopy;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Memory view's numbers: how far back each prediction of the watched sentence looks
 * ({@link MemoryTrace}), for the shown model and, side by side, for a model to compare with; and while
 * a run trains, ‖∂L/∂h_t‖ of its latest batch ({@link BatchGradients}).
 *
 * <p>It follows the {@link SentenceWatch}: each new trace of the sentence (new words, new weights, a
 * re-trace while training) is answered with the gradient flow of the same words through the same
 * weights, on the trainer thread, by the same routes. The compare model is one trained this session
 * (the last weights each rung ended a run with are kept here, on the trainer thread) or one read from
 * a file. The trainer measures ‖∂L/∂h_t‖ only while {@link #watchBatches} is on, so a run that nobody
 * watches this way pays nothing for it.
 *
 * <p>UI-thread methods: the commands and properties. Trainer-thread parts: the tasks and the run's
 * {@link #duringRun() callback}.
 */
public final class MemoryWatch {

    /** The least time between two ‖∂L/∂h_t‖ hand-offs: the plot redraws at most this often. */
    private static final long BATCH_INTERVAL_MS = 100;

    /** A model for the compare side and where its weights come from. */
    private record Compared(LanguageModel model, String weights) {
    }

    private record Outcome(long id, MemoryTrace shown, MemoryTrace compared, String problem) {
    }

    private final Executor ui;
    private final SentenceWatch sentences;
    private final FxMailbox<Outcome> outcomes;
    private final FxMailbox<BatchGradients> batches;
    private final ReadOnlyObjectWrapper<MemoryTrace> trace = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<MemoryTrace> compare = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<BatchGradients> batch = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();
    private final ObservableList<ModelKind> trainedRungs = FXCollections.observableArrayList();
    private final ObservableList<ModelKind> trainedRungsView = FXCollections.unmodifiableObservableList(trainedRungs);
    private final AtomicLong ids = new AtomicLong();
    private volatile boolean watching;
    private volatile boolean watchBatches;
    private volatile long wanted = -1;        // the newest request: older answers are dropped

    // trainer thread only
    private final Map<ModelKind, Compared> trained = new EnumMap<>(ModelKind.class);
    private final MemoryTracer shownTracer = new MemoryTracer();
    private final MemoryTracer comparedTracer = new MemoryTracer();
    private Compared compared;

    MemoryWatch(Executor ui, SentenceWatch sentences) {
        this.ui = ui;
        this.sentences = sentences;
        this.outcomes = new FxMailbox<>(ui, this::deliver);
        this.batches = new FxMailbox<>(ui, BATCH_INTERVAL_MS, list -> batch.set(list.get(list.size() - 1)));
        sentences.traceProperty().addListener((o, was, now) -> {
            if (watching && now != null) {
                request(now);
            }
        });
    }

    // ---------------------------------------------------------------- UI thread

    /** While the Memory view shows: follow the sentence's traces (and trace the current one now). */
    public void watch(boolean on) {
        watching = on;
        SentenceTrace now = sentences.traceProperty().get();
        if (on && now != null) {
            request(now);
        }
    }

    /** While the per-batch plot shows: the trainer measures ‖∂L/∂h_t‖ of every batch and hands the newest over. */
    public void watchBatches(boolean on) {
        watchBatches = on;
    }

    /** Compares with the weights rung {@code kind} ended its last run of this session with. */
    public void compareWith(ModelKind kind) {
        long id = ids.incrementAndGet();
        wanted = id;
        sentences.onTrainer(subject -> {
            Compared c = trained.get(kind);
            if (c == null) {
                outcomes.post(new Outcome(id, null, null, kind.bookName() + " has not been trained in this session yet."));
                return;
            }
            compared = c;
            answer(id, subject.model(), subject.weights());
        });
    }

    /** Compares with a model read from a saved .npz; a file that cannot be used changes nothing and says why. */
    public void compareWithFile(Path file) {
        long id = ids.incrementAndGet();
        wanted = id;
        sentences.onTrainer(subject -> {
            try {
                ModelFiles.Loaded loaded = ModelFiles.load(file);
                compared = new Compared(loaded.run().model(), "loaded from " + file.getFileName());
                answer(id, subject.model(), subject.weights());
            } catch (IllegalArgumentException e) {
                outcomes.post(new Outcome(id, null, null, e.getMessage()));
            }
        });
    }

    /** Shows the one model alone again. */
    public void compareOff() {
        long id = ids.incrementAndGet();
        wanted = id;
        compare.set(null);
        sentences.onTrainer(subject -> compared = null);
    }

    /** The gradient flow of every prediction of the watched sentence through the shown model, or null. */
    public ReadOnlyObjectProperty<MemoryTrace> traceProperty() {
        return trace.getReadOnlyProperty();
    }

    /** The same through the model compared with, or null when there is none. */
    public ReadOnlyObjectProperty<MemoryTrace> compareProperty() {
        return compare.getReadOnlyProperty();
    }

    /** ‖∂L/∂h_t‖ of the newest batch measured, or null. */
    public ReadOnlyObjectProperty<BatchGradients> batchGradientsProperty() {
        return batch.getReadOnlyProperty();
    }

    /** Why the last compare request could not be met, or null. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The rungs with weights from a run of this session, in the ladder's order. */
    public ObservableList<ModelKind> trainedRungs() {
        return trainedRungsView;
    }

    private void request(SentenceTrace t) {
        long id = ids.incrementAndGet();
        wanted = id;
        Sentence s = new Sentence(t.vocab(), t.words());
        sentences.onTrainer(subject -> answer(id, subject.model(), subject.weights(), s));
    }

    private void deliver(List<Outcome> list) {
        for (Outcome o : list) {
            if (o.id() != wanted) {
                continue;
            }
            if (o.problem() != null) {
                problem.set(o.problem());
                continue;
            }
            problem.set(null);
            trace.set(o.shown());
            compare.set(o.compared());
        }
    }

    // ---------------------------------------------------------------- trainer thread

    /** The words of the last sentence traced, for answering a compare request that comes without them. */
    private Sentence last;

    private record Sentence(List<String> vocab, int[] words) {
    }

    private void answer(long id, LanguageModel model, String weights) {
        if (last != null) {
            answer(id, model, weights, last);
        }
    }

    private void answer(long id, LanguageModel model, String weights, Sentence s) {
        last = s;
        try {
            MemoryTrace shown = shownTracer.trace(model, s.vocab(), s.words(), weights);
            Compared c = compared;
            MemoryTrace other = c == null ? null : comparedTracer.trace(c.model(), s.vocab(), s.words(), c.weights());
            outcomes.post(new Outcome(id, shown, other, null));
        } catch (IllegalArgumentException e) {
            outcomes.post(new Outcome(id, null, null, e.getMessage()));
        }
    }

    /** The run's callback: measures ‖∂L/∂h_t‖ while asked, and keeps the weights the run ends with for comparing. */
    Callback duringRun() {
        return new Callback() {
            @Override
            public void beforeBatch(Learner l) {
                l.model().recordHiddenGradients(watchBatches);
            }

            @Override
            public void afterBatch(Learner l) {
                double[][] norms = watchBatches ? l.model().hiddenGradientNorms() : null;
                if (norms != null) {
                    float[][] f = new float[norms.length][];
                    for (int layer = 0; layer < norms.length; layer++) {
                        f[layer] = new float[norms[layer].length];
                        for (int t = 0; t < f[layer].length; t++) {
                            f[layer][t] = (float) norms[layer][t];
                        }
                    }
                    batches.post(new BatchGradients(l.model().kind().bookName(), l.epoch(), l.batchIndex(), f));
                }
            }

            @Override
            public void afterFit(Learner l) {
                l.model().recordHiddenGradients(false);
                LanguageModel copy = WeightsCopy.of(l.model());
                ModelKind kind = copy.kind();
                trained.put(kind, new Compared(copy, "trained this session, " + sentences.trainedTo()));
                ui.execute(() -> {
                    if (!trainedRungs.contains(kind)) {
                        trainedRungs.add(kind);
                        FXCollections.sort(trainedRungs);
                    }
                });
            }
        };
    }
}
