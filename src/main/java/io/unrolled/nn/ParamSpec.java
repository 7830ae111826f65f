package io.unrolled.nn;

import java.util.Arrays;

/**
 * What a layer needs before its memory exists: name, shape, how to initialise it, and whether
 * fastai applies weight decay to it.
 */
public record ParamSpec(String name, long[] shape, Init init, boolean weightDecay) {

    public ParamSpec {
        if (shape.length == 0 || Arrays.stream(shape).anyMatch(d -> d <= 0)) {
            throw new IllegalArgumentException("parameter " + name + " needs a positive shape, got " + Arrays.toString(shape));
        }
        shape = shape.clone();
    }

    public long size() {
        return Arrays.stream(shape).reduce(1, (a, b) -> a * b);
    }

    public static ParamSpec weight(String name, Init init, long... shape) {
        return new ParamSpec(name, shape, init, true);
    }

    /** A Linear layer's bias: fastai's {@code wd_bn_bias=False} leaves it out of weight decay. */
    public static ParamSpec linearBias(String name, Init init, long... shape) {
        return new ParamSpec(name, shape, init, false);
    }
}
