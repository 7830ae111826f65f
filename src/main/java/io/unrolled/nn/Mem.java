package io.unrolled.nn;

import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Element access to the memory behind a c-order contiguous INDArray (a whole array or a block of
 * consecutive rows of one), for the fused point-wise kernels. FLOAT arrays train the models; DOUBLE arrays exist for gradient checks, so kernels are
 * written once against this small interface and do their arithmetic in double.
 */
public abstract class Mem {

    public abstract double get(int i);

    public abstract void set(int i, double v);

    public final void add(int i, double v) {
        set(i, get(i) + v);
    }

    public abstract int length();

    /** σ(x) at the precision of this memory: exact for DOUBLE, float-accurate and faster for FLOAT. */
    public abstract double sigmoid(double x);

    /** tanh(x) at the precision of this memory. */
    public abstract double tanh(double x);

    /**
     * Wraps a contiguous c-order array; index 0 is its first element even when it is a view (ND4J's
     * NIO buffer starts at the shared buffer's origin, so the view's offset is applied here).
     */
    public static Mem of(INDArray a) {
        if (!isContiguousRowMajor(a)) {
            throw new IllegalArgumentException("fused kernels need a contiguous c-order array, got " + a.shapeInfoToString());
        }
        var bytes = a.data().asNio().order(ByteOrder.nativeOrder());
        int offset = (int) a.offset();
        int n = (int) a.length();
        if (a.dataType() == DataType.FLOAT) {
            var fb = bytes.asFloatBuffer().position(offset).slice();
            return new F32(fb, n);
        }
        if (a.dataType() == DataType.DOUBLE) {
            var db = bytes.asDoubleBuffer().position(offset).slice();
            return new F64(db, n);
        }
        throw new IllegalArgumentException("fused kernels support FLOAT and DOUBLE, not " + a.dataType());
    }

    private static boolean isContiguousRowMajor(INDArray a) {
        if (a.ordering() != 'c') {
            return false;
        }
        long[] shape = a.shape();
        long[] stride = a.stride();
        long expected = 1;
        for (int d = shape.length - 1; d >= 0; d--) {
            if (shape[d] != 1 && stride[d] != expected) {
                return false;
            }
            expected *= shape[d];
        }
        return true;
    }

    /** Copies {@code n} values starting at {@code from} into a new float array. */
    public final float[] copyFloats(int from, int n) {
        float[] out = new float[n];
        for (int k = 0; k < n; k++) {
            out[k] = (float) get(from + k);
        }
        return out;
    }

    private static final class F32 extends Mem {
        private final FloatBuffer b;
        private final int n;

        F32(FloatBuffer b, int n) {
            this.b = b;
            this.n = n;
        }

        @Override public double get(int i) { return b.get(i); }

        @Override public void set(int i, double v) { b.put(i, (float) v); }

        @Override public int length() { return n; }

        @Override public double sigmoid(double x) { return Act.sigmoid32(x); }

        @Override public double tanh(double x) { return Act.tanh32(x); }
    }

    private static final class F64 extends Mem {
        private final DoubleBuffer b;
        private final int n;

        F64(DoubleBuffer b, int n) {
            this.b = b;
            this.n = n;
        }

        @Override public double get(int i) { return b.get(i); }

        @Override public void set(int i, double v) { b.put(i, v); }

        @Override public int length() { return n; }

        @Override public double sigmoid(double x) { return Act.sigmoid(x); }

        @Override public double tanh(double x) { return Act.tanh(x); }
    }
}
