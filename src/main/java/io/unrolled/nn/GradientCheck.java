package io.unrolled.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * Compares analytic gradients with central finite differences, (L(θ+ε) − L(θ−ε)) / 2ε, in double
 * precision. The error measure is |a − n| / max(|a| + |n|, floor): relative where gradients are
 * large, absolute near zero so round-off on tiny gradients does not count as a failure.
 */
public final class GradientCheck {

    /** One compared element. */
    public record Entry(String name, int index, double analytic, double numeric, double error) {
        @Override
        public String toString() {
            return String.format("%s[%d]: analytic %.8g, numeric %.8g, error %.3g", name, index, analytic, numeric, error);
        }
    }

    /** All compared elements and the worst one. */
    public record Report(List<Entry> entries, Entry worst) {
        public boolean passes(double tolerance) {
            return worst == null || worst.error() <= tolerance;
        }
    }

    private final double eps;
    private final double floor;
    private final int perParam;
    private final long seed;

    /**
     * @param eps       step of the central difference (1e-6 suits double precision)
     * @param floor     denominator floor for the error measure
     * @param perParam  elements sampled per tensor (all of them when the tensor is smaller)
     */
    public GradientCheck(double eps, double floor, int perParam, long seed) {
        this.eps = eps;
        this.floor = floor;
        this.perParam = perParam;
        this.seed = seed;
    }

    public static GradientCheck standard() {
        return new GradientCheck(1e-6, 1e-7, 24, 7);
    }

    /**
     * {@code params} must already hold the analytic gradient of {@code loss} at the current values
     * (and nothing else); {@code loss} re-evaluates the loss from the current values.
     */
    public Report check(List<Param> params, DoubleSupplier loss) {
        List<Entry> entries = new ArrayList<>();
        Entry worst = null;
        SplittableRandom rng = new SplittableRandom(seed);
        for (Param p : params) {
            if (p.value().dataType() != DataType.DOUBLE) {
                throw new IllegalArgumentException("gradient checks run in double precision; " + p.name() + " is " + p.value().dataType());
            }
            Mem v = Mem.of(p.value());
            Mem g = Mem.of(p.grad());
            int n = v.length();
            int count = Math.min(n, perParam);
            for (int k = 0; k < count; k++) {
                int idx = count == n ? k : rng.nextInt(n);
                double saved = v.get(idx);
                v.set(idx, saved + eps);
                double up = loss.getAsDouble();
                v.set(idx, saved - eps);
                double down = loss.getAsDouble();
                v.set(idx, saved);
                double numeric = (up - down) / (2 * eps);
                double analytic = g.get(idx);
                double err = Math.abs(analytic - numeric) / Math.max(Math.abs(analytic) + Math.abs(numeric), floor);
                Entry e = new Entry(p.name(), idx, analytic, numeric, err);
                entries.add(e);
                if (worst == null || err > worst.error()) {
                    worst = e;
                }
            }
        }
        return new Report(entries, worst);
    }
}
