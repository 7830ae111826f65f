package io.unrolled.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unrolled.models.ModelKind;
import io.unrolled.session.TrainingSession;
import io.unrolled.session.TrainingSession.State;
import io.unrolled.trace.SentenceTrace;
import io.unrolled.viz.UnrolledView;
import java.util.ArrayList;
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

/** The Unrolled tab in the 1440×900 window, on the real model's traces. */
@ExtendWith(ApplicationExtension.class)
class UnrolledTabTest {

    private TrainingSession session;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        session = new TrainingSession(Platform::runLater);
        window = new MainWindow(session);
        WindowOnStage.show(stage, window, 1440, 900);
    }

    @AfterEach
    void shutDown() {
        session.shutdown();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition, int seconds) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
    }

    private UnrolledView open(FxRobot robot) throws Exception {
        robot.clickOn("Unrolled");
        UnrolledView view = window.unrolled();
        waitUntil(() -> view.shownTrace() != null, 60);
        return view;
    }

    @Test
    void theTabShowsTheSessionsTraceAndRightStepsTheSentenceNotTheTrainer(FxRobot robot) throws Exception {
        robot.clickOn("LMModel4");
        UnrolledView view = open(robot);
        waitUntil(() -> view.shownTrace().model().equals(ModelKind.LM4.id()), 60);
        SentenceTrace trace = view.shownTrace();
        assertSame(session.sentences().traceProperty().get(), trace, "the view draws the session's own trace");
        assertEquals("before training", trace.weights());
        assertEquals(16, trace.steps());
        robot.clickOn(".diagram-pane");
        robot.press(KeyCode.LEFT).release(KeyCode.LEFT);
        assertEquals(14, view.cursor());
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(15, view.cursor());
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(State.IDLE, session.stateProperty().get(), "Right stepped the diagram, it did not train a batch");
        assertEquals(0, session.batchesSeenProperty().get());
    }

    @Test
    void theDiagramIsRetracedWhileTheModelTrains(FxRobot robot) throws Exception {
        // LMModel6, not LMModel4: on a quiet host LMModel4's two epochs end within one re-trace interval
        robot.clickOn("LMModel6");
        UnrolledView view = open(robot);
        waitUntil(() -> view.shownTrace().model().equals(ModelKind.LM6.id()), 60);
        List<String> captions = new ArrayList<>();
        robot.interact(() -> session.sentences().traceProperty().addListener((o, was, now) -> captions.add(now.weights())));
        robot.interact(() -> view.requestFocus());
        FieldTyping.replaceText(robot, "#epochs-field", "2");
        robot.clickOn("Train");
        waitUntil(() -> session.stateProperty().get() == State.FINISHED, 180);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(captions.stream().filter(c -> c.startsWith("epoch")).distinct().count() >= 2,
                "traced again at different points of the run: " + captions);
        assertSame(session.sentences().traceProperty().get(), view.shownTrace(), "the diagram shows the newest trace");
        assertTrue(view.shownTrace().weights().startsWith("epoch 1,"), "the last of two epochs, counted from 0: " + view.shownTrace().weights());
    }

    @Test
    void everyRungFitsTheWindowInNormalAndProjectorMode(FxRobot robot) throws Exception {
        UnrolledView view = open(robot);
        for (ModelKind kind : ModelKind.values()) {
            robot.interact(() -> window.ladder.selectedProperty().set(kind));
            waitUntil(() -> view.shownTrace() != null && view.shownTrace().model().equals(kind.id()), 60);
            for (boolean projector : new boolean[] {false, true}) {
                robot.interact(() -> window.setProjectorMode(projector));
                Thread.sleep(kind == ModelKind.LM2 ? 200 : 50);
                WaitForAsyncUtils.waitForFxEvents();
                assertNotNull(view.shownTrace());
                assertEquals(List.of(), view.partsOutside(), kind + (projector ? " in projector mode" : ""));
            }
            robot.interact(() -> window.setProjectorMode(false));
        }
    }
}
