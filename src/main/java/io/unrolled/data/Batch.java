package io.unrolled.data;

import java.util.Arrays;

/**
 * A mini-batch of {@code size} samples stored flat: {@code x} is (size, seqLen) row-major and
 * {@code y} is (size, targetLen) row-major, ready to be wrapped in whatever tensor type a model
 * uses. {@code index} is the batch's position in its loader.
 */
public record Batch(int size, int seqLen, int targetLen, int[] x, int[] y, int index) {

    public Batch {
        if (size < 1 || seqLen < 1 || targetLen < 1) {
            throw new IllegalArgumentException("size, seqLen and targetLen must be >= 1, got size="
                    + size + ", seqLen=" + seqLen + ", targetLen=" + targetLen);
        }
        if (x.length != size * seqLen) {
            throw new IllegalArgumentException(
                    "x must hold size*seqLen = " + size * seqLen + " ids, got " + x.length);
        }
        if (y.length != size * targetLen) {
            throw new IllegalArgumentException(
                    "y must hold size*targetLen = " + size * targetLen + " ids, got " + y.length);
        }
        if (index < 0) {
            throw new IllegalArgumentException("index must be >= 0, got " + index);
        }
        x = x.clone();
        y = y.clone();
    }

    @Override
    public int[] x() {
        return x.clone();
    }

    @Override
    public int[] y() {
        return y.clone();
    }

    public int x(int row, int t) {
        return x[flat(row, t, seqLen)];
    }

    public int y(int row, int t) {
        return y[flat(row, t, targetLen)];
    }

    /** The inputs of one row, i.e. one sample. */
    public int[] xRow(int row) {
        int start = flat(row, 0, seqLen);
        return Arrays.copyOfRange(x, start, start + seqLen);
    }

    /** The targets of one row, i.e. one sample. */
    public int[] yRow(int row) {
        int start = flat(row, 0, targetLen);
        return Arrays.copyOfRange(y, start, start + targetLen);
    }

    private int flat(int row, int t, int width) {
        // Bounds are checked per coordinate: a bad t would otherwise silently read the next row.
        if (row < 0 || row >= size) {
            throw new IndexOutOfBoundsException("row must be in [0, " + (size - 1) + "], got " + row);
        }
        if (t < 0 || t >= width) {
            throw new IndexOutOfBoundsException("t must be in [0, " + (width - 1) + "], got " + t);
        }
        return row * width + t;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Batch that
                && size == that.size && seqLen == that.seqLen && targetLen == that.targetLen
                && index == that.index && Arrays.equals(x, that.x) && Arrays.equals(y, that.y);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * index + Arrays.hashCode(x)) + Arrays.hashCode(y);
    }

    @Override
    public String toString() {
        return "Batch[index=" + index + ", size=" + size + ", seqLen=" + seqLen
                + ", targetLen=" + targetLen + "]";
    }
}
