package io.unrolled.nn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * All parameters of a model in one flat value vector and one flat gradient vector. Each {@link Param}
 * is a reshaped view of its slice. A tied weight is simply one Param used by two layers, so its
 * gradient is the sum of both uses and the optimizer sees it once.
 */
public final class ParamSet {

    private final DataType dtype;
    private final INDArray values;        // (P)
    private final INDArray grads;         // (P)
    private final INDArray decayMask;     // (P) 1 where weight decay applies, else 0
    private final Map<String, Param> byName = new LinkedHashMap<>();
    private double[] gradScratch;

    public ParamSet(List<ParamSpec> specs, DataType dtype, long seed) {
        this.dtype = dtype;
        long total = specs.stream().mapToLong(ParamSpec::size).sum();
        values = Nd4j.zeros(dtype, total);
        grads = Nd4j.zeros(dtype, total);
        decayMask = Nd4j.zeros(dtype, total);
        SplittableRandom rng = new SplittableRandom(seed);
        Mem v = Mem.of(values);
        Mem m = Mem.of(decayMask);
        long offset = 0;
        for (ParamSpec s : specs) {
            if (byName.containsKey(s.name())) {
                throw new IllegalArgumentException("duplicate parameter name " + s.name());
            }
            int from = (int) offset;
            int n = (int) s.size();
            for (int k = 0; k < n; k++) {
                v.set(from + k, s.init().draw(rng));
                m.set(from + k, s.weightDecay() ? 1 : 0);
            }
            INDArray value = slice(values, offset, s);
            INDArray grad = slice(grads, offset, s);
            byName.put(s.name(), new Param(s.name(), value, grad, s.weightDecay()));
            offset += n;
        }
    }

    private static INDArray slice(INDArray flat, long offset, ParamSpec s) {
        return flat.get(NDArrayIndex.interval(offset, offset + s.size())).reshape('c', s.shape());
    }

    public Param get(String name) {
        Param p = byName.get(name);
        if (p == null) {
            throw new IllegalArgumentException("no parameter named " + name + "; have " + byName.keySet());
        }
        return p;
    }

    public List<Param> all() {
        return Collections.unmodifiableList(new ArrayList<>(byName.values()));
    }

    public DataType dtype() {
        return dtype;
    }

    public long count() {
        return values.length();
    }

    public INDArray flatValues() {
        return values;
    }

    public INDArray flatGrads() {
        return grads;
    }

    public INDArray decayMask() {
        return decayMask;
    }

    public void zeroGrads() {
        grads.assign(0);
    }

    /** Euclidean norm of the whole gradient, as shown in the app to make exploding gradients visible. */
    public double gradNorm() {
        if (gradScratch == null) {
            gradScratch = new double[(int) grads.length()];
        }
        double[] g = gradScratch;   // reused: this runs after every batch
        Mem.of(grads).load(0, g, 0, g.length);
        double sum = 0;
        for (double v : g) {
            sum += v * v;
        }
        return Math.sqrt(sum);
    }
}
