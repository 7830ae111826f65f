package io.unrolled.io;

/**
 * How a .npy file stores its elements: which of our types, and whether its bytes are big-endian
 * and must be swapped before they fit an {@link NpyArray}.
 */
record StoredType(NpyDtype type, boolean bigEndian) {

    /**
     * Understands a NumPy dtype string such as {@code "<f4"}, {@code ">f8"} or {@code "|u1"}.
     *
     * @throws IllegalArgumentException naming the dtype and, for the kinds people meet in
     *     practice, what it is, so the message helps decide how to re-save the file
     */
    static StoredType parse(String descr) {
        String rest = descr;
        char order = '=';
        if (!rest.isEmpty() && "<>|=".indexOf(rest.charAt(0)) >= 0) {
            order = rest.charAt(0);
            rest = rest.substring(1);
        }
        if (rest.isEmpty()) {
            throw unsupported(descr, "empty type");
        }
        char kind = rest.charAt(0);
        int itemSize = itemSize(rest.substring(1));
        NpyDtype type = itemSize < 0 ? null : NpyDtype.forKindAndSize(kind, itemSize).orElse(null);
        if (type == null) {
            throw unsupported(descr, kindName(kind, itemSize));
        }
        if (itemSize == 1) {
            return new StoredType(type, false); // a single byte has no byte order
        }
        return switch (order) {
            case '<' -> new StoredType(type, false);
            case '>' -> new StoredType(type, true);
            // NumPy always writes '<' or '>' for multi-byte types; "native" would depend on the
            // unknown machine that wrote the file, so guessing could silently scramble the values.
            default -> throw unsupported(descr, "no explicit byte order");
        };
    }

    private static int itemSize(String digits) {
        if (digits.isEmpty() || digits.length() > 6 || !digits.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return Integer.parseInt(digits);
    }

    private static String kindName(char kind, int itemSize) {
        String bits = itemSize > 0 ? (itemSize * 8) + "-bit " : "";
        return switch (kind) {
            case 'f' -> bits + "floating point";
            case 'i' -> bits + "signed integer";
            case 'u' -> bits + "unsigned integer";
            case 'b' -> bits + "bool";
            case 'c' -> bits + "complex numbers";
            case 'O' -> "Python objects, which would need pickle; those are never loaded";
            case 'S', 'a' -> "byte strings";
            case 'U' -> "unicode strings";
            case 'V' -> "raw or structured records";
            case 'M' -> "dates and times";
            case 'm' -> "time differences";
            default -> "unknown kind '" + kind + "'";
        };
    }

    private static IllegalArgumentException unsupported(String descr, String what) {
        return new IllegalArgumentException("unsupported dtype '" + descr + "' (" + what + "); readable are"
                + " float16/32/64, int8/16/32/64, uint8/16/32/64 and bool");
    }
}
