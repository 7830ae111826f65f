package io.unrolled.train;

import io.unrolled.data.Batch;
import io.unrolled.data.LmData;
import io.unrolled.models.LanguageModel;
import io.unrolled.models.ModelOutput;
import io.unrolled.nn.CrossEntropy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * fastai's fit loop for one model: one-cycle schedule, Adam, and callbacks at named events. It runs on
 * the thread that calls {@link #fit()}, which must be the only thread touching the model's arrays.
 * Other threads talk to it through {@link #hyperParams()}, {@link #control()} and listeners.
 */
public final class Learner {

    private final LanguageModel model;
    private final LmData data;
    private final TrainConfig config;
    private final Adam adam;
    private final CrossEntropy lossFn = new CrossEntropy();
    /** How many times a blind guess's loss a batch may reach before the run counts as diverged. */
    private static final int BLOWN_UP = 10;

    private final List<Callback> callbacks = new ArrayList<>();
    private final List<TrainingListener> listeners = new CopyOnWriteArrayList<>();
    private final LiveHyperParams hyper;
    private final RunControl control;
    private final Recorder recorder = new Recorder();
    private final Tracer tracer = new Tracer();

    // the batch in progress, fastai-style; callbacks read and adjust these
    private boolean training;
    private int epoch;
    private int batchIndex;
    private Batch batch;
    private ModelOutput output;
    private LiveHyperParams.Values hp;
    private double lr;
    private double mom;
    private double crossEntropy;
    private double loss;
    private double arTerm;
    private double tarTerm;
    private double gradNorm;
    private INDArray dDroppedExtra;
    private INDArray dRawExtra;
    private long iteration;

    public Learner(LanguageModel model, LmData data, TrainConfig config) {
        this(model, data, config, new LiveHyperParams(config), new RunControl());
    }

    /**
     * With knobs and controls made elsewhere, so that a window can turn them (or stop the run) from the
     * moment it asks for the run, before the trainer thread has built the model.
     */
    public Learner(LanguageModel model, LmData data, TrainConfig config, LiveHyperParams hyper, RunControl control) {
        this.model = model;
        this.data = data;
        this.config = config;
        this.adam = new Adam(model.params());
        this.hyper = hyper;
        this.control = control;
        if (model.kind().stateful()) {
            callbacks.add(new ModelResetter());
        }
        if (model.kind().supportsActivationPenalties()) {
            callbacks.add(new RnnRegularizer());
        }
        callbacks.add(recorder);
        callbacks.add(tracer);
    }

    public FitOutcome fit() {
        DivergenceGuard guard = new DivergenceGuard(model.params());
        each(c -> c.beforeFit(this));
        FitOutcome.Status status = FitOutcome.Status.COMPLETED;
        String message = "finished " + config.epochs() + " epochs";
        for (epoch = 0; epoch < config.epochs(); epoch++) {
            recorder.startEpoch();
            String problem = trainOneEpoch();
            if (problem == null && control.isStopped()) {
                status = FitOutcome.Status.STOPPED;
                message = "stopped by the user during epoch " + epoch;
                break;
            }
            if (problem != null) {
                status = FitOutcome.Status.DIVERGED;
                message = problem + " " + guard.restore();
                break;
            }
            validate();
            if (!Double.isFinite(recorder.validLoss())) {
                // checked before the epoch is recorded: the table keeps only epochs whose weights it could give back
                status = FitOutcome.Status.DIVERGED;
                message = divergence("the validation loss became " + recorder.validLoss()) + " " + guard.restore();
                break;
            }
            EpochResult result = recorder.finishEpoch(epoch);
            each(c -> c.afterEpoch(this));
            listeners.forEach(x -> x.onEpoch(result));
            guard.remember(epoch);
        }
        each(c -> c.afterFit(this));
        FitOutcome outcome = new FitOutcome(status, message, recorder.epochs());
        listeners.forEach(x -> x.onFitEnd(outcome));
        return outcome;
    }

    /** Returns null when the epoch went through, or a plain-words description of a divergence. */
    private String trainOneEpoch() {
        training = true;
        each(c -> c.beforeTrain(this));
        List<Batch> train = data.train();
        for (batchIndex = 0; batchIndex < train.size(); batchIndex++) {
            int done = batchIndex;
            if (!control.awaitTurn(() -> listeners.forEach(x -> x.onHold(epoch, done, train.size())))) {
                return null;
            }
            batch = train.get(batchIndex);
            String problem = oneBatch(train.size());
            if (problem != null) {
                return problem;
            }
        }
        each(c -> c.afterTrain(this));
        return null;
    }

    private String oneBatch(int batchesPerEpoch) {
        hp = hyper.snapshot();
        double pos = OneCycle.progress(epoch, batchIndex, batchesPerEpoch, config.epochs());
        OneCycle schedule = OneCycle.of(hp.lrMax(), config.moms());
        lr = schedule.lrAt(pos);
        mom = schedule.momAt(pos);
        model.setDropout(hp.dropout());
        each(c -> c.beforeBatch(this));
        output = model.forward(batch, true);
        each(c -> c.afterPred(this));
        crossEntropy = lossFn.forward(output.logits(), output.targets());
        loss = crossEntropy;
        arTerm = 0;
        tarTerm = 0;
        dDroppedExtra = null;
        dRawExtra = null;
        each(c -> c.afterLoss(this));
        if (!Double.isFinite(loss)) {
            return divergence("the loss became " + loss);
        }
        double blindGuess = Math.log(output.logits().columns());   // the loss of a uniform guess over the vocabulary
        if (crossEntropy > BLOWN_UP * blindGuess) {
            // a finite loss this far above chance never comes back to a useful model: lr x100 on LMModel4
            // reaches 1e26 and then sits at the "always thousand" baseline for the rest of the run
            return divergence(String.format("the loss reached %.3g, over %d times that of a blind guess (%.2f)",
                    crossEntropy, BLOWN_UP, blindGuess));
        }
        model.backward(lossFn.gradient(), dDroppedExtra, dRawExtra);
        gradNorm = model.params().gradNorm();
        if (!Double.isFinite(gradNorm)) {
            model.params().zeroGrads();
            return divergence("the gradients became " + gradNorm);
        }
        adam.step(lr, mom, hp.wd());
        model.params().zeroGrads();
        iteration++;
        each(c -> c.afterBatch(this));
        StepMetrics m = new StepMetrics(epoch, batchIndex, batchesPerEpoch, config.epochs(), iteration, lr, mom,
                loss, crossEntropy, arTerm, tarTerm, recorder.smoothedLoss(), gradNorm,
                (double) lossFn.correct() / output.targets().length);
        listeners.forEach(x -> x.onBatch(m));
        return null;
    }

    private String divergence(String what) {
        String where = training ? String.format("epoch %d, batch %d", epoch, batchIndex) : String.format("epoch %d's validation", epoch);
        return String.format("Training diverged at %s: %s. The learning rate (peak %.3g) is probably too high for this model.",
                where, what, hp.lrMax());
    }

    private void validate() {
        training = false;
        each(c -> c.beforeValidate(this));
        for (Batch b : data.valid()) {
            batch = b;
            output = model.forward(b, false);
            crossEntropy = lossFn.forward(output.logits(), output.targets());
            recorder.addValidBatch(crossEntropy, lossFn.correct(), output.targets().length, b.size());
        }
        each(c -> c.afterValidate(this));
    }

    private void each(java.util.function.Consumer<Callback> action) {
        for (Callback c : callbacks) {
            action.accept(c);
        }
    }

    // --- what callbacks and the owner of the run can see and adjust ---

    public LanguageModel model() {
        return model;
    }

    public TrainConfig config() {
        return config;
    }

    public LiveHyperParams hyperParams() {
        return hyper;
    }

    public RunControl control() {
        return control;
    }

    public void addListener(TrainingListener l) {
        listeners.add(l);
    }

    public void addCallback(Callback c) {
        callbacks.add(c);
    }

    /** Asks for a {@link StepTrace} of batch row {@code row} after the next training batch. */
    public void requestTrace(int row) {
        tracer.request(row);
    }

    List<TrainingListener> listeners() {
        return listeners;
    }

    public boolean training() {
        return training;
    }

    public int epoch() {
        return epoch;
    }

    public int batchIndex() {
        return batchIndex;
    }

    public Batch batch() {
        return batch;
    }

    public ModelOutput output() {
        return output;
    }

    public CrossEntropy lossFunction() {
        return lossFn;
    }

    public LiveHyperParams.Values currentHyperParams() {
        return hp;
    }

    public double loss() {
        return loss;
    }

    public double crossEntropy() {
        return crossEntropy;
    }

    /** Adds a penalty to the loss of the current batch, recording its parts for the loss breakdown. */
    public void addPenalty(double ar, double tar) {
        arTerm += ar;
        tarTerm += tar;
        loss += ar + tar;
    }

    /** Extra gradient buffers on the dropped and raw outputs for this batch's backward (may be null). */
    public void setExtraGradients(INDArray dDropped, INDArray dRaw) {
        this.dDroppedExtra = dDropped;
        this.dRawExtra = dRaw;
    }
}
