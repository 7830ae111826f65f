package io.unrolled.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.jr.ob.JSON;
import io.unrolled.data.Corpus;
import io.unrolled.data.TypedText;
import io.unrolled.models.LanguageModel;
import io.unrolled.models.ModelConfig;
import io.unrolled.models.ModelKind;
import io.unrolled.models.Models;
import io.unrolled.trace.LstmLayerTrace;
import io.unrolled.trace.SentenceTrace;
import io.unrolled.trace.SentenceTraceJson;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The trace command's file holds the trace's own numbers under the names issue 12 gives. */
class SentenceTraceJsonTest {

    private static final List<String> VOCAB = Corpus.humanNumbers().vocab().words();

    private static SentenceTrace trace(ModelKind kind, String text) {
        LanguageModel model = Models.create(ModelConfig.book(kind, VOCAB.size()), 3);
        int[] ids = TypedText.parse(text, Corpus.humanNumbers().vocab()).ids();
        return new SentenceTracer().trace(model, VOCAB, ids, VOCAB.indexOf("four"), "before training");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anLstmTraceReadsBackWithEveryFieldAndNumber() throws Exception {
        SentenceTrace t = trace(ModelKind.LM6, "seven thousand three hundred forty");
        Map<String, Object> m = JSON.std.mapFrom(SentenceTraceJson.write(t));
        assertEquals("lm6", m.get("model"));
        assertEquals(VOCAB, m.get("vocab"));
        assertEquals(List.of("seven", "thousand", "three", "hundred", "forty"), m.get("words"));
        List<Map<String, Object>> predictions = (List<Map<String, Object>>) m.get("predictions");
        assertEquals(5, predictions.size());
        assertEquals(2, ((Number) predictions.get(2).get("after")).intValue());
        List<Number> probs = (List<Number>) predictions.get(2).get("probs");
        assertEquals(30, probs.size());
        assertEquals(t.predictions().get(2).probs()[7], probs.get(7).floatValue(), 0f, "floats survive exactly");
        assertEquals("hundred", predictions.get(2).get("target"));
        assertEquals("four", predictions.get(4).get("target"), "the word after the sentence");
        List<Map<String, Object>> layers = (List<Map<String, Object>>) m.get("layers");
        assertEquals(2, layers.size());
        assertEquals(List.of("h", "c", "i", "f", "g", "o"), List.copyOf(layers.get(1).keySet()));
        List<List<Number>> f = (List<List<Number>>) layers.get(1).get("f");
        assertEquals(5, f.size());
        assertEquals(64, f.get(0).size());
        LstmLayerTrace top = (LstmLayerTrace) t.layers().get(1);
        assertEquals(top.f()[3 * 64 + 10], f.get(3).get(10).floatValue(), 0f, "row t, column unit");
        List<Number> flow = (List<Number>) m.get("gradient_flow");
        assertEquals(5, flow.size());
        assertEquals(t.gradientFlow()[1], flow.get(1).floatValue(), 0f);
        assertEquals("before training", m.get("weights"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aGruLayerNamesItsGatesAndAnRnnLayerOnlyH() throws Exception {
        Map<String, Object> gru = JSON.std.mapFrom(SentenceTraceJson.write(trace(ModelKind.GRU, "one two")));
        assertEquals(List.of("h", "r", "z", "n"), List.copyOf(((List<Map<String, Object>>) gru.get("layers")).get(0).keySet()));
        Map<String, Object> lm1 = JSON.std.mapFrom(SentenceTraceJson.write(trace(ModelKind.LM1, "one two three")));
        assertEquals(List.of("h"), List.copyOf(((List<Map<String, Object>>) lm1.get("layers")).get(0).keySet()));
        assertEquals(1, ((List<Object>) lm1.get("predictions")).size());
        Map<String, Object> open = JSON.std.mapFrom(SentenceTraceJson.write(
                new SentenceTracer().trace(Models.create(ModelConfig.book(ModelKind.LM4, 30), 1), VOCAB, new int[] {1, 2}, -1, "x")));
        assertNull(((List<Map<String, Object>>) open.get("predictions")).get(1).get("target"), "an unknown next word is null");
    }

    @Test
    void theTextFormGivesEachWordItsTopThreeAndSaysWhetherTheChoiceWasRight() {
        SentenceTrace t = trace(ModelKind.LM3, "one two three four five six");
        List<String> lines = io.unrolled.trace.SentenceTraceText.lines(t);
        assertEquals("LMModel3, before training, eval mode from a zero state", lines.get(0));
        assertEquals(2 + 6, lines.size(), "a header, a column line, one line per word read");
        assertEquals("  0  one    two    (no prediction here)", lines.get(2));
        var p = t.predictions().get(1);   // after "six", the sentence's last word
        String top = VOCAB.get(p.ranked(0));
        String expected = String.format("  5  six    four   %s %.1f %%", top, 100 * p.probs()[p.ranked(0)]);
        assertEquals(expected, lines.get(7).substring(0, expected.length()));
        assertTrue(lines.get(7).endsWith(p.ranked(0) == VOCAB.indexOf("four") ? "right" : "wrong"), lines.get(7));
    }
}
