package io.unrolled.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

class NpyArrayTest {

    @Test
    void ofFloatsStoresLittleEndianFloat32InCOrder() {
        NpyArray array = NpyArray.ofFloats(new int[] {2, 2}, new float[] {1f, -2f, 0.5f, 3f});

        assertEquals("<f4", array.descr());
        assertArrayEquals(new int[] {2, 2}, array.shape());
        ByteBuffer le = ByteBuffer.wrap(array.data()).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(-2f, le.getFloat(4));
        assertEquals(4, array.elementCount());
    }

    @Test
    void toFloatsGivesBackEveryFloatBitForBit() {
        float[] values = {0f, -0f, Float.MIN_VALUE, Float.MAX_VALUE, Float.NEGATIVE_INFINITY,
            Float.intBitsToFloat(0x7fc0_1234), 1e-40f, (float) Math.PI};

        float[] back = NpyArray.ofFloats(new int[] {values.length}, values).toFloats();

        for (int i = 0; i < values.length; i++) {
            assertEquals(Float.floatToRawIntBits(values[i]), Float.floatToRawIntBits(back[i]), "element " + i);
        }
    }

    @Test
    void ofFloatsRefusesValuesThatDoNotFillTheShape() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NpyArray.ofFloats(new int[] {2, 3}, new float[5]));
        assertTrue(e.getMessage().contains("(2, 3)"), e.getMessage());
    }

    @Test
    void ofBytesIsOneDimensionalUint8() throws NpzFormatException {
        NpyArray array = NpyArray.ofBytes(new byte[] {1, (byte) 200, 3});

        assertEquals("|u1", array.descr());
        assertArrayEquals(new int[] {3}, array.shape());
        assertArrayEquals(new byte[] {1, (byte) 200, 3}, array.toBytes());
        assertArrayEquals(new double[] {1, 200, 3}, array.toDoubles());
    }

    @Test
    void toBytesOfAFloatArrayExplainsTheDtype() {
        NpyArray floats = NpyArray.ofFloats(new int[] {1}, new float[] {1});

        NpzFormatException e = assertThrows(NpzFormatException.class, floats::toBytes);
        assertTrue(e.getMessage().contains("'<f4'") && e.getMessage().contains("float32"), e.getMessage());
    }

    @Test
    void scalarHasOneElementAndZeroSizedShapeHasNone() {
        assertEquals(1, NpyArray.ofFloats(new int[0], new float[] {7}).elementCount());
        assertEquals(0, NpyArray.ofFloats(new int[] {0, 5}, new float[0]).elementCount());
        assertEquals(0, new NpyArray("<f8", new int[] {Integer.MAX_VALUE, Integer.MAX_VALUE, 0}, new byte[0]).elementCount());
    }

    @Test
    void constructorRefusesUnknownDtypeWrongLengthAndNegativeDimension() {
        assertThrows(IllegalArgumentException.class, () -> new NpyArray("<c16", new int[] {1}, new byte[16]));
        assertThrows(IllegalArgumentException.class, () -> new NpyArray(">f4", new int[] {1}, new byte[4]));
        assertThrows(IllegalArgumentException.class, () -> new NpyArray("<f4", new int[] {3}, new byte[8]));
        assertThrows(IllegalArgumentException.class, () -> new NpyArray("<f4", new int[] {-1}, new byte[0]));
        assertThrows(IllegalArgumentException.class,
                () -> new NpyArray("|u1", new int[] {65536, 65536}, new byte[0]));
    }

    @Test
    void shapeCannotBeChangedFromOutside() {
        int[] shape = {2};
        NpyArray array = NpyArray.ofFloats(shape, new float[2]);
        shape[0] = 5;
        array.shape()[0] = 9;

        assertArrayEquals(new int[] {2}, array.shape());
        assertNotSame(array.shape(), array.shape());
    }

    @Test
    void arraysWithTheSameContentAreEqual() {
        NpyArray a = NpyArray.ofFloats(new int[] {2}, new float[] {1, 2});
        NpyArray b = NpyArray.ofFloats(new int[] {2}, new float[] {1, 2});
        NpyArray c = NpyArray.ofFloats(new int[] {1, 2}, new float[] {1, 2});

        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, c);
    }

    @Test
    void integerTypesConvertToTheirValues() {
        assertArrayEquals(new double[] {-1, 127}, array("|i1", 1, 0xff, 0x7f).toDoubles());
        assertArrayEquals(new double[] {-2}, array("<i2", 2, 0xfe, 0xff).toDoubles());
        assertArrayEquals(new double[] {65535}, array("<u2", 2, 0xff, 0xff).toDoubles());
        assertArrayEquals(new double[] {-1}, array("<i4", 4, 0xff, 0xff, 0xff, 0xff).toDoubles());
        assertArrayEquals(new double[] {4294967295.0}, array("<u4", 4, 0xff, 0xff, 0xff, 0xff).toDoubles());
        assertArrayEquals(new double[] {1, 0, 1}, array("|b1", 1, 1, 0, 1).toDoubles());
        assertArrayEquals(new float[] {1, 0, 1}, array("|b1", 1, 1, 0, 1).toFloats());
    }

    @Test
    void int64ToFloatRoundsOnceLikeNumpy() {
        // 2^62 + 2^38 + 1 is just above half way between two floats; rounding to double first would
        // drop the +1, land exactly half way and round down to even instead.
        long value = (1L << 62) + (1L << 38) + 1;
        NpyArray array = new NpyArray("<i8", new int[] {1}, littleEndianLongs(value));

        assertEquals(0x1p62f + 0x1p39f, array.toFloats()[0]);
        assertEquals((double) value, array.toDoubles()[0]);
    }

    @Test
    void uint64AboveTheSignedRangeConvertsToItsUnsignedValue() {
        NpyArray array = new NpyArray("<u8", new int[] {2}, littleEndianLongs(-1L, 1L << 63));

        assertArrayEquals(new double[] {0x1p64, 0x1p63}, array.toDoubles());
        assertArrayEquals(new float[] {0x1p64f, 0x1p63f}, array.toFloats());
    }

    @Test
    void float64ToFloatRoundsToNearest() {
        ByteBuffer bytes = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putDouble(0.1).putDouble(1e300);
        NpyArray array = new NpyArray("<f8", new int[] {2}, bytes.array());

        assertArrayEquals(new float[] {0.1f, Float.POSITIVE_INFINITY}, array.toFloats());
        assertArrayEquals(new double[] {0.1, 1e300}, array.toDoubles());
    }

    @Test
    void float16ConvertsNormalSubnormalAndSpecialValues() {
        NpyArray half = array("<f2", 2,
                0x00, 0x3c, // 1.0
                0x00, 0xc0, // -2.0
                0xff, 0x7b, // 65504, the largest half
                0x01, 0x00, // 2^-24, the smallest subnormal
                0x00, 0x80, // -0.0
                0x00, 0x7c, // +infinity
                0x00, 0x7e); // NaN

        float[] values = half.toFloats();

        assertArrayEquals(new float[] {1f, -2f, 65504f, 0x1p-24f, -0f, Float.POSITIVE_INFINITY},
                java.util.Arrays.copyOf(values, 6));
        assertEquals(Float.floatToRawIntBits(-0f), Float.floatToRawIntBits(values[4]));
        assertTrue(Float.isNaN(values[6]));
    }

    private static NpyArray array(String descr, int itemSize, int... unsignedBytes) {
        byte[] data = new byte[unsignedBytes.length];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) unsignedBytes[i];
        }
        return new NpyArray(descr, new int[] {data.length / itemSize}, data);
    }

    private static byte[] littleEndianLongs(long... values) {
        ByteBuffer bytes = ByteBuffer.allocate(values.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (long v : values) {
            bytes.putLong(v);
        }
        return bytes.array();
    }
}
