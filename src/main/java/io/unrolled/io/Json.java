package io.unrolled.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.jr.ob.JSON;
import com.fasterxml.jackson.jr.ob.JacksonJrExtension;
import com.fasterxml.jackson.jr.ob.api.ExtensionContext;
import com.fasterxml.jackson.jr.ob.api.ReaderWriterProvider;
import com.fasterxml.jackson.jr.ob.api.ValueWriter;
import com.fasterxml.jackson.jr.ob.impl.JSONWriter;
import java.io.IOException;

/**
 * Our settings for jackson-jr, in one place: the model config stored in .npz files and the
 * commands' {@code --json} reports are plain maps, lists, strings, numbers and booleans.
 *
 * <p>Reading gives {@code Map}s (key order kept), {@code List}s and boxed numbers ({@code Integer},
 * {@code Long} or {@code BigInteger} for whole numbers, {@code Double} otherwise).
 */
public final class Json {
    // NaN and infinities have no JSON spelling; null keeps a report valid JSON for every reader.
    private static final JSON WRITER = JSON.builder().register(new NonFiniteAsNull()).build();
    // Python's json.dumps writes NaN and Infinity by default, so a config made in Python may hold them.
    // A duplicate key means a broken file; picking one of the two values would hide it.
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final JSON READER = JSON.builder(FACTORY).build();

    private Json() {
    }

    /** Compact JSON on one line. */
    public static String write(Object value) {
        return write(value, false);
    }

    /**
     * JSON text; with {@code pretty}, indented over several lines.
     *
     * @throws IllegalArgumentException for a value jackson-jr cannot write
     */
    public static String write(Object value, boolean pretty) {
        try {
            return (pretty ? WRITER.with(JSON.Feature.PRETTY_PRINT_OUTPUT) : WRITER).asString(value);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write as JSON: " + e.getMessage(), e);
        }
    }

    /** Parses one JSON value; see {@link #parse(byte[])}. */
    public static Object parse(String text) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            return wholeValue(parser);
        } catch (IOException e) {
            throw invalid(e);
        }
    }

    /**
     * Parses one JSON value from UTF-8 bytes (a leading byte order mark is skipped).
     *
     * @throws IllegalArgumentException for malformed text, in one line that gives line and column
     */
    public static Object parse(byte[] utf8) {
        try (JsonParser parser = FACTORY.createParser(utf8)) {
            return wholeValue(parser);
        } catch (IOException e) {
            throw invalid(e);
        }
    }

    // Text after the value means a damaged or concatenated file, not a config to half-read.
    private static Object wholeValue(JsonParser parser) throws IOException {
        Object value = READER.anyFrom(parser);
        if (parser.nextToken() != null) {
            throw new JsonParseException(parser, "unexpected text after the JSON value");
        }
        return value;
    }

    // Jackson's own message runs over two lines and names a redacted source; one line reads better.
    private static IllegalArgumentException invalid(IOException e) {
        if (e instanceof JsonProcessingException p && p.getLocation() != null) {
            return new IllegalArgumentException("Invalid JSON at line " + p.getLocation().getLineNr() + ", column "
                    + p.getLocation().getColumnNr() + ": " + p.getOriginalMessage(), e);
        }
        return new IllegalArgumentException("Invalid JSON: " + e.getMessage(), e);
    }

    private static final class NonFiniteAsNull extends JacksonJrExtension {
        @Override
        protected void register(ExtensionContext ctxt) {
            ctxt.insertProvider(new ReaderWriterProvider() {
                @Override
                public ValueWriter findValueWriter(JSONWriter writer, Class<?> type) {
                    return type == Double.class || type == Float.class ? NON_FINITE_AS_NULL : null;
                }
            });
        }
    }

    private static final ValueWriter NON_FINITE_AS_NULL = new ValueWriter() {
        @Override
        public void writeValue(JSONWriter context, JsonGenerator g, Object value) throws IOException {
            if (value instanceof Float f && Float.isFinite(f)) {
                g.writeNumber(f); // Float's own shortest form: "0.1", not "0.10000000149011612"
            } else if (value instanceof Double d && Double.isFinite(d)) {
                g.writeNumber(d);
            } else {
                g.writeNull();
            }
        }

        @Override
        public Class<?> valueType() {
            return Number.class;
        }
    };
}
