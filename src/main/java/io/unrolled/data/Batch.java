package io.unrolled.data;

import java.util.Arrays;

/**
 * A mini-batch of {@code size} samples laid end to end in one {@link Sample}: its {@code x} is
 * (size, seqLen) row-major and its {@code y} is (size, targetLen) row-major, ready to be wrapped in
 * whatever tensor type a model uses. {@code index} is the batch's position in its loader.
 */
public record Batch(int size, Sample rows, int index) {

    public Batch {
        if (size < 1) {
            throw new IllegalArgumentException("size must be >= 1, got " + size);
        }
        if (rows.xLength() % size != 0 || rows.yLength() % size != 0) {
            throw new IllegalArgumentException("x and y must hold whole rows of " + size + " samples, got "
                    + rows.xLength() + " and " + rows.yLength() + " ids");
        }
        if (index < 0) {
            throw new IllegalArgumentException("index must be >= 0, got " + index);
        }
    }

    /** {@code x} holds size*seqLen input ids and {@code y} size*targetLen target ids, row after row. */
    public Batch(int size, int seqLen, int targetLen, int[] x, int[] y, int index) {
        this(size, new Sample(x, y), index);
        if (x.length != size * seqLen) {
            throw new IllegalArgumentException("x must hold size*seqLen = " + size * seqLen + " ids, got " + x.length);
        }
        if (y.length != size * targetLen) {
            throw new IllegalArgumentException("y must hold size*targetLen = " + size * targetLen + " ids, got " + y.length);
        }
    }

    public int seqLen() {
        return rows.xLength() / size;
    }

    public int targetLen() {
        return rows.yLength() / size;
    }

    /** All inputs, (size, seqLen) row-major; a copy. */
    public int[] x() {
        return rows.x();
    }

    /** All targets, (size, targetLen) row-major; a copy. */
    public int[] y() {
        return rows.y();
    }

    public int x(int row, int t) {
        return rows.x(flat(row, t, seqLen()));
    }

    public int y(int row, int t) {
        return rows.y(flat(row, t, targetLen()));
    }

    /** The inputs of one row, i.e. one sample. */
    public int[] xRow(int row) {
        int start = flat(row, 0, seqLen());
        return Arrays.copyOfRange(rows.x(), start, start + seqLen());
    }

    /** The targets of one row, i.e. one sample. */
    public int[] yRow(int row) {
        int start = flat(row, 0, targetLen());
        return Arrays.copyOfRange(rows.y(), start, start + targetLen());
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
    public String toString() {
        return "Batch[index=" + index + ", size=" + size + ", seqLen=" + seqLen() + ", targetLen=" + targetLen() + "]";
    }
}
