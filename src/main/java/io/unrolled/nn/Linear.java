package io.unrolled.nn;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * y = x · Wᵀ + b, PyTorch's nn.Linear. The weight may be shared with another layer (weight tying):
 * backward adds into its gradient, so both uses sum up.
 */
public final class Linear {

    private final Param weight;   // (out, in)
    private final Param bias;     // (out), or null
    private INDArray x;           // cache: (n, in), the input of the last forward
    private INDArray y;           // (n, out), owned output buffer

    public Linear(Param weight, Param bias) {
        this.weight = weight;
        this.bias = bias;
    }

    /** The specs PyTorch would create for {@code nn.Linear(in, out)} under {@code prefix}. */
    public static List<ParamSpec> specs(String prefix, long in, long out) {
        Init u = Init.uniformFanIn(in);
        return List.of(ParamSpec.weight(prefix + ".weight", u, out, in), ParamSpec.linearBias(prefix + ".bias", u, out));
    }

    public INDArray forward(INDArray x) {           // (n, in) -> (n, out)
        this.x = x;
        long n = x.rows();
        if (y == null || y.rows() != n || y.dataType() != x.dataType()) {
            y = Nd4j.zeros(x.dataType(), n, weight.value().rows());
        }
        Blas.timesTransposed(x, weight.value(), y);
        if (bias != null) {
            y.addiRowVector(bias.value());
        }
        return y;
    }

    /** Accumulates dW, db; writes dx into {@code dx} when it is not null. */
    public void backward(INDArray dy, INDArray dx) {  // dy (n, out), dx (n, in)
        Blas.addTransposedTimes(dy, x, weight.grad());
        if (bias != null) {
            Blas.addColumnSums(dy, bias.grad());
        }
        if (dx != null) {
            Blas.times(dy, weight.value(), dx);
        }
    }

    public INDArray output() {
        return y;
    }
}
