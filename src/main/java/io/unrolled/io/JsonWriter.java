package io.unrolled.io;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** Turns maps, lists and plain values into JSON text; see {@link Json}. */
final class JsonWriter {
    private final StringBuilder out = new StringBuilder();
    private final boolean pretty;
    // Containers being written right now: meeting one again means a cycle, which would never end.
    private final Set<Object> open = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    private JsonWriter(boolean pretty) {
        this.pretty = pretty;
    }

    static String write(Object value, boolean pretty) {
        JsonWriter writer = new JsonWriter(pretty);
        writer.value(value, 0);
        return writer.out.toString();
    }

    private void value(Object value, int depth) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof CharSequence text) {
            string(text);
        } else if (value instanceof Boolean flag) {
            out.append(flag.booleanValue());
        } else if (value instanceof Number number) {
            number(number);
        } else if (value instanceof Map<?, ?> map) {
            object(map, depth);
        } else if (value instanceof Collection<?> items) {
            array(items, items, depth);
        } else if (value instanceof Object[] items) {
            array(items, Arrays.asList(items), depth);
        } else if (value instanceof int[] items) {
            array(items, Arrays.stream(items).boxed().toList(), depth);
        } else if (value instanceof long[] items) {
            array(items, Arrays.stream(items).boxed().toList(), depth);
        } else if (value instanceof double[] items) {
            array(items, Arrays.stream(items).boxed().toList(), depth);
        } else if (value instanceof float[] items) {
            Float[] boxed = new Float[items.length];
            for (int i = 0; i < items.length; i++) {
                boxed[i] = items[i];
            }
            array(items, List.of(boxed), depth);
        } else {
            throw new IllegalArgumentException("cannot write a " + value.getClass().getName() + " as JSON");
        }
    }

    private void number(Number number) {
        if (number instanceof Double || number instanceof Float) {
            double d = number.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                out.append("null");
            } else if (number instanceof Float f) {
                // Float's own shortest form ("0.1", not "0.10000000149011612") reads back as the same float.
                out.append(f.floatValue());
            } else {
                out.append(d); // Double.toString round-trips exactly, and its "1.0E-5" is valid JSON
            }
        } else if (number instanceof Integer || number instanceof Long || number instanceof Short
                || number instanceof Byte || number instanceof BigInteger || number instanceof BigDecimal
                || number instanceof AtomicInteger || number instanceof AtomicLong) {
            out.append(number); // their toString is a valid JSON number
        } else {
            number(number.doubleValue());
        }
    }

    private void object(Map<?, ?> map, int depth) {
        enter(map);
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> member : map.entrySet()) {
            if (!(member.getKey() instanceof CharSequence key)) {
                throw new IllegalArgumentException("JSON object keys must be strings, not " + member.getKey());
            }
            out.append(first ? "" : ",");
            newline(depth + 1);
            string(key);
            out.append(pretty ? ": " : ":");
            value(member.getValue(), depth + 1);
            first = false;
        }
        if (!first) {
            newline(depth);
        }
        out.append('}');
        open.remove(map);
    }

    private void array(Object container, Collection<?> items, int depth) {
        enter(container);
        out.append('[');
        boolean first = true;
        for (Object item : items) {
            out.append(first ? "" : ",");
            newline(depth + 1);
            value(item, depth + 1);
            first = false;
        }
        if (!first) {
            newline(depth);
        }
        out.append(']');
        open.remove(container);
    }

    private void enter(Object container) {
        if (!open.add(container)) {
            throw new IllegalArgumentException("cannot write JSON: a map or list contains itself");
        }
    }

    private void newline(int depth) {
        if (pretty) {
            out.append('\n').append("  ".repeat(depth));
        }
    }

    private void string(CharSequence text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029' || isLoneSurrogate(text, i)) {
                        // Control characters must be escaped; the line separators break JavaScript
                        // readers; a lone surrogate cannot be encoded as UTF-8 and would turn into '?'.
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static boolean isLoneSurrogate(CharSequence text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return false;
    }
}
