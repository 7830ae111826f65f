package io.unrolled.io;

import java.util.List;
import java.util.Map;

/**
 * What a .npy header says about the array after it: the dtype string as written, whether the data
 * is in Fortran (column-major) order, and the shape.
 */
record NpyHeader(String descr, boolean fortranOrder, int[] shape) {

    /**
     * Reads the Python dict literal of a .npy header, e.g.
     * {@code {'descr': '<f4', 'fortran_order': False, 'shape': (30, 64), }}.
     *
     * @throws IllegalArgumentException saying what is wrong with it, without a file name
     */
    static NpyHeader parse(String text) {
        if (!(PythonLiteralParser.parse(text) instanceof Map<?, ?> dict)) {
            throw new IllegalArgumentException("the header is not a Python dict");
        }
        for (String key : List.of("descr", "fortran_order", "shape")) {
            if (!dict.containsKey(key)) {
                throw new IllegalArgumentException("the header has no '" + key + "' entry");
            }
        }
        // NumPy refuses headers with more keys; we ignore them, they cannot change how we read the data.
        return new NpyHeader(descr(dict.get("descr")), fortranOrder(dict.get("fortran_order")),
                shape(dict.get("shape")));
    }

    private static String descr(Object value) {
        if (value instanceof String descr) {
            return descr;
        }
        if (value instanceof List<?>) {
            throw new IllegalArgumentException("structured dtypes (records with named fields) are not supported");
        }
        throw new IllegalArgumentException("'descr' is not a dtype string: " + value);
    }

    private static boolean fortranOrder(Object value) {
        if (value instanceof Boolean flag) {
            return flag;
        }
        throw new IllegalArgumentException("'fortran_order' is not True or False: " + value);
    }

    private static int[] shape(Object value) {
        if (!(value instanceof List<?> dims)) {
            throw new IllegalArgumentException("'shape' is not a tuple of whole numbers: " + value);
        }
        int[] shape = new int[dims.size()];
        for (int i = 0; i < shape.length; i++) {
            if (!(dims.get(i) instanceof Long dim) || dim < 0) {
                throw new IllegalArgumentException("'shape' " + value + " has an invalid dimension: " + dims.get(i));
            }
            if (dim > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("'shape' " + value + " is too large for this program");
            }
            shape[i] = (int) (long) dim;
        }
        return shape;
    }
}
