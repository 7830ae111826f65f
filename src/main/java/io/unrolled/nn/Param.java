package io.unrolled.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One learnable tensor and its gradient. Both are views into the flat buffers of a {@link ParamSet},
 * so the optimizer can update every parameter with a handful of whole-vector operations.
 *
 * @param name         PyTorch state_dict name of the book's module, e.g. {@code rnn.weight_hh_l1}
 * @param value        the weights, shape as in PyTorch ({@code (out, in)} for a Linear)
 * @param grad         same shape, accumulated by backward passes, zeroed by the optimizer
 * @param weightDecay  false for the biases fastai exempts (Linear biases)
 */
public record Param(String name, INDArray value, INDArray grad, boolean weightDecay) {

    public long size() {
        return value.length();
    }

    public long[] shape() {
        return value.shape();
    }
}
