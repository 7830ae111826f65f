package io.unrolled.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the small subset of Python literal syntax that NumPy writes into .npy headers:
 * dicts, tuples, lists, quoted strings, integers, {@code True}, {@code False} and {@code None}.
 *
 * <p>NumPy itself reads the header with {@code ast.literal_eval}, so any spacing, key order or
 * quote style Python accepts may appear; this parser accepts the same for that subset, plus the
 * {@code 3L} integers that NumPy under Python 2 wrote. Tuples and lists both become
 * {@link List}s, integers become {@link Long}s and {@code None} becomes {@code null}.
 *
 * <p>Malformed text ends in an {@link IllegalArgumentException} whose message says what was
 * expected where; the caller adds which file it came from.
 */
final class PythonLiteralParser {
    // A header is a flat dict; deep nesting only happens in hostile files and would overflow the stack.
    private static final int MAX_DEPTH = 32;

    private final String text;
    private int pos;
    private int depth;

    private PythonLiteralParser(String text) {
        this.text = text;
    }

    static Object parse(String text) {
        PythonLiteralParser parser = new PythonLiteralParser(text);
        Object value = parser.value();
        parser.skipSpace();
        if (parser.pos != text.length()) {
            throw parser.error("unexpected text after the end");
        }
        return value;
    }

    private Object value() {
        skipSpace();
        if (pos >= text.length()) {
            throw error("unexpected end");
        }
        char c = text.charAt(pos);
        switch (c) {
            case '{':
                return nested(this::dict);
            case '(':
                return nested(() -> sequence(')'));
            case '[':
                return nested(() -> sequence(']'));
            case '\'':
            case '"':
                return string();
            default:
                if (c == '-' || c == '+' || isDigit(c)) {
                    return integer();
                }
                if (Character.isLetter(c)) {
                    return wordOrPrefixedString();
                }
                throw error("unexpected character '" + c + "'");
        }
    }

    private Object nested(java.util.function.Supplier<Object> reader) {
        if (++depth > MAX_DEPTH) {
            throw error("nested too deeply");
        }
        Object value = reader.get();
        depth--;
        return value;
    }

    private Map<String, Object> dict() {
        Map<String, Object> entries = new LinkedHashMap<>();
        pos++; // '{'
        while (true) {
            skipSpace();
            if (peek('}')) {
                pos++;
                return entries;
            }
            int keyStart = pos;
            if (!(value() instanceof String key)) {
                pos = keyStart;
                throw error("expected a quoted key");
            }
            skipSpace();
            expect(':');
            if (entries.containsKey(key)) {
                throw error("key '" + key + "' appears twice");
            }
            entries.put(key, value());
            skipSpace();
            if (!peek('}')) {
                expect(',');
            }
        }
    }

    private Object sequence(char close) {
        List<Object> items = new ArrayList<>();
        boolean sawComma = false;
        pos++; // '(' or '['
        while (true) {
            skipSpace();
            if (peek(close)) {
                pos++;
                // In Python "(3)" is just 3 in parentheses, "(3,)" is a tuple.
                if (close == ')' && items.size() == 1 && !sawComma) {
                    return items.get(0);
                }
                return items;
            }
            items.add(value());
            skipSpace();
            if (!peek(close)) {
                expect(',');
                sawComma = true;
            }
        }
    }

    private String string() {
        char quote = text.charAt(pos++);
        StringBuilder out = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw error("string is not closed");
            }
            char c = text.charAt(pos++);
            if (c == quote) {
                return out.toString();
            }
            if (c == '\n') {
                throw error("string is not closed before the end of the line");
            }
            if (c == '\\') {
                if (pos >= text.length()) {
                    throw error("string is not closed");
                }
                char escaped = text.charAt(pos++);
                switch (escaped) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case '0' -> out.append('\0');
                    case '\\', '\'', '"' -> out.append(escaped);
                    default -> out.append('\\').append(escaped); // Python keeps unknown escapes as written
                }
            } else {
                out.append(c);
            }
        }
    }

    private Long integer() {
        int start = pos;
        if (peek('-') || peek('+')) {
            pos++;
        }
        int digitsStart = pos;
        while (pos < text.length() && isDigit(text.charAt(pos))) {
            pos++;
        }
        if (pos == digitsStart) {
            throw error("expected digits");
        }
        String digits = text.substring(start, pos);
        if (peek('L') || peek('l')) {
            pos++; // Python 2 long suffix
        }
        if (pos < text.length() && (peek('.') || peek('e') || peek('E') || peek('j') || peek('J'))) {
            throw error("expected a whole number");
        }
        try {
            return Long.parseLong(digits.startsWith("+") ? digits.substring(1) : digits);
        } catch (NumberFormatException tooBig) {
            pos = start;
            throw error("number " + digits + " is too large");
        }
    }

    private Object wordOrPrefixedString() {
        int start = pos;
        while (pos < text.length() && Character.isLetterOrDigit(text.charAt(pos))) {
            pos++;
        }
        String word = text.substring(start, pos);
        if (pos < text.length() && (peek('\'') || peek('"')) && isStringPrefix(word)) {
            return string(); // u'...' or b'...': the prefix changes nothing that matters here
        }
        switch (word) {
            case "True":
                return Boolean.TRUE;
            case "False":
                return Boolean.FALSE;
            case "None":
                return null;
            default:
                pos = start;
                throw error("unexpected word '" + word + "'");
        }
    }

    private static boolean isStringPrefix(String word) {
        return word.equalsIgnoreCase("u") || word.equalsIgnoreCase("b");
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private boolean peek(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    private void expect(char c) {
        if (!peek(c)) {
            throw error("expected '" + c + "'");
        }
        pos++;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private IllegalArgumentException error(String problem) {
        return new IllegalArgumentException(problem + " at character " + pos + " of the header");
    }
}
