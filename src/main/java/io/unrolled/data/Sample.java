package io.unrolled.data;

import java.util.Arrays;

/**
 * One training example: input ids {@code x} and target ids {@code y}. For the three-token task
 * {@code y} holds the single next token; for the sequence task it is {@code x} shifted by one.
 */
public record Sample(int[] x, int[] y) {

    public Sample {
        if (x.length == 0 || y.length == 0) {
            throw new IllegalArgumentException(
                    "x and y must each hold at least one id, got x.length=" + x.length + ", y.length=" + y.length);
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

    public int x(int t) {
        return x[t];
    }

    public int y(int t) {
        return y[t];
    }

    public int xLength() {
        return x.length;
    }

    public int yLength() {
        return y.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Sample that && Arrays.equals(x, that.x) && Arrays.equals(y, that.y);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(x) + Arrays.hashCode(y);
    }

    @Override
    public String toString() {
        return "Sample[x=" + Arrays.toString(x) + ", y=" + Arrays.toString(y) + "]";
    }
}
