package io.unrolled.io;

import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * The element types this package can read, each with the NumPy name it is stored under once its
 * bytes are little-endian (the only byte order {@link NpyArray} holds).
 *
 * <p>Each constant knows how to turn one element into a {@code double} and a {@code float}. The
 * float conversion is separate because going through double first would round twice for 64-bit
 * integers, giving a float that differs from NumPy's {@code astype(np.float32)}.
 */
enum NpyDtype {
    BOOL("|b1", 1, "bool") {
        @Override double doubleAt(ByteBuffer le, int i) { return le.get(i) != 0 ? 1 : 0; }
    },
    INT8("|i1", 1, "int8") {
        @Override double doubleAt(ByteBuffer le, int i) { return le.get(i); }
    },
    UINT8("|u1", 1, "uint8") {
        @Override double doubleAt(ByteBuffer le, int i) { return Byte.toUnsignedInt(le.get(i)); }
    },
    INT16("<i2", 2, "int16") {
        @Override double doubleAt(ByteBuffer le, int i) { return le.getShort(i * 2); }
    },
    UINT16("<u2", 2, "uint16") {
        @Override double doubleAt(ByteBuffer le, int i) { return Short.toUnsignedInt(le.getShort(i * 2)); }
    },
    INT32("<i4", 4, "int32") {
        @Override double doubleAt(ByteBuffer le, int i) { return le.getInt(i * 4); }
    },
    UINT32("<u4", 4, "uint32") {
        @Override double doubleAt(ByteBuffer le, int i) { return Integer.toUnsignedLong(le.getInt(i * 4)); }
    },
    INT64("<i8", 8, "int64") {
        @Override double doubleAt(ByteBuffer le, int i) { return le.getLong(i * 8); }
        @Override float floatAt(ByteBuffer le, int i) { return le.getLong(i * 8); }
    },
    UINT64("<u8", 8, "uint64") {
        @Override double doubleAt(ByteBuffer le, int i) { return unsignedToDouble(le.getLong(i * 8)); }
        @Override float floatAt(ByteBuffer le, int i) { return unsignedToFloat(le.getLong(i * 8)); }
    },
    FLOAT16("<f2", 2, "float16") {
        @Override double doubleAt(ByteBuffer le, int i) { return halfToFloat(le.getShort(i * 2)); }
    },
    FLOAT32("<f4", 4, "float32") {
        @Override double doubleAt(ByteBuffer le, int i) { return le.getFloat(i * 4); }
    },
    FLOAT64("<f8", 8, "float64") {
        @Override double doubleAt(ByteBuffer le, int i) { return le.getDouble(i * 8); }
        @Override float floatAt(ByteBuffer le, int i) { return (float) le.getDouble(i * 8); }
    };

    private final String descr;
    private final int itemSize;
    private final String numpyName;

    NpyDtype(String descr, int itemSize, String numpyName) {
        this.descr = descr;
        this.itemSize = itemSize;
        this.numpyName = numpyName;
    }

    /** NumPy's dtype string for this type in little-endian order, e.g. {@code "<f4"} or {@code "|u1"}. */
    String descr() {
        return descr;
    }

    int itemSize() {
        return itemSize;
    }

    /** The name a Python user knows, e.g. {@code float32}. */
    String numpyName() {
        return numpyName;
    }

    /** Element {@code index} of little-endian data, exactly if a double can hold it. */
    abstract double doubleAt(ByteBuffer littleEndian, int index);

    /** Element {@code index} rounded once to the nearest float. */
    float floatAt(ByteBuffer littleEndian, int index) {
        // Exact for every type whose values a double holds exactly; the others override this.
        return (float) doubleAt(littleEndian, index);
    }

    /** The type stored under exactly this (little-endian) descr, if it is one of ours. */
    static Optional<NpyDtype> forDescr(String descr) {
        for (NpyDtype type : values()) {
            if (type.descr.equals(descr)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** The type with NumPy kind letter and item size, e.g. {@code 'f', 4}, whatever its byte order. */
    static Optional<NpyDtype> forKindAndSize(char kind, int itemSize) {
        for (NpyDtype type : values()) {
            if (type.descr.charAt(1) == kind && type.itemSize == itemSize) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    private static double unsignedToDouble(long bits) {
        if (bits >= 0) {
            return bits;
        }
        // Halve so the value fits a signed long, keeping the lost bit as a sticky bit so the one
        // rounding step below still rounds to nearest, then double it back.
        return ((bits >>> 1) | (bits & 1)) * 2.0;
    }

    private static float unsignedToFloat(long bits) {
        if (bits >= 0) {
            return bits;
        }
        return ((bits >>> 1) | (bits & 1)) * 2.0f;
    }

    /** IEEE 754 half precision to float; every half value is exactly a float. */
    static float halfToFloat(short half) {
        int bits = half & 0xffff;
        boolean negative = (bits & 0x8000) != 0;
        int exponent = (bits >>> 10) & 0x1f;
        int mantissa = bits & 0x3ff;
        if (exponent == 0x1f) {
            // Infinity or NaN: keep the NaN payload in the top mantissa bits like NumPy does.
            return Float.intBitsToFloat((negative ? 0x8000_0000 : 0) | 0x7f80_0000 | (mantissa << 13));
        }
        float magnitude = exponent == 0
                ? Math.scalb((float) mantissa, -24) // subnormal (or zero): mantissa * 2^-24
                : Float.intBitsToFloat(((exponent - 15 + 127) << 23) | (mantissa << 13));
        return negative ? -magnitude : magnitude;
    }
}
