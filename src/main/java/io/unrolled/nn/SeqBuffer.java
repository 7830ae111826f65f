package io.unrolled.nn;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * A time-major buffer of {@code steps} blocks of {@code b} rows, with a ready-made view per step so
 * the hot loop never builds index objects. Owned by one layer and overwritten by each batch.
 */
public final class SeqBuffer {

    public final int steps;
    public final int b;
    public final int cols;
    public final INDArray all;       // (steps*b, cols)
    public final Mem mem;
    private final INDArray[] step;   // step[t]: (b, cols) view of block t

    public SeqBuffer(DataType dtype, int steps, int b, int cols) {
        this.steps = steps;
        this.b = b;
        this.cols = cols;
        this.all = Nd4j.zeros(dtype, (long) steps * b, cols);
        this.mem = Mem.of(all);
        this.step = new INDArray[steps];
        for (int t = 0; t < steps; t++) {
            step[t] = rows(t, t + 1);
        }
    }

    public INDArray step(int t) {
        return step[t];
    }

    /** View of blocks [from, to). */
    public INDArray rows(int from, int to) {
        return all.get(NDArrayIndex.interval((long) from * b, (long) to * b), NDArrayIndex.all());
    }

    /** Flat index of element (row r, column j) of block t. */
    public int at(int t, int r, int j) {
        return (t * b + r) * cols + j;
    }

    public boolean fits(DataType dtype, int steps, int b, int cols) {
        return all.dataType() == dtype && this.steps == steps && this.b == b && this.cols == cols;
    }

    /** Copies row r of every step into one (steps, cols) row-major float array, for traces. */
    public float[] rowAcrossSteps(int r, int fromStep, int nSteps, int colFrom, int nCols) {
        float[] out = new float[nSteps * nCols];
        for (int t = 0; t < nSteps; t++) {
            int base = at(fromStep + t, r, colFrom);
            for (int j = 0; j < nCols; j++) {
                out[t * nCols + j] = (float) mem.get(base + j);
            }
        }
        return out;
    }
}
