package io.unrolled.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Flattened cross-entropy, PyTorch's F.cross_entropy / fastai's CrossEntropyLossFlat: the mean over
 * all N predicted positions of −log softmax(logits)[target]. Forward also leaves the gradient
 * (softmax − onehot)/N, the number of correct argmax predictions and the softmax itself (for the
 * top-k predictions shown in traces).
 */
public final class CrossEntropy {

    private INDArray dLogits;     // (N, V)
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
            probs = new double[n * vocab];
        }
        Mem z = Mem.of(logits);
        Mem d = Mem.of(dLogits);
        double sum = 0;
        int right = 0;
        for (int r = 0; r < n; r++) {
            int base = r * vocab;
            double max = Double.NEGATIVE_INFINITY;
            int arg = 0;
            for (int v = 0; v < vocab; v++) {
                double zv = z.get(base + v);
                if (zv > max) {
                    max = zv;
                    arg = v;
                }
            }
            double norm = 0;
            for (int v = 0; v < vocab; v++) {
                double e = Math.exp(z.get(base + v) - max);
                probs[base + v] = e;
                norm += e;
            }
            int y = targets[r];
            sum += Math.log(norm) - (z.get(base + y) - max);
            if (arg == y) {
                right++;
            }
            for (int v = 0; v < vocab; v++) {
                double pv = probs[base + v] / norm;
                probs[base + v] = pv;
                d.set(base + v, (pv - (v == y ? 1 : 0)) / n);
            }
        }
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
