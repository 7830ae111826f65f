package io.unrolled.nn;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The few matrix products the layers need, written as the maths reads. */
public final class Blas {

    private record OnesKey(DataType dtype, long n) {
    }

    private static final Map<OnesKey, INDArray> ONES = new ConcurrentHashMap<>();

    private Blas() {
    }

    /** c = a · bᵀ (a Linear layer's forward: rows of a times the weight's rows). */
    public static void timesTransposed(INDArray a, INDArray b, INDArray c) {
        Nd4j.gemm(a, b, c, false, true, 1.0, 0.0);
    }

    /** c += a · bᵀ. */
    public static void addTimesTransposed(INDArray a, INDArray b, INDArray c) {
        Nd4j.gemm(a, b, c, false, true, 1.0, 1.0);
    }

    /** c = a · b. */
    public static void times(INDArray a, INDArray b, INDArray c) {
        Nd4j.gemm(a, b, c, false, false, 1.0, 0.0);
    }

    /** c += a · b. */
    public static void addTimes(INDArray a, INDArray b, INDArray c) {
        Nd4j.gemm(a, b, c, false, false, 1.0, 1.0);
    }

    /** c += aᵀ · b (a weight gradient: output gradients against the inputs). */
    public static void addTransposedTimes(INDArray a, INDArray b, INDArray c) {
        Nd4j.gemm(a, b, c, true, false, 1.0, 1.0);
    }

    /** bias += column sums of d, done as a product with a row of ones (one BLAS call, no temporaries). */
    public static void addColumnSums(INDArray d, INDArray bias) {
        INDArray ones = ones(d.dataType(), d.rows());
        Nd4j.gemm(ones, d, bias.reshape(1, bias.length()), false, false, 1.0, 1.0);
    }

    private static INDArray ones(DataType dt, long n) {
        return ONES.computeIfAbsent(new OnesKey(dt, n), k -> Nd4j.ones(dt, 1, n));
    }
}
