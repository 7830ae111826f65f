package io.unrolled.io;

import java.util.Optional;

/**
 * The element types a checkpoint holds: float32 and float64 weights, and uint8 bytes for the
 * JSON config. Each is stored little-endian; the descr is NumPy's spelling of exactly that.
 */
enum NpyDtype {
    FLOAT32("<f4", 4, "float32"),
    FLOAT64("<f8", 8, "float64"),
    UINT8("|u1", 1, "uint8");

    private final String descr;
    private final int itemSize;
    private final String numpyName;

    NpyDtype(String descr, int itemSize, String numpyName) {
        this.descr = descr;
        this.itemSize = itemSize;
        this.numpyName = numpyName;
    }

    /** NumPy's dtype string, e.g. {@code "<f4"} or {@code "|u1"}. */
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

    /** The type stored under exactly this descr, if it is one of ours. */
    static Optional<NpyDtype> forDescr(String descr) {
        for (NpyDtype type : values()) {
            if (type.descr.equals(descr)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /**
     * The type a .npy header's descr names.
     *
     * @throws IllegalArgumentException in one line: the descr, what it is in NumPy's words, and
     *     what to do about it
     */
    static NpyDtype parse(String descr) {
        // A single byte has no byte order, so NumPy may spell uint8 with any order mark or none.
        String uint8 = descr.length() == 3 && "<>|=".indexOf(descr.charAt(0)) >= 0 ? descr.substring(1) : descr;
        if (uint8.equals("u1")) {
            return UINT8;
        }
        return forDescr(descr).orElseThrow(() -> new IllegalArgumentException("unsupported dtype '" + descr + "' ("
                + describe(descr) + "); checkpoints hold only little-endian float32, float64 and uint8"
                + " (in NumPy, a.astype('<f4') converts an array)"));
    }

    /** What a foreign descr is, in the words NumPy prints: {@code int32}, {@code big-endian float64}... */
    private static String describe(String descr) {
        boolean big = descr.startsWith(">");
        String rest = descr.isEmpty() || "<>|=".indexOf(descr.charAt(0)) < 0 ? descr : descr.substring(1);
        if (rest.isEmpty()) {
            return "empty";
        }
        String size = rest.substring(1);
        String bits = size.matches("[0-9]{1,3}") ? String.valueOf(Integer.parseInt(size) * 8) : "";
        String name = switch (rest.charAt(0)) {
            case 'f' -> "float" + bits;
            case 'i' -> "int" + bits;
            case 'u' -> "uint" + bits;
            case 'c' -> "complex" + bits;
            case 'b' -> "bool";
            case 'O' -> "Python objects, never loaded";
            case 'S', 'a', 'U' -> "strings";
            case 'V' -> "raw records";
            case 'M', 'm' -> "dates or times";
            default -> "not a NumPy type";
        };
        return big ? "big-endian " + name : name;
    }
}
