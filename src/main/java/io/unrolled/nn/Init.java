package io.unrolled.nn;

import java.util.SplittableRandom;

/** PyTorch's default initialisations, drawn from a seeded generator so a seed means the same start. */
public sealed interface Init {

    double draw(SplittableRandom rng);

    /** nn.Embedding: N(0, 1). */
    record Normal(double std) implements Init {
        @Override
        public double draw(SplittableRandom rng) {
            return std * gaussian(rng);
        }
    }

    /** nn.Linear (kaiming_uniform with a=sqrt(5)) and nn.RNN/LSTM/GRU: U(-bound, bound). */
    record Uniform(double bound) implements Init {
        @Override
        public double draw(SplittableRandom rng) {
            return (2 * rng.nextDouble() - 1) * bound;
        }
    }

    static Init normal() {
        return new Normal(1.0);
    }

    /** The bound PyTorch uses for a layer whose fan-in (Linear) or hidden size (RNN) is {@code n}. */
    static Init uniformFanIn(long n) {
        return new Uniform(1.0 / Math.sqrt(n));
    }

    private static double gaussian(SplittableRandom rng) {
        // Box-Muller on our own generator keeps the stream reproducible across JDKs.
        double u1 = rng.nextDouble();
        double u2 = rng.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
    }
}
