package io.unrolled.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * fastai's Recorder maths: the train loss is a debiased exponential moving average (β = 0.98) of the
 * batch losses, carried over the whole fit (not restarted per epoch); the validation loss and
 * accuracy are means weighted by each batch's size.
 */
public final class Recorder implements Callback {

    private static final double BETA = 0.98;

    private double smooth;
    private double smoothCe;
    private long count;
    private BatchWeightedMean valid = new BatchWeightedMean();
    private long epochStart;
    private final List<EpochResult> epochs = new ArrayList<>();

    @Override
    public void beforeFit(Learner l) {
        smooth = 0;
        smoothCe = 0;
        count = 0;
        epochs.clear();
    }

    @Override
    public void afterBatch(Learner l) {
        count++;
        smooth = BETA * smooth + (1 - BETA) * l.loss();
        smoothCe = BETA * smoothCe + (1 - BETA) * l.crossEntropy();
    }

    void startEpoch() {
        epochStart = System.nanoTime();
        valid = new BatchWeightedMean();
    }

    void addValidBatch(double meanLoss, int correct, int predictions, int batchSize) {
        valid.add(meanLoss, correct, predictions, batchSize);
    }

    /** The mean validation loss of the epoch so far, weighted by batch size as fastai weights it. */
    double validLoss() {
        return valid.loss();
    }

    EpochResult finishEpoch(int epoch) {
        double seconds = (System.nanoTime() - epochStart) / 1e9;
        EpochResult r = new EpochResult(epoch, smoothedLoss(), debiased(smoothCe), validLoss(),
                valid.accuracy(), seconds);
        epochs.add(r);
        return r;
    }

    public double smoothedLoss() {
        return debiased(smooth);
    }

    private double debiased(double s) {
        return count == 0 ? Double.NaN : s / (1 - Math.pow(BETA, count));
    }

    public List<EpochResult> epochs() {
        return Collections.unmodifiableList(new ArrayList<>(epochs));
    }
}
