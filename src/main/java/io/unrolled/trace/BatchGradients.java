package io.unrolled.trace;

/**
 * ‖∂L/∂h_t‖ of one training batch: the whole batch's loss gradient on each recurrent layer's hidden
 * state at each step, back to the batch's first step, where truncated BPTT cuts the gradient off.
 *
 * @param modelName the rung's name in the book, e.g. "LMModel6"
 * @param epoch     the epoch, counted from 0
 * @param batch     the batch within it, counted from 0
 * @param norms     [layer][t] bottom layer first, one norm per step
 */
public record BatchGradients(String modelName, int epoch, int batch, float[][] norms) {

    public BatchGradients {
        if (norms.length == 0) {
            throw new IllegalArgumentException("a batch has at least one recurrent layer to measure");
        }
    }

    public int layers() {
        return norms.length;
    }

    public int steps() {
        return norms[0].length;
    }
}
