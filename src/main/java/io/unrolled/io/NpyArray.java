package io.unrolled.io;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Objects;

/**
 * One array as NumPy stores it: little-endian data, C (row-major) order.
 *
 * <p>{@code descr} is NumPy's dtype string of one of the types a checkpoint holds: {@code "<f4"}
 * (float32), {@code "<f8"} (float64) or {@code "|u1"} (uint8).
 *
 * <p>The shape is copied; the data is not, because model weights can be large. Treat
 * {@code data()} as read-only.
 */
public record NpyArray(String descr, int[] shape, byte[] data) {

    public NpyArray {
        Objects.requireNonNull(descr, "descr");
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(data, "data");
        NpyDtype type = NpyDtype.forDescr(descr).orElseThrow(() -> new IllegalArgumentException(
                "unsupported dtype '" + descr + "'; expected one of " + supportedDescrs()));
        shape = shape.clone();
        long expectedBytes = elementCount(shape) * type.itemSize();
        if (data.length != expectedBytes) {
            throw new IllegalArgumentException("shape " + Npy.shapeLiteral(shape) + " of " + descr
                    + " needs " + expectedBytes + " bytes, but " + data.length + " were given");
        }
    }

    /** A float32 array; {@code values} are in C order. */
    public static NpyArray ofFloats(int[] shape, float[] values) {
        long count = elementCount(shape);
        if (count != values.length) {
            throw new IllegalArgumentException("shape " + Npy.shapeLiteral(shape) + " holds " + count
                    + " values, but " + values.length + " were given");
        }
        ByteBuffer bytes = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(values);
        return new NpyArray("<f4", shape, bytes.array());
    }

    /** A 1-D uint8 array, e.g. UTF-8 text. The bytes are shared, not copied. */
    public static NpyArray ofBytes(byte[] bytes) {
        return new NpyArray("|u1", new int[] {bytes.length}, bytes);
    }

    @Override
    public int[] shape() {
        return shape.clone();
    }

    /** The element type's NumPy name, e.g. {@code float32} or {@code int32}. */
    public String typeName() {
        return dtype().numpyName();
    }

    /** Whether the elements are floating point (float16, float32 or float64), as trained weights are. */
    public boolean holdsFloats() {
        return dtype().descr().charAt(1) == 'f';
    }

    public long elementCount() {
        return elementCount(shape);
    }

    /** The values as floats, each rounded once to the nearest float (exact for float32). */
    public float[] toFloats() {
        float[] values = new float[Math.toIntExact(elementCount())];
        ByteBuffer le = littleEndianData();
        switch (dtype()) {
            case FLOAT32 -> le.asFloatBuffer().get(values);
            case FLOAT64 -> {
                for (int i = 0; i < values.length; i++) {
                    values[i] = (float) le.getDouble(i * Double.BYTES);
                }
            }
            case UINT8 -> {
                for (int i = 0; i < values.length; i++) {
                    values[i] = Byte.toUnsignedInt(data[i]);
                }
            }
        }
        return values;
    }

    /** The values as doubles, exactly. */
    public double[] toDoubles() {
        if (dtype() == NpyDtype.FLOAT64) {
            double[] values = new double[Math.toIntExact(elementCount())];
            littleEndianData().asDoubleBuffer().get(values);
            return values;
        }
        float[] floats = toFloats();
        double[] values = new double[floats.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = floats[i];
        }
        return values;
    }

    /**
     * The raw bytes of a uint8 array (a copy).
     *
     * @throws NpzFormatException if this is not a uint8 array; the message says what it is, so a
     *     caller can add the file name and show it
     */
    public byte[] toBytes() throws NpzFormatException {
        if (dtype() != NpyDtype.UINT8) {
            throw new NpzFormatException("expected uint8 bytes ('|u1') but the array has dtype '"
                    + descr + "' (" + dtype().numpyName() + ")");
        }
        return data.clone();
    }

    NpyDtype dtype() {
        // Cannot fail: the constructor accepted only known descrs.
        return NpyDtype.forDescr(descr).orElseThrow();
    }

    private ByteBuffer littleEndianData() {
        return ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
    }

    static long elementCount(int[] shape) {
        boolean empty = false;
        for (int dim : shape) {
            if (dim < 0) {
                throw new IllegalArgumentException("negative dimension in shape " + Npy.shapeLiteral(shape));
            }
            empty |= dim == 0;
        }
        if (empty) {
            return 0;
        }
        long count = 1;
        for (int dim : shape) {
            count *= dim; // cannot overflow: both factors are at most Integer.MAX_VALUE
            if (count > Integer.MAX_VALUE) {
                // Java arrays cap what one array can hold, so bigger shapes are refused up front.
                throw new IllegalArgumentException("shape " + Npy.shapeLiteral(shape)
                        + " has more elements than a Java array can hold");
            }
        }
        return count;
    }

    private static String supportedDescrs() {
        StringBuilder names = new StringBuilder();
        for (NpyDtype type : NpyDtype.values()) {
            names.append(names.length() == 0 ? "" : ", ").append(type.descr());
        }
        return names.toString();
    }

    // Records compare arrays by identity; two arrays with the same type, shape and bytes are equal.
    @Override
    public boolean equals(Object other) {
        return other instanceof NpyArray that
                && descr.equals(that.descr)
                && Arrays.equals(shape, that.shape)
                && Arrays.equals(data, that.data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(descr, Arrays.hashCode(shape), Arrays.hashCode(data));
    }

    @Override
    public String toString() {
        return "NpyArray[" + descr + ", shape " + Npy.shapeLiteral(shape) + ", " + data.length + " bytes]";
    }
}
