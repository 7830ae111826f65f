package io.unrolled.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JsonTest {

    @Test
    void nestedMapSurvivesARoundTripWithTypesAndKeyOrder() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("zeta", 1L);
        inner.put("alpha", List.of(true, false));
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("name", "quote \" backslash \\ slash / tab \t newline \n bell \u0007 nul \u0000");
        config.put("unicode", "café ✓ 𝄞 日本");
        config.put("hidden", 64L);
        config.put("big", Long.MIN_VALUE);
        config.put("lr", 0.001);
        config.put("whole double", 3.0);
        config.put("tiny", 4.9e-324);
        config.put("negative zero", -0.0);
        config.put("flags", Arrays.asList(true, null, false));
        config.put("inner", inner);
        config.put("empty map", new LinkedHashMap<>());
        config.put("empty list", new ArrayList<>());
        config.put("nothing", null);

        for (boolean pretty : new boolean[] {false, true}) {
            Object back = Json.parse(Json.write(config, pretty));

            assertEquals(config, back);
            assertEquals(List.copyOf(config.keySet()), List.copyOf(((Map<?, ?>) back).keySet()));
            assertEquals(List.of("zeta", "alpha"), List.copyOf(((Map<?, ?>) ((Map<?, ?>) back).get("inner")).keySet()));
            assertInstanceOf(Double.class, ((Map<?, ?>) back).get("whole double"));
            assertEquals(Double.doubleToRawLongBits(-0.0),
                    Double.doubleToRawLongBits((Double) ((Map<?, ?>) back).get("negative zero")));
        }
    }

    @Test
    void randomDoublesParseBackExactly() {
        Random random = new Random(99);
        for (int i = 0; i < 10_000; i++) {
            double value = Double.longBitsToDouble(random.nextLong());
            if (Double.isFinite(value)) {
                assertEquals(value, Json.parse(Json.write(value)), Json.write(value));
            }
        }
    }

    @Test
    void controlCharactersAreEscapedAndOtherTextIsWrittenAsIs() {
        assertEquals("\"a\\\"b\\\\c\\n\\u0001é\"", Json.write("a\"b\\c\n\u0001é"));
        assertEquals("\"\\ud834\"", Json.write("\ud834"), "a lone surrogate cannot be written as UTF-8");
    }

    @Test
    void nanAndInfinityAreWrittenAsNull() {
        assertEquals("[null,null,null,1.5]",
                Json.write(List.of(Double.NaN, Double.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 1.5)));
    }

    @Test
    void floatsAreWrittenInTheirShortestForm() {
        assertEquals("[0.1,1.0E-5]", Json.write(new float[] {0.1f, 1e-5f}));
        assertEquals("[1,2]", Json.write(new int[] {1, 2}));
    }

    @Test
    void prettyPrintingIndentsByTwoSpaces() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("a", 1L);
        value.put("b", List.of(true, "x"));
        value.put("c", Map.of());

        assertEquals("{\n  \"a\": 1,\n  \"b\": [\n    true,\n    \"x\"\n  ],\n  \"c\": {}\n}", Json.write(value, true));
        assertEquals("{\"a\":1,\"b\":[true,\"x\"],\"c\":{}}", Json.write(value));
    }

    @Test
    void parseGivesLongsForWholeNumbersAndDoublesOtherwise() {
        assertEquals(List.of(0L, -7L, 9_223_372_036_854_775_807L, 1.5, 1e3, -2.5e-3, 1.8446744073709552e19),
                Json.parse("[0, -7, 9223372036854775807, 1.5, 1e3, -2.5E-3, 18446744073709551616]"));
    }

    @Test
    void parseReadsEscapesAndSurrogatePairs() {
        assertEquals("\"\\/\b\f\n\r\t é 𝄞", Json.parse("\"\\\"\\\\\\/\\b\\f\\n\\r\\t \\u00e9 \\ud834\\udd1e\""));
    }

    @Test
    void parseAcceptsPythonsNanAndInfinity() {
        List<?> values = (List<?>) Json.parse("[NaN, Infinity, -Infinity]");

        assertTrue(Double.isNaN((Double) values.get(0)));
        assertEquals(List.of(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY), values.subList(1, 3));
    }

    @Test
    void parseReadsLiteralsAndSurroundingWhitespace() {
        assertEquals(Boolean.TRUE, Json.parse(" \n\ttrue\r\n"));
        assertNull(Json.parse("null"));
        assertEquals("x", Json.parse("\uFEFF\"x\""));
    }

    static Stream<Arguments> malformedJson() {
        // text, then where the error is: line and column from 1, character offset from 0
        return Stream.of(
                Arguments.of("", 1, 1, 0),
                Arguments.of("{\"a\": 1,}", 1, 9, 8),
                Arguments.of("[1, 2", 1, 6, 5),
                Arguments.of("{\"a\" 1}", 1, 6, 5),
                Arguments.of("[01]", 1, 3, 2),
                Arguments.of("[1.]", 1, 4, 3),
                Arguments.of("[-]", 1, 3, 2),
                Arguments.of("[tru]", 1, 2, 1),
                Arguments.of("\"abc", 1, 5, 4),
                Arguments.of("\"\\x\"", 1, 3, 2),
                Arguments.of("\"\\u12g4\"", 1, 6, 5),
                Arguments.of("{\"a\": 1, \"a\": 2}", 1, 10, 9),
                Arguments.of("[1] 2", 1, 5, 4),
                Arguments.of("{\n  \"a\": [1,\n  2,\n  x]\n}", 4, 3, 20),
                Arguments.of("{'a': 1}", 1, 2, 1));
    }

    @ParameterizedTest
    @MethodSource("malformedJson")
    void parseErrorsReportLineColumnAndOffset(String text, int line, int column, int offset) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Json.parse(text));

        assertTrue(e.getMessage().contains("line " + line + ", column " + column + " (character " + offset + ")"),
                e.getMessage());
    }

    @Test
    void unescapedControlCharacterInAStringIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Json.parse("\"a\nb\""));

        assertTrue(e.getMessage().contains("U+000A"), e.getMessage());
    }

    @Test
    void deepNestingIsAnErrorNotAStackOverflow() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Json.parse("[".repeat(100_000)));

        assertTrue(e.getMessage().contains("deep"), e.getMessage());
    }

    @Test
    void writeRefusesWhatJsonCannotHold() {
        Map<Object, Object> numberKey = Map.of(1, "x");
        List<Object> cycle = new ArrayList<>();
        cycle.add(cycle);

        assertThrows(IllegalArgumentException.class, () -> Json.write(new Object()));
        assertThrows(IllegalArgumentException.class, () -> Json.write(numberKey));
        assertThrows(IllegalArgumentException.class, () -> Json.write(cycle));
    }

    @Test
    void theSameListTwiceIsNotACycle() {
        List<Long> shared = List.of(1L);

        assertEquals("[[1],[1]]", Json.write(List.of(shared, shared)));
    }
}
