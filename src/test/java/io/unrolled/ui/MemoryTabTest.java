package io.unrolled.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unrolled.models.LanguageModel;
import io.unrolled.models.ModelKind;
import io.unrolled.session.TrainingSession;
import io.unrolled.session.TrainingSession.State;
import io.unrolled.trace.MemoryTrace;
import io.unrolled.train.Ladder;
import io.unrolled.train.MemoryTracer;
import io.unrolled.train.TrainingRun;
import io.unrolled.viz.MemoryView;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Memory tab in the 1366×768 window on the session's real models: their own numbers, the shared cursor, a run kept for comparing. */
@ExtendWith(ApplicationExtension.class)
class MemoryTabTest {

    private TrainingSession session;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        session = new TrainingSession(Platform::runLater);
        window = new MainWindow(session);
        WindowOnStage.show(stage, window, 1366, 768);
    }

    @AfterEach
    void shutDown() {
        session.shutdown();
    }

    @Test
    void theMemoryTabShowsTheModelsOwnFlowFollowsTheCursorAndOffersAFinishedRunForComparing(FxRobot robot) throws Exception {
        robot.clickOn("LMModel4");
        robot.clickOn("Memory");
        MemoryView memory = window.memory();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> shown() != null && shown().model().equals("lm4"));
        WaitForAsyncUtils.waitForFxEvents();
        MemoryTrace m = shown();
        assertEquals(List.copyOf(toList(window.unrolled().shownTrace().words())), List.copyOf(toList(m.words())), "the Unrolled view's sentence");
        LanguageModel untrained = TrainingRun.initialModel(ModelKind.LM4, Ladder.recipe(ModelKind.LM4), m.vocab().size());
        MemoryTrace expected = new MemoryTracer().trace(untrained, m.vocab(), m.words(), "test");
        for (int p = 0; p < m.after().length; p++) {
            for (int t = 0; t < m.steps(); t++) {
                assertEquals(expected.flow()[p][t], m.flow()[p][t], 1e-6f * (1 + expected.flow()[p][t]), "prediction " + p + ", word " + t);
            }
        }
        int start = memory.shownPrediction();
        robot.press(KeyCode.LEFT).release(KeyCode.LEFT);
        robot.press(KeyCode.LEFT).release(KeyCode.LEFT);
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(start - 1, memory.shownPrediction(), "the keys move the prediction");
        assertEquals(start - 1, window.unrolled().cursor(), "one cursor for the Unrolled and Memory tabs");
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(State.IDLE, session.stateProperty().get(), "Right moved the prediction, it did not train a batch");

        // one batch, then Stop: the run ends and its weights are offered for comparing
        robot.interact(session::stepOnce);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> session.batchesSeenProperty().get() > 0);
        robot.interact(session::stop);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> session.memory().trainedRungs().contains(ModelKind.LM4));
        robot.clickOn("#memory-compare");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> session.memory().compareProperty().get() != null);
        MemoryTrace compared = session.memory().compareProperty().get();
        assertEquals("lm4", compared.model());
        assertTrue(compared.weights().startsWith("trained this session"), compared.weights());
        for (boolean projector : new boolean[] {false, true}) {
            robot.interact(() -> window.setProjectorMode(projector));
            Thread.sleep(100);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(List.of(), memory.partsOutside(), projector ? "in projector mode" : "in normal mode");
        }
    }

    private MemoryTrace shown() {
        return session.memory().traceProperty().get();
    }

    private static List<Integer> toList(int[] a) {
        return java.util.Arrays.stream(a).boxed().toList();
    }
}
