package io.unrolled.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.CustomOp;
import org.nd4j.linalg.api.ops.impl.transforms.custom.SoftMax;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Flattened cross-entropy, PyTorch's F.cross_entropy / fastai's CrossEntropyLossFlat: the mean over
 * all N predicted positions of −log softmax(logits)[target]. Forward also leaves the gradient
 * (softmax − onehot)/N, the number of correct argmax predictions and the softmax itself (for the
 * top-k predictions shown in traces).
 */
public final class CrossEntropy {

    private INDArray dLogits;     // (N, V)
    private INDArray softmax;     // (N, V)
    private double[] probs;       // (N, V) softmax of the last forward
    private int vocab;
    private int correct;
    private double loss;

    /** logits (N, V) whole array, targets (N) -> mean loss. */
    public double forward(INDArray logits, int[] targets) {
        int n = targets.length;
        vocab = (int) logits.columns();
        if (logits.rows() != n) {
            throw new IllegalArgumentException("logits have " + logits.rows() + " rows but there are " + n + " targets");
        }
        if (dLogits == null || dLogits.rows() != n || dLogits.dataType() != logits.dataType()) {
            dLogits = Nd4j.zeros(logits.dataType(), n, vocab);
            softmax = Nd4j.zeros(logits.dataType(), n, vocab);
            probs = new double[n * vocab];
        }
        // the exponentials go through ND4J's vectorised softmax; the rest is bookkeeping per row
        Nd4j.exec((CustomOp) new SoftMax(logits, softmax, -1));
        double[] z = new double[n * vocab];
        Mem.of(logits).load(0, z, 0, n * vocab);
        Mem.of(softmax).load(0, probs, 0, n * vocab);
        double[] d = new double[n * vocab];
        double sum = 0;
        int right = 0;
        for (int r = 0; r < n; r++) {
            int base = r * vocab;
            int arg = 0;
            for (int v = 1; v < vocab; v++) {
                if (z[base + v] > z[base + arg]) {
                    arg = v;
                }
            }
            int y = targets[r];
            // log Σ exp(z) − z_y, with log Σ exp(z) = z_max − log p_max: p_max ≥ 1/V never underflows
            sum += z[base + arg] - Math.log(probs[base + arg]) - z[base + y];
            if (arg == y) {
                right++;
            }
            for (int v = 0; v < vocab; v++) {
                d[base + v] = (probs[base + v] - (v == y ? 1 : 0)) / n;
            }
        }
        Mem.of(dLogits).store(0, d, 0, n * vocab);
        correct = right;
        loss = sum / n;
        return loss;
    }

    /** d(mean loss)/d(logits), (N, V), from the last forward. */
    public INDArray gradient() {
        return dLogits;
    }

    public int correct() {
        return correct;
    }

    public double loss() {
        return loss;
    }

    /** Softmax probability of word v at row r of the last forward. */
    public double probability(int r, int v) {
        return probs[r * vocab + v];
    }

    public int vocab() {
        return vocab;
    }
}
