package io.unrolled.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Reads JSON text into maps, lists and plain values; see {@link Json}. */
final class JsonParser {
    // Configs are shallow; a hostile file of a million '[' must fail cleanly, not overflow the stack.
    private static final int MAX_DEPTH = 512;

    private final String text;
    private int pos;
    private int depth;

    private JsonParser(String text) {
        this.text = text;
    }

    static Object parse(String text) {
        JsonParser parser = new JsonParser(Objects.requireNonNull(text, "text"));
        if (parser.peek('\uFEFF')) {
            parser.pos++; // a byte order mark that some editors put in front of UTF-8 text
        }
        Object value = parser.value();
        parser.skipWhitespace();
        if (parser.pos < text.length()) {
            throw parser.error("unexpected text after the JSON value");
        }
        return value;
    }

    private Object value() {
        skipWhitespace();
        if (pos >= text.length()) {
            throw error("unexpected end of input, expected a value");
        }
        char c = text.charAt(pos);
        switch (c) {
            case '{':
                return object();
            case '[':
                return array();
            case '"':
                return string();
            case 't':
                return literal("true", Boolean.TRUE);
            case 'f':
                return literal("false", Boolean.FALSE);
            case 'n':
                return literal("null", null);
            case 'N':
                return literal("NaN", Double.NaN);
            case 'I':
                return literal("Infinity", Double.POSITIVE_INFINITY);
            default:
                if (c == '-' && text.startsWith("-Infinity", pos)) {
                    return literal("-Infinity", Double.NEGATIVE_INFINITY);
                }
                if (c == '-' || isDigit(c)) {
                    return number();
                }
                throw error("unexpected character " + describe(c) + ", expected a value");
        }
    }

    private Map<String, Object> object() {
        enter();
        Map<String, Object> members = new LinkedHashMap<>();
        pos++; // '{'
        skipWhitespace();
        if (peek('}')) {
            pos++;
            depth--;
            return members;
        }
        while (true) {
            skipWhitespace();
            if (!peek('"')) {
                throw error("expected a string key in double quotes");
            }
            int keyStart = pos;
            String key = string();
            if (members.containsKey(key)) {
                pos = keyStart;
                // JSON leaves duplicates undefined; picking one silently could hide a broken config.
                throw error("duplicate key \"" + key + "\"");
            }
            skipWhitespace();
            expect(':');
            members.put(key, value());
            skipWhitespace();
            if (peek('}')) {
                pos++;
                depth--;
                return members;
            }
            expect(',');
        }
    }

    private List<Object> array() {
        enter();
        List<Object> items = new ArrayList<>();
        pos++; // '['
        skipWhitespace();
        if (peek(']')) {
            pos++;
            depth--;
            return items;
        }
        while (true) {
            items.add(value());
            skipWhitespace();
            if (peek(']')) {
                pos++;
                depth--;
                return items;
            }
            expect(',');
        }
    }

    private String string() {
        pos++; // opening quote
        StringBuilder out = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw error("unterminated string");
            }
            char c = text.charAt(pos);
            if (c == '"') {
                pos++;
                return out.toString();
            }
            if (c < 0x20) {
                throw error("control character " + describe(c) + " must be escaped in a string");
            }
            if (c != '\\') {
                out.append(c);
                pos++;
                continue;
            }
            pos++;
            if (pos >= text.length()) {
                throw error("unterminated string");
            }
            char escaped = text.charAt(pos);
            switch (escaped) {
                case '"', '\\', '/' -> out.append(escaped);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append(hex4(pos + 1));
                    pos += 4;
                }
                default -> throw error("invalid escape \\" + escaped);
            }
            pos++;
        }
    }

    private char hex4(int start) {
        if (start + 4 > text.length()) {
            throw error("\\u needs four hex digits");
        }
        int code = 0;
        for (int i = start; i < start + 4; i++) {
            int digit = Character.digit(text.charAt(i), 16);
            if (digit < 0) {
                pos = i;
                throw error("\\u needs four hex digits");
            }
            code = code * 16 + digit;
        }
        // Surrogate pairs arrive as two escapes and simply join up as two chars.
        return (char) code;
    }

    private Object number() {
        int start = pos;
        boolean whole = true;
        if (peek('-')) {
            pos++;
        }
        if (peek('0')) {
            pos++;
            if (pos < text.length() && isDigit(text.charAt(pos))) {
                throw error("numbers must not have leading zeros");
            }
        } else {
            digits("expected a digit");
        }
        if (peek('.')) {
            pos++;
            whole = false;
            digits("expected a digit after the decimal point");
        }
        if (peek('e') || peek('E')) {
            pos++;
            whole = false;
            if (peek('+') || peek('-')) {
                pos++;
            }
            digits("expected a digit in the exponent");
        }
        String literal = text.substring(start, pos);
        if (whole) {
            try {
                return Long.parseLong(literal);
            } catch (NumberFormatException beyondLong) {
                // Too large for a long: keep the magnitude as a double rather than refuse the input.
            }
        }
        return Double.parseDouble(literal);
    }

    private void digits(String expected) {
        int start = pos;
        while (pos < text.length() && isDigit(text.charAt(pos))) {
            pos++;
        }
        if (pos == start) {
            throw error(expected);
        }
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, pos)) {
            throw error("unexpected word, expected a value");
        }
        pos += word.length();
        return value;
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw error("nested more than " + MAX_DEPTH + " levels deep");
        }
    }

    private void skipWhitespace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private boolean peek(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    private void expect(char c) {
        if (!peek(c)) {
            throw error(pos >= text.length()
                    ? "unexpected end of input, expected '" + c + "'"
                    : "expected '" + c + "' but found " + describe(text.charAt(pos)));
        }
        pos++;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static String describe(char c) {
        return c < 0x20 || c > 0x7e ? String.format("U+%04X", (int) c) : "'" + c + "'";
    }

    /** An error at the current position, as line and column (both from 1) and character offset (from 0). */
    private IllegalArgumentException error(String problem) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < pos && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new IllegalArgumentException("Invalid JSON at line " + line + ", column " + (pos - lineStart + 1)
                + " (character " + pos + "): " + problem);
    }
}
