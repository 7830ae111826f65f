package io.unrolled.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unrolled.data.Corpus;
import io.unrolled.models.LanguageModel;
import io.unrolled.models.ModelKind;
import io.unrolled.trace.BatchGradients;
import io.unrolled.trace.MemoryTrace;
import io.unrolled.train.Checkpoint;
import io.unrolled.train.Ladder;
import io.unrolled.train.MemoryTracer;
import io.unrolled.train.TrainingRun;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Memory view's numbers from the session, without any FX toolkit (the test thread plays the UI thread). */
class MemoryWatchTest {

    private static final List<String> VOCAB = Corpus.humanNumbers().vocab().words();
    private final UiQueue ui = new UiQueue();
    private final TrainingSession session = new TrainingSession(ui);
    private final MemoryWatch memory = session.memory();

    @TempDir
    Path dir;

    @AfterEach
    void shutDown() {
        session.shutdown();
    }

    @Test
    void theWatchedSentenceGetsTheShownModelsFlowAndAComparedFilesFlowOnTheSameWords() throws Exception {
        session.selectModel(ModelKind.LM5);
        memory.watch(true);
        session.sentences().traceStretch(2);
        ui.pumpUntil(() -> memory.traceProperty().get() != null, Duration.ofSeconds(60));
        MemoryTrace m = memory.traceProperty().get();
        assertEquals("lm5", m.model());
        LanguageModel untrained = TrainingRun.initialModel(ModelKind.LM5, Ladder.recipe(ModelKind.LM5), VOCAB.size());
        MemoryTrace expected = new MemoryTracer().trace(untrained, VOCAB, m.words(), "test");
        assertEquals(expected.flow()[7][3], m.flow()[7][3], 1e-6f);

        TrainingRun lm6 = TrainingRun.create(ModelKind.LM6, Ladder.recipe(ModelKind.LM6).withEpochs(1));
        Path file = dir.resolve("lm6.npz");
        Checkpoint.save(file, lm6.model(), VOCAB, lm6.config());
        memory.compareWithFile(file);
        ui.pumpUntil(() -> memory.compareProperty().get() != null, Duration.ofSeconds(60));
        MemoryTrace c = memory.compareProperty().get();
        assertEquals("lm6", c.model());
        assertEquals("loaded from lm6.npz", c.weights());
        assertEquals(new MemoryTracer().trace(lm6.model(), VOCAB, m.words(), "test").flow()[15][0], c.flow()[15][0], 1e-6f);

        memory.compareWithFile(dir.resolve("missing.npz"));
        ui.pumpUntil(() -> memory.problemProperty().get() != null, Duration.ofSeconds(60));
        assertTrue(memory.problemProperty().get().startsWith("Could not load missing.npz"), memory.problemProperty().get());
        assertEquals(c, memory.compareProperty().get(), "a file that cannot be read changes nothing");
    }

    @Test
    void aRunMeasuresHiddenGradientsOnlyWhileAskedAndIsKeptForComparingWhenItEnds() throws Exception {
        session.selectModel(ModelKind.LM4);
        session.configure(42, 1, 0.01);
        memory.watchBatches(true);
        session.train();
        ui.pumpUntil(() -> memory.batchGradientsProperty().get() != null, Duration.ofSeconds(60));
        BatchGradients g = memory.batchGradientsProperty().get();
        assertEquals("LMModel4", g.modelName());
        assertEquals(1, g.layers());
        assertEquals(16, g.steps());
        assertTrue(g.norms()[0][15] > 0);
        ui.pumpUntil(() -> memory.trainedRungs().contains(ModelKind.LM4), Duration.ofSeconds(120));
        memory.watch(true);
        session.sentences().traceStretch(0);
        memory.compareWith(ModelKind.LM4);
        ui.pumpUntil(() -> memory.compareProperty().get() != null, Duration.ofSeconds(60));
        assertTrue(memory.compareProperty().get().weights().startsWith("trained this session, epoch 0"),
                memory.compareProperty().get().weights());
        memory.compareWith(ModelKind.GRU);
        ui.pumpUntil(() -> memory.problemProperty().get() != null, Duration.ofSeconds(60));
        assertEquals("GRU model has not been trained in this session yet.", memory.problemProperty().get());
    }

    @Test
    void withoutTheBatchPlotNothingIsMeasured() throws Exception {
        session.selectModel(ModelKind.LM4);
        session.configure(42, 1, 0.01);
        session.train();
        ui.pumpUntil(() -> memory.trainedRungs().contains(ModelKind.LM4), Duration.ofSeconds(120));
        assertNull(memory.batchGradientsProperty().get());
    }
}
