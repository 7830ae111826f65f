package io.unrolled.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * nn.Embedding as a product with one-hot rows: out = onehot(ids) · W. The one-hot matrix is the
 * cache, and backward is the matching product dW += onehotᵀ · dOut, which also sums repeated ids.
 */
public final class Embedding {

    private final Param weight;   // (V, E)
    private INDArray oneHot;      // cache: (n, V)
    private INDArray out;         // (n, E)

    public Embedding(Param weight) {
        this.weight = weight;
    }

    public static ParamSpec spec(String name, long vocab, long width) {
        return ParamSpec.weight(name, Init.normal(), vocab, width);
    }

    public INDArray forward(int[] ids) {            // (n) -> (n, E)
        int v = (int) weight.value().rows();
        if (oneHot == null || oneHot.rows() != ids.length || oneHot.dataType() != weight.value().dataType()) {
            oneHot = Nd4j.zeros(weight.value().dataType(), ids.length, v);
            out = Nd4j.zeros(weight.value().dataType(), ids.length, weight.value().columns());
        } else {
            oneHot.assign(0);
        }
        Mem m = Mem.of(oneHot);
        for (int r = 0; r < ids.length; r++) {
            if (ids[r] < 0 || ids[r] >= v) {
                throw new IllegalArgumentException("token id " + ids[r] + " is outside the vocabulary of " + v + " words");
            }
            m.set(r * v + ids[r], 1.0);
        }
        Blas.times(oneHot, weight.value(), out);
        return out;
    }

    public void backward(INDArray dOut) {          // dOut (n, E)
        Blas.addTransposedTimes(oneHot, dOut, weight.grad());
    }
}
