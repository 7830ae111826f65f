package io.unrolled.nn;

import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Element access to the memory behind a c-order contiguous INDArray (a whole array or a block of
 * consecutive rows of one), for the fused point-wise kernels. FLOAT arrays train the models; DOUBLE
 * arrays exist for gradient checks, so kernels are written once against this class and do their
 * arithmetic in double.
 *
 * <p>One final class with a branch on the precision, not two subclasses: the JIT inlines every call
 * and the branch always goes the same way, which measured about ten times faster per element than
 * virtual calls on this hot path.
 */
public final class Mem {

    private final FloatBuffer f;     // null for DOUBLE
    private final DoubleBuffer d;    // null for FLOAT
    private final int n;
    private float[] floats;          // staging for bulk copies of FLOAT memory

    private Mem(FloatBuffer f, DoubleBuffer d, int n) {
        this.f = f;
        this.d = d;
        this.n = n;
    }

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
            return new Mem(bytes.asFloatBuffer().position(offset).slice(), null, n);
        }
        if (a.dataType() == DataType.DOUBLE) {
            return new Mem(null, bytes.asDoubleBuffer().position(offset).slice(), n);
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
        for (int k = shape.length - 1; k >= 0; k--) {
            if (shape[k] != 1 && stride[k] != expected) {
                return false;
            }
            expected *= shape[k];
        }
        return true;
    }

    public double get(int i) {
        return f != null ? f.get(i) : d.get(i);
    }

    public void set(int i, double v) {
        if (f != null) {
            f.put(i, (float) v);
        } else {
            d.put(i, v);
        }
    }

    /** Copies {@code count} elements starting at {@code from} into {@code dst[at..]}. */
    public void load(int from, double[] dst, int at, int count) {
        if (f != null) {
            float[] tmp = scratch(count);
            f.get(from, tmp, 0, count);          // one memory copy, then a plain widening loop
            for (int k = 0; k < count; k++) {
                dst[at + k] = tmp[k];
            }
        } else {
            d.get(from, dst, at, count);
        }
    }

    /** Copies {@code src[at..at+count)} into the elements starting at {@code from}. */
    public void store(int from, double[] src, int at, int count) {
        if (f != null) {
            float[] tmp = scratch(count);
            for (int k = 0; k < count; k++) {
                tmp[k] = (float) src[at + k];
            }
            f.put(from, tmp, 0, count);
        } else {
            d.put(from, src, at, count);
        }
    }

    private float[] scratch(int count) {
        if (floats == null || floats.length < count) {
            floats = new float[count];
        }
        return floats;
    }

    public void add(int i, double v) {
        set(i, get(i) + v);
    }

    public int length() {
        return n;
    }

    /** Copies {@code count} values starting at {@code from} into a new float array. */
    public float[] copyFloats(int from, int count) {
        float[] out = new float[count];
        for (int k = 0; k < count; k++) {
            out[k] = (float) get(from + k);
        }
        return out;
    }
}
