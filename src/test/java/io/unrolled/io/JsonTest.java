package io.unrolled.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Our settings for jackson-jr; the library's own parsing is its business, not ours. */
class JsonTest {

    @Test
    void aCheckpointConfigSurvivesARoundTripWithKeyOrderCompactAndPretty() {
        Map<String, Object> train = new LinkedHashMap<>();
        train.put("epochs", 15);
        train.put("lr_max", 0.001);
        train.put("moms", List.of(0.95, 0.85, 0.95));
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("format", "unrolled-checkpoint");
        config.put("model", "lm4");
        config.put("vocab", List.of("xxbos", ".", "one", "café ✓"));
        config.put("dropout", 0.0);
        config.put("train", train);

        for (boolean pretty : new boolean[] {false, true}) {
            Object back = Json.parse(Json.write(config, pretty));

            assertEquals(config, back);
            assertEquals(List.copyOf(config.keySet()), List.copyOf(((Map<?, ?>) back).keySet()));
        }
        assertEquals(1, Json.write(config).lines().count(), "compact JSON is one line");
    }

    @Test
    void floatsAreWrittenInTheirShortestFormAndDoublesExactly() {
        assertEquals("[0.1,1.0E-5]", Json.write(List.of(0.1f, 1e-5f)));
        assertEquals(List.of(0.1, 4.9e-324), Json.parse(Json.write(List.of(0.1, 4.9e-324))));
    }

    @Test
    void nanAndInfinitiesAreWrittenAsNullSoTheReportStaysValidJson() {
        assertEquals("[null,null,null,1.5]",
                Json.write(List.of(Double.NaN, Double.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 1.5)));
    }

    @Test
    void nanAndInfinityAsPythonsJsonDumpsWritesThemAreRead() {
        assertEquals(List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY),
                Json.parse("[NaN, Infinity, -Infinity]"));
    }

    @Test
    void utf8BytesWithAByteOrderMarkAreRead() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "{\"note\": \"ünïcode\"}".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(text, 0, bytes, bom.length, text.length);

        assertEquals(Map.of("note", "ünïcode"), Json.parse(bytes));
    }

    @Test
    void aDuplicateKeyIsRefusedNotResolvedSilently() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Json.parse("{\"hidden\": 64, \"hidden\": 32}"));

        assertTrue(e.getMessage().contains("hidden"), e.getMessage());
    }

    @Test
    void textAfterTheValueIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Json.parse("{\"a\": 1} {\"a\": 2}"));
    }

    @Test
    void malformedTextGivesOneLineWithLineAndColumn() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Json.parse("{\n  \"a\": [1,\n  2,\n  x]\n}"));

        assertTrue(e.getMessage().startsWith("Invalid JSON at line 4, column "), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
    }

    @Test
    void aHostileDeeplyNestedConfigIsAnErrorNotAStackOverflow() {
        assertThrows(IllegalArgumentException.class, () -> Json.parse("[".repeat(100_000).getBytes(StandardCharsets.UTF_8)));
    }
}
