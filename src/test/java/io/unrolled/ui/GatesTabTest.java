package io.unrolled.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.unrolled.session.TrainingSession;
import io.unrolled.session.TrainingSession.State;
import io.unrolled.trace.LstmLayerTrace;
import io.unrolled.viz.GatesView;
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

/** The Gates tab in the 1440×900 window, on the real LMModel6's trace. */
@ExtendWith(ApplicationExtension.class)
class GatesTabTest {

    private TrainingSession session;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        session = new TrainingSession(Platform::runLater);
        window = new MainWindow(session);
        WindowOnStage.show(stage, window, 1440, 900);
    }

    @AfterEach
    void shutDown() {
        session.shutdown();
    }

    @Test
    void theGatesTabFollowsTheUnrolledCursorAndItsKeysStepTheSentenceNotTheTrainer(FxRobot robot) throws Exception {
        robot.clickOn("LMModel6");
        robot.clickOn("Gates");
        GatesView gates = window.gates();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> window.unrolled().shownTrace() != null && window.unrolled().shownTrace().model().equals("lm6"));
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(session.sentences().traceProperty().get(), window.unrolled().shownTrace(), "the session's own trace");
        int start = gates.cursor();
        robot.press(KeyCode.LEFT).release(KeyCode.LEFT);
        robot.press(KeyCode.LEFT).release(KeyCode.LEFT);
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(start - 1, gates.cursor());
        assertEquals(start - 1, window.unrolled().cursor(), "one cursor for both tabs");
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(State.IDLE, session.stateProperty().get(), "Right stepped the cell, it did not train a batch");
        assertEquals(0, session.batchesSeenProperty().get());
        // the real model's numbers obey the cell's identities; the view draws them
        LstmLayerTrace l = (LstmLayerTrace) window.unrolled().shownTrace().layers().get(1);
        int t = gates.cursor();
        for (int u = 0; u < l.hidden(); u++) {
            assertEquals(l.f()[t * 64 + u] * l.c(t - 1, u) + l.i()[t * 64 + u] * l.g()[t * 64 + u], l.c(t, u), 1e-5);
            assertEquals(l.o()[t * 64 + u] * Math.tanh(l.c(t, u)), l.h(t, u), 1e-5);
        }
        robot.interact(() -> gates.selectLayer(1));
        for (boolean projector : new boolean[] {false, true}) {
            robot.interact(() -> window.setProjectorMode(projector));
            Thread.sleep(100);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(List.of(), gates.partsOutside(), projector ? "in projector mode" : "in normal mode");
        }
    }

    @Test
    void withAUnitOpenedNothingIsCutOffAt1440x900Or1366x768InNormalOrProjectorMode(FxRobot robot) throws Exception {
        robot.clickOn("LMModel6");
        robot.clickOn("Gates");
        GatesView gates = window.gates();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> window.unrolled().shownTrace() != null && window.unrolled().shownTrace().model().equals("lm6"));
        robot.interact(() -> {
            gates.selectLayer(1);
            gates.pickUnit(12);
        });
        for (double[] size : new double[][] {{1440, 900}, {1366, 768}}) {
            for (boolean projector : new boolean[] {false, true}) {
                robot.interact(() -> {
                    stage.setWidth(size[0]);
                    stage.setHeight(size[1]);
                    window.setProjectorMode(projector);
                });
                Thread.sleep(150);
                WaitForAsyncUtils.waitForFxEvents();
                String where = (int) size[0] + "×" + (int) size[1] + (projector ? " in projector mode" : "");
                assertEquals(List.of(), gates.partsOutside(), where);
                assertEquals(12, gates.unit(), where);
                System.out.printf("gates view at %s: %.0f×%.0f%n", where, gates.getWidth(), gates.getHeight());
            }
        }
    }
}
