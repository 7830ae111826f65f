package io.unrolled.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a .npy header says about the array after it: its type and shape. The header is the Python
 * dict NumPy writes, e.g. {@code {'descr': '<f4', 'fortran_order': False, 'shape': (30, 64), }};
 * this reads that dict in any key order, spacing or quote style, and nothing more general.
 */
record NpyHeader(NpyDtype type, int[] shape) {

    /**
     * @throws IllegalArgumentException saying what is wrong and where, without a file name
     */
    static NpyHeader parse(String text) {
        return new Reader(text).header();
    }

    /** A cursor over the header text; each method reads one piece of the dict or says what it expected. */
    private static final class Reader {
        private final String text;
        private int pos;

        Reader(String text) {
            this.text = text;
        }

        NpyHeader header() {
            Map<String, Object> entries = new LinkedHashMap<>();
            expect('{', "the header is not a Python dict");
            while (!take('}')) {
                int keyAt = skipSpace();
                String key = quoted("a quoted key");
                expect(':', "expected ':'");
                Object value = switch (key) {
                    case "descr" -> descr();
                    case "fortran_order" -> word();
                    case "shape" -> shape();
                    default -> throw error("unexpected key '" + key + "'", keyAt);
                };
                if (entries.put(key, value) != null) {
                    throw error("key '" + key + "' appears twice", keyAt);
                }
                if (!take(',')) {
                    expect('}', "expected ',' or '}'");
                    break;
                }
            }
            if (skipSpace() != text.length()) {
                throw error("unexpected text after the dict", pos);
            }
            for (String key : List.of("descr", "fortran_order", "shape")) {
                if (!entries.containsKey(key)) {
                    throw new IllegalArgumentException("the header has no '" + key + "' entry");
                }
            }
            if (!Boolean.FALSE.equals(entries.get("fortran_order"))) {
                throw new IllegalArgumentException("the array is stored in Fortran (column-major) order; checkpoints"
                        + " are read in C order only (in NumPy, np.ascontiguousarray(a) before saving)");
            }
            return new NpyHeader(NpyDtype.parse((String) entries.get("descr")), (int[]) entries.get("shape"));
        }

        private String descr() {
            if (skipSpace() < text.length() && text.charAt(pos) == '[') {
                throw new IllegalArgumentException("structured dtypes (records with named fields) are not supported");
            }
            return quoted("a dtype string");
        }

        private Boolean word() {
            int at = skipSpace();
            if (text.startsWith("True", pos)) {
                pos += 4;
                return Boolean.TRUE;
            }
            if (text.startsWith("False", pos)) {
                pos += 5;
                return Boolean.FALSE;
            }
            throw error("'fortran_order' is not True or False", at);
        }

        /** A tuple of whole numbers: {@code ()}, {@code (5,)} or {@code (30, 64)}. */
        private int[] shape() {
            expect('(', "'shape' is not a tuple of whole numbers");
            List<Integer> dims = new ArrayList<>();
            boolean comma = false;
            while (!take(')')) {
                dims.add(dimension());
                comma = take(',');
                if (!comma) {
                    expect(')', "expected ',' or ')' in 'shape'");
                    break;
                }
            }
            if (dims.size() == 1 && !comma) {
                // In Python "(5)" is just 5; NumPy always writes the tuple "(5,)".
                throw error("'shape' is a number in parentheses, not a tuple", pos - 1);
            }
            return dims.stream().mapToInt(Integer::intValue).toArray();
        }

        private int dimension() {
            int start = skipSpace();
            while (pos < text.length() && Character.isDigit(text.charAt(pos)) && pos - start < 10) {
                pos++;
            }
            if (pos == start) {
                throw error("'shape' holds something other than whole numbers", start);
            }
            long dim = Long.parseLong(text.substring(start, pos));
            if (dim > Integer.MAX_VALUE || (pos < text.length() && Character.isDigit(text.charAt(pos)))) {
                throw error("'shape' has a dimension too large for this program", start);
            }
            return (int) dim;
        }

        private String quoted(String what) {
            int at = skipSpace();
            char quote = at < text.length() ? text.charAt(at) : 0;
            if (quote != '\'' && quote != '"') {
                throw error("expected " + what, at);
            }
            int end = text.indexOf(quote, at + 1);
            int newline = text.indexOf('\n', at + 1);
            if (end < 0 || (newline >= 0 && newline < end)) {
                throw error("a string is not closed", at);
            }
            pos = end + 1;
            return text.substring(at + 1, end);
        }

        private boolean take(char c) {
            if (skipSpace() < text.length() && text.charAt(pos) == c) {
                pos++;
                return true;
            }
            return false;
        }

        private void expect(char c, String problem) {
            if (!take(c)) {
                throw error(problem, pos);
            }
        }

        private int skipSpace() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
            return pos;
        }

        private IllegalArgumentException error(String problem, int at) {
            return new IllegalArgumentException(problem + " at character " + at + " of the header");
        }
    }
}
