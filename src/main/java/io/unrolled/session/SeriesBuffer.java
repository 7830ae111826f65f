package io.unrolled.session;

import java.util.Arrays;

/**
 * A bounded (x, y) series for live charts: when it fills up, every other point is dropped and the
 * keeping stride doubles, so a long run keeps an even sample of its whole history in fixed memory.
 */
public final class SeriesBuffer {

    private final int capacity;
    private double[] xs;
    private double[] ys;
    private int size;
    private int stride = 1;
    private long seen;

    public SeriesBuffer(int capacity) {
        if (capacity < 4) {
            throw new IllegalArgumentException("capacity must be at least 4, got " + capacity);
        }
        this.capacity = capacity;
        this.xs = new double[capacity];
        this.ys = new double[capacity];
    }

    public void add(double x, double y) {
        if (seen++ % stride != 0) {
            return;
        }
        if (size == capacity) {
            for (int k = 0; k < capacity / 2; k++) {
                xs[k] = xs[2 * k];
                ys[k] = ys[2 * k];
            }
            size = capacity / 2;
            stride *= 2;
            if ((seen - 1) % stride != 0) {
                return;
            }
        }
        xs[size] = x;
        ys[size] = y;
        size++;
    }

    public int size() {
        return size;
    }

    public double x(int i) {
        return xs[i];
    }

    public double y(int i) {
        return ys[i];
    }

    public void clear() {
        size = 0;
        stride = 1;
        seen = 0;
        Arrays.fill(xs, 0);
        Arrays.fill(ys, 0);
    }
}
