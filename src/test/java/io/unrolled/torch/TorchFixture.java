package io.unrolled.torch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import io.unrolled.io.NpyArray;
import io.unrolled.io.Npz;
import io.unrolled.nn.Mem;
import io.unrolled.nn.Param;
import io.unrolled.nn.ParamSet;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * One {@code .npz} written by {@code tools/make_fixtures.py} with PyTorch in double precision, read
 * with our own Npz reader. Comparisons use the precision's tolerance: 1e-9 for DOUBLE, 1e-5 for
 * FLOAT, on |ours − torch| / max(1, |torch|), so large values are compared relatively and small
 * ones absolutely.
 */
public final class TorchFixture {

    private final String name;
    private final Map<String, NpyArray> arrays;

    private TorchFixture(String name, Map<String, NpyArray> arrays) {
        this.name = name;
        this.arrays = arrays;
    }

    public static TorchFixture load(String name) {
        URL url = TorchFixture.class.getResource("/fixtures/" + name + ".npz");
        assertNotNull(url, "fixture " + name + ".npz is missing; run tools/make_fixtures.py (see tools/README.md)");
        try {
            return new TorchFixture(name, Npz.read(Path.of(url.toURI())));
        } catch (URISyntaxException | java.io.IOException | io.unrolled.io.NpzFormatException e) {
            throw new AssertionError("cannot read fixture " + name + ": " + e.getMessage(), e);
        }
    }

    public static double tolerance(DataType dtype) {
        return dtype == DataType.DOUBLE ? 1e-9 : 1e-5;
    }

    public boolean has(String key) {
        return arrays.containsKey(key);
    }

    private NpyArray entry(String key) {
        NpyArray a = arrays.get(key);
        if (a == null) {
            fail("fixture " + name + " has no entry " + key + "; it has " + arrays.keySet());
        }
        return a;
    }

    public double[] doubles(String key) {
        return entry(key).toDoubles();
    }

    public double scalar(String key) {
        return doubles(key)[0];
    }

    public int[] ints(String key) {
        return Arrays.stream(doubles(key)).mapToInt(v -> (int) Math.round(v)).toArray();
    }

    public int[] shape(String key) {
        return entry(key).shape();
    }

    /** The entry as a c-order array of the given precision and shape (its own shape when none is given). */
    public INDArray array(String key, DataType dtype, long... shape) {
        double[] v = doubles(key);
        long[] s = shape.length > 0 ? shape : Arrays.stream(shape(key)).asLongStream().toArray();
        INDArray a = Nd4j.zeros(dtype, s);
        Mem.of(a).store(0, v, 0, v.length);
        return a;
    }

    /** Copies entry {@code prefix + p.name()} into every parameter of the set. */
    public void loadParams(ParamSet params, String prefix) {
        for (Param p : params.all()) {
            loadInto(p.value(), prefix + p.name());
        }
    }

    public void loadInto(INDArray target, String key) {
        double[] v = doubles(key);
        assertEquals(target.length(), v.length, key + ": size");
        Mem.of(target).store(0, v, 0, v.length);
    }

    /**
     * Asserts {@code ours} equals entry {@code key} element by element (both read in c order) and
     * returns the largest difference found.
     */
    public double assertClose(String key, INDArray ours, String what) {
        double[] expected = doubles(key);
        double[] got = new double[(int) ours.length()];
        INDArray c = ours.dup('c');   // views (a step of a buffer) become contiguous
        Mem.of(c).load(0, got, 0, got.length);
        return assertClose(expected, got, tolerance(ours.dataType()), what + " (" + key + ")");
    }

    public static double assertClose(double[] expected, double[] got, double tol, String what) {
        assertEquals(expected.length, got.length, what + ": number of elements");
        double worst = 0;
        int at = -1;
        for (int k = 0; k < expected.length; k++) {
            double err = Math.abs(got[k] - expected[k]) / Math.max(1, Math.abs(expected[k]));
            if (!(err <= worst)) {
                worst = err;
                at = k;
            }
        }
        if (!(worst <= tol)) {
            fail(String.format("%s differs at element %d: ours %.12g, expected %.12g (error %.3g > %.1g)",
                    what, at, got[at], expected[at], worst, tol));
        }
        return worst;
    }

    public static double assertClose(double expected, double got, DataType dtype, String what) {
        return assertClose(new double[] {expected}, new double[] {got}, tolerance(dtype), what);
    }
}
