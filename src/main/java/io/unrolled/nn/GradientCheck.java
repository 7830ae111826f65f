package io.unrolled.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * Compares analytic gradients with finite differences in double precision, end to end: parameters,
 * activations and the loss are all DOUBLE.
 *
 * <p>The numeric derivative is the five-point central difference
 * (−L(θ+2ε) + 8L(θ+ε) − 8L(θ−ε) + L(θ−2ε)) / 12ε, whose truncation error shrinks as ε⁴ (the plain
 * central difference's as ε²). That allows a larger ε, so the round-off in the loss, divided by ε,
 * stays far below the gradients compared.
 *
 * <p>The error of one element is relative, |a − n| / max(|a|, |n|, floor): the floor makes it
 * absolute for gradients too small for a relative error to mean anything.
 */
public final class GradientCheck {

    /** One compared element. */
    public record Entry(String name, int index, double analytic, double numeric, double error) {
        @Override
        public String toString() {
            return String.format("%s[%d]: analytic %.10g, numeric %.10g, relative error %.3g", name, index, analytic, numeric, error);
        }
    }

    /** All compared elements and the worst one. */
    public record Report(List<Entry> entries, Entry worst) {
        public boolean passes(double tolerance) {
            return worst == null || worst.error() <= tolerance;
        }

        public double worstError() {
            return worst == null ? 0 : worst.error();
        }

        /** One line for the test log: the worst error against the tolerance and how far below it sits. */
        public String summary(String check, double tolerance) {
            return String.format("gradient check %-40s %4d elements, worst relative error %.2e (tolerance %.0e, %s) at %s",
                    check, entries.size(), worstError(), tolerance,
                    worstError() == 0 ? "exact" : String.format("%.0f× below", tolerance / worstError()),
                    worst == null ? "-" : String.format("%s[%d], gradient %.2e", worst.name(), worst.index(), worst.analytic()));
        }
    }

    private final double eps;
    private final double floor;
    private final int perParam;
    private final long seed;

    /**
     * @param eps       step of the difference
     * @param floor     smallest denominator of the relative error
     * @param perParam  elements sampled per tensor (all of them when the tensor is smaller)
     */
    public GradientCheck(double eps, double floor, int perParam, long seed) {
        this.eps = eps;
        this.floor = floor;
        this.perParam = perParam;
        this.seed = seed;
    }

    /** For smooth functions (tanh, sigmoid, softmax): a step where the ε⁴ truncation is below round-off. */
    public static GradientCheck smooth(int perParam) {
        return new GradientCheck(1e-3, 1e-5, perParam, 7);
    }

    /**
     * For functions with ReLU kinks: a step small enough that a kink rarely falls within ±2ε of a
     * pre-activation, where a finite difference means nothing.
     */
    public static GradientCheck piecewise(int perParam) {
        return new GradientCheck(1e-4, 1e-5, perParam, 7);
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
            if (p.value().dataType() != DataType.DOUBLE || p.grad().dataType() != DataType.DOUBLE) {
                throw new IllegalArgumentException("gradient checks run in double precision; " + p.name() + " is " + p.value().dataType());
            }
            Mem v = Mem.of(p.value());
            Mem g = Mem.of(p.grad());
            int n = v.length();
            int count = Math.min(n, perParam);
            for (int k = 0; k < count; k++) {
                int idx = count == n ? k : rng.nextInt(n);
                double saved = v.get(idx);
                double up2 = lossAt(v, idx, saved + 2 * eps, loss);
                double up = lossAt(v, idx, saved + eps, loss);
                double down = lossAt(v, idx, saved - eps, loss);
                double down2 = lossAt(v, idx, saved - 2 * eps, loss);
                v.set(idx, saved);
                double numeric = (-up2 + 8 * up - 8 * down + down2) / (12 * eps);
                double analytic = g.get(idx);
                double err = Math.abs(analytic - numeric) / Math.max(Math.max(Math.abs(analytic), Math.abs(numeric)), floor);
                Entry e = new Entry(p.name(), idx, analytic, numeric, err);
                entries.add(e);
                if (worst == null || err > worst.error()) {
                    worst = e;
                }
            }
        }
        return new Report(entries, worst);
    }

    private static double lossAt(Mem v, int idx, double value, DoubleSupplier loss) {
        v.set(idx, value);
        return loss.getAsDouble();
    }
}
