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
        assertThrows(IllegalArgumentException.class, () -> new NpyArray("<i4", new int[] {1}, new byte[4]));
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
    void uint8ConvertsToItsUnsignedValues() {
        NpyArray bytes = NpyArray.ofBytes(new byte[] {0, 127, (byte) 0x80, (byte) 0xff});

        assertArrayEquals(new float[] {0, 127, 128, 255}, bytes.toFloats());
        assertArrayEquals(new double[] {0, 127, 128, 255}, bytes.toDoubles());
    }

    @Test
    void float64ToFloatRoundsToNearest() {
        ByteBuffer bytes = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putDouble(0.1).putDouble(1e300);
        NpyArray array = new NpyArray("<f8", new int[] {2}, bytes.array());

        assertArrayEquals(new float[] {0.1f, Float.POSITIVE_INFINITY}, array.toFloats());
        assertArrayEquals(new double[] {0.1, 1e300}, array.toDoubles());
    }
}
