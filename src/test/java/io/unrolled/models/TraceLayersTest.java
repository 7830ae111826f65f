package io.unrolled.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.unrolled.data.Batch;
import io.unrolled.data.Corpus;
import io.unrolled.trace.GruLayerTrace;
import io.unrolled.trace.LayerTrace;
import io.unrolled.trace.LstmLayerTrace;
import io.unrolled.trace.RnnLayerTrace;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A row traced out of a batch of several (as the training trace does) is that row alone through the model. */
class TraceLayersTest {

    @ParameterizedTest
    @EnumSource(value = ModelKind.class, names = {"LM2", "LM4", "LM5", "LM6", "GRU"})
    void rowROfABatchTracesAsTheSameWordsInABatchOfOne(ModelKind kind) {
        int sl = kind.predictsEveryStep() ? 16 : 3;
        int targets = kind.predictsEveryStep() ? sl : 1;
        int rows = 4;
        int row = 2;
        int[] x = new int[rows * sl];
        for (int k = 0; k < x.length; k++) {
            x[k] = Corpus.humanNumbers().num(100 + 7 * k);
        }
        LanguageModel model = Models.create(ModelConfig.book(kind, 30), 9);
        model.forward(new Batch(rows, sl, targets, x, new int[rows * targets], 0), false);
        List<LayerTrace> fromBatch = model.traceLayers(row);
        int[] rowWords = new Batch(rows, sl, targets, x, new int[rows * targets], 0).xRow(row);
        LanguageModel single = Models.create(ModelConfig.book(kind, 30), 9);
        single.forward(new Batch(1, sl, targets, rowWords, new int[targets], 0), false);
        List<LayerTrace> fromOne = single.traceLayers(0);
        assertEquals(fromOne.size(), fromBatch.size());
        for (int l = 0; l < fromOne.size(); l++) {
            assertSameValues(fromOne.get(l), fromBatch.get(l));
        }
    }

    private static void assertSameValues(LayerTrace want, LayerTrace got) {
        assertEquals(want.getClass(), got.getClass());
        assertArrayEquals(want.h0(), got.h0());
        assertArrayEquals(want.h(), got.h(), 1e-6f);
        if (want instanceof RnnLayerTrace a) {
            RnnLayerTrace b = (RnnLayerTrace) got;
            assertArrayEquals(a.input(), b.input(), 1e-6f);
            assertArrayEquals(a.pre(), b.pre(), 1e-6f);
        } else if (want instanceof LstmLayerTrace a) {
            LstmLayerTrace b = (LstmLayerTrace) got;
            assertArrayEquals(a.i(), b.i(), 1e-6f);
            assertArrayEquals(a.f(), b.f(), 1e-6f);
            assertArrayEquals(a.g(), b.g(), 1e-6f);
            assertArrayEquals(a.o(), b.o(), 1e-6f);
            assertArrayEquals(a.c(), b.c(), 1e-6f);
        } else {
            GruLayerTrace a = (GruLayerTrace) want;
            GruLayerTrace b = (GruLayerTrace) got;
            assertArrayEquals(a.r(), b.r(), 1e-6f);
            assertArrayEquals(a.z(), b.z(), 1e-6f);
            assertArrayEquals(a.n(), b.n(), 1e-6f);
        }
    }
}
