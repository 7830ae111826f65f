package io.unrolled.nn;

import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.pairwise.arithmetic.MulOp;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Inverted dropout, as the chapter's listing and nn.Dropout: in training each activation is kept
 * with probability 1 − p and scaled by 1/(1 − p), so evaluation can be the identity. The mask is the
 * cache; {@link #freezeMask()} keeps it across calls so a gradient check sees one fixed function.
 */
public final class Dropout {

    private SplittableRandom rng;
    private double p;
    private boolean frozen;
    private boolean active;       // whether the last forward applied a mask
    private INDArray mask;        // cache: (N, H) entries 0 or 1/(1-p)
    private INDArray out;         // (N, H)
    private INDArray dIn;         // (N, H)

    public Dropout(double p, long seed) {
        setP(p);
        this.rng = new SplittableRandom(seed);
    }

    public void setP(double p) {
        if (!(p >= 0 && p < 1)) {
            throw new IllegalArgumentException("dropout p must be in [0, 1), got " + p);
        }
        this.p = p;
    }

    public double p() {
        return p;
    }

    /**
     * Starts the mask draws again from {@code seed}: the next training forward draws the mask that a
     * fresh Dropout with this seed would draw, so a traced training pass can be repeated exactly.
     */
    public void reseed(long seed) {
        rng = new SplittableRandom(seed);
        frozen = false;
    }

    public void freezeMask() {
        frozen = true;
    }

    /**
     * Uses {@code given} (entries 0 or 1/(1 − p)) as the mask of every later training forward of the
     * same shape, instead of drawing one: a recorded run's draw replayed, as PyTorch's fixtures need.
     */
    public void useMask(INDArray given) {
        mask = given.dup('c');
        out = Nd4j.zeros(given.dataType(), given.rows(), given.columns());
        dIn = Nd4j.zeros(given.dataType(), given.rows(), given.columns());
        frozen = true;
    }

    public INDArray forward(INDArray raw, boolean training) {   // (N, H) -> (N, H)
        active = training && p > 0;
        if (!active) {
            return raw;
        }
        boolean fresh = mask == null || mask.rows() != raw.rows() || mask.dataType() != raw.dataType();
        if (fresh) {
            mask = Nd4j.zeros(raw.dataType(), raw.rows(), raw.columns());
            out = Nd4j.zeros(raw.dataType(), raw.rows(), raw.columns());
            dIn = Nd4j.zeros(raw.dataType(), raw.rows(), raw.columns());
        }
        if (fresh || !frozen) {
            double keep = 1.0 / (1.0 - p);
            double[] m = new double[(int) mask.length()];
            for (int k = 0; k < m.length; k++) {
                m[k] = rng.nextDouble() < p ? 0.0 : keep;
            }
            Mem.of(mask).store(0, m, 0, m.length);
        }
        Nd4j.exec(new MulOp(raw, mask, out));
        return out;
    }

    /** dOut (N, H) -> dRaw (N, H). */
    public INDArray backward(INDArray dOut) {
        if (!active) {
            return dOut;
        }
        Nd4j.exec(new MulOp(dOut, mask, dIn));
        return dIn;
    }

    /** Whether the last forward dropped anything, and the mask it used (null if not). */
    public INDArray lastMask() {
        return active ? mask : null;
    }
}
