package io.unrolled.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unrolled.data.Corpus;
import io.unrolled.models.ModelKind;
import io.unrolled.session.TrainingSession;
import io.unrolled.trace.DropoutTrace;
import io.unrolled.trace.SentenceTrace;
import io.unrolled.train.DropoutTracer;
import io.unrolled.train.TrainingRun;
import io.unrolled.viz.GatesView;
import io.unrolled.viz.UnrolledView;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Unrolled and Gates views' train/eval switch, on LMModel7's real training pass. */
@ExtendWith(ApplicationExtension.class)
class TrainModeSwitchTest {

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

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
    }

    @Test
    void theSwitchShowsTheMaskTheModelUsedAndEvalModeTakesItAway(FxRobot robot) throws Exception {
        robot.interact(() -> {
            stage.setWidth(1440);   // the stage is shared by the tests of this class, one of which resizes it
            stage.setHeight(900);
        });
        robot.clickOn("LMModel7");
        robot.clickOn("Unrolled");
        UnrolledView view = window.unrolled();
        waitUntil(() -> view.shownTrace() != null && view.shownTrace().model().equals("lm7"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.trainModeAvailable());
        assertNull(view.shownDropout(), "eval mode to start with, as fastai evaluates");
        assertFalse(view.penaltyBarsShown());
        Image eval = snapshot(robot);
        for (int u = 0; u < 64; u++) {
            assertTrue(darkest(eval, view.unitCellInScene(1, view.cursor(), u)) > DARK, "no cross on unit " + u + " in eval mode");
        }

        robot.clickOn("#train-mode");
        waitUntil(() -> view.shownDropout() != null && view.penaltyBarsShown());
        WaitForAsyncUtils.waitForFxEvents();
        DropoutTrace shown = view.shownDropout();
        assertSame(session.dropout().traceProperty().get(), shown, "the session's own pass");
        SentenceTrace trace = view.shownTrace();
        assertArrayEquals(trace.words(), shown.words());
        // the model's own numbers: the pass of the weights the diagram shows, with the seed it says
        DropoutTrace expected = new DropoutTracer().trace(TrainingRun.initialModel(ModelKind.LM7, session.settings(),
                Corpus.humanNumbers().vocab().size()), trace.words(), 0.4, shown.seed(), 2, 1, "x");
        assertArrayEquals(expected.mask(), shown.mask());
        assertArrayEquals(expected.ar(), shown.ar());
        assertTrue(view.trainModeLegend().contains("p = 0.4") && view.trainModeLegend().contains("×1/(1−p) = ×1.67"),
                view.trainModeLegend());

        // on screen: exactly the units the model dropped carry the black cross (a kept unit's mark is a green dot),
        // for this mask and for the next one the New mask button draws
        int step = view.cursor();
        assertCrossesMatch(view, snapshot(robot), shown, step);
        robot.clickOn("New mask");
        waitUntil(() -> view.shownDropout() != null && view.shownDropout().seed() == shown.seed() + 1);
        DropoutTrace other = view.shownDropout();
        assertFalse(java.util.Arrays.equals(shown.mask(), other.mask()));
        assertCrossesMatch(view, snapshot(robot), other, step);

        robot.clickOn("Gates");
        GatesView gates = window.gates();
        robot.interact(() -> gates.selectLayer(1));
        WaitForAsyncUtils.waitForFxEvents();
        ToggleButton gatesSwitch = robot.lookup("#gates-train-mode").queryAs(ToggleButton.class);
        assertTrue(gatesSwitch.isSelected(), "one switch for both views");
        // showing the tab traces the sentence again (the same weights, the same seed): the same mask, and the one the Unrolled view has
        waitUntil(() -> gates.shownDropout() != null);
        assertSame(view.shownDropout(), gates.shownDropout());
        assertArrayEquals(other.mask(), gates.shownDropout().mask(), "the Gates view's h(t) shows the same mask");
        for (boolean projector : new boolean[] {false, true}) {
            robot.interact(() -> window.setProjectorMode(projector));
            Thread.sleep(100);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(List.of(), gates.partsOutside(), projector ? "in projector mode" : "in normal mode");
        }
        robot.interact(() -> window.setProjectorMode(false));

        robot.clickOn(gatesSwitch);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(gates.shownDropout(), "eval mode: the mask disappears");
        assertNull(view.shownDropout());
        assertNull(session.dropout().traceProperty().get());
        robot.clickOn("Unrolled");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(view.penaltyBarsShown());
        Image evalAgain = snapshot(robot);
        for (int u = 0; u < trace.layers().get(1).hidden(); u++) {
            javafx.geometry.Bounds cell = view.unitCellInScene(1, view.cursor(), u);
            assertTrue(darkest(evalAgain, cell) > DARK, "no cross on unit " + u + " in eval mode");
            assertEquals(darkest(eval, cell), darkest(evalAgain, cell), 0.02, "unit " + u + " drawn as in eval mode before");
        }
    }

    @Test
    void aRungWithoutDropoutHidesTheSwitchOverTheDiagramAndDisablesItBesideTheCellSayingWhy(FxRobot robot) throws Exception {
        robot.clickOn("LMModel6");
        robot.clickOn("Unrolled");
        UnrolledView view = window.unrolled();
        waitUntil(() -> view.shownTrace() != null && view.shownTrace().model().equals("lm6"));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(view.trainModeAvailable());
        ToggleButton overDiagram = robot.lookup("#train-mode").queryAs(ToggleButton.class);
        assertFalse(overDiagram.getParent().isVisible() || overDiagram.getParent().isManaged(),
                "no row over the diagram for a switch that can do nothing");
        robot.clickOn("LMModel7");
        waitUntil(() -> view.shownTrace() != null && view.shownTrace().model().equals("lm7"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.trainModeAvailable() && overDiagram.getParent().isVisible(), "LMModel7 has dropout: the switch is back");
        robot.clickOn("LMModel6");
        robot.clickOn("Gates");
        waitUntil(() -> view.shownTrace() != null && view.shownTrace().model().equals("lm6"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#gates-train-mode").queryAs(ToggleButton.class).isDisabled(),
                "beside the cell's step buttons the switch stays, disabled");
        assertEquals("Eval mode: LMModel6 has no dropout.", view.trainModeLegend());
    }

    @Test
    void nothingIsCutOffInTrainModeAtEitherScreenSize(FxRobot robot) throws Exception {
        robot.clickOn("LMModel7");
        robot.clickOn("Unrolled");
        UnrolledView view = window.unrolled();
        waitUntil(() -> view.shownTrace() != null && view.shownTrace().model().equals("lm7"));
        robot.interact(() -> view.setTrainMode(true));
        waitUntil(() -> view.shownDropout() != null);
        for (double[] size : new double[][] {{1440, 900}, {1366, 768}}) {
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            for (boolean projector : new boolean[] {false, true}) {
                robot.interact(() -> window.setProjectorMode(projector));
                Thread.sleep(150);
                WaitForAsyncUtils.waitForFxEvents();
                String where = size[0] + "×" + size[1] + (projector ? " projector" : "");
                assertTrue(view.penaltyBarsShown(), where);
                if (size[1] < 900 && projector) {
                    // the diagram itself does not fit a 768-pixel projector even in eval mode; train mode's own parts must
                    assertEquals(List.of(), view.partsOutside().stream()
                            .filter(p -> p.contains("train-mode") || p.contains("penalty-bars")).toList(), where);
                } else {
                    assertEquals(List.of(), view.partsOutside(), where);
                }
            }
        }
        robot.interact(() -> view.setTrainMode(false));
        Thread.sleep(150);
        WaitForAsyncUtils.waitForFxEvents();
        System.out.println("eval mode at 1366×768 projector, parts outside: " + view.partsOutside().size());
    }

    private Image snapshot(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Image[] out = new Image[1];
        robot.interact(() -> out[0] = stage.getScene().snapshot(null));
        return out[0];
    }

    /** HSB brightness under which a pixel counts as the cross's black: the tile colours and the green dot stay above it. */
    private static final double DARK = 0.4;

    private static void assertCrossesMatch(UnrolledView view, Image image, DropoutTrace d, int step) {
        for (int u = 0; u < d.hidden(); u++) {
            double darkest = darkest(image, view.unitCellInScene(1, step, u));
            assertEquals(d.dropped(step, u), darkest < DARK, "unit " + u + " (darkest pixel " + darkest + " in " + view.unitCellInScene(1, step, u) + ")");
        }
    }

    /** The lowest HSB brightness inside the cell, its edge pixels left out (a neighbour's cross may touch them). */
    private static double darkest(Image image, javafx.geometry.Bounds cell) {
        double min = 1;
        for (int y = (int) Math.ceil(cell.getMinY()) + 1; y < (int) Math.floor(cell.getMaxY()) - 1 + 1; y++) {
            for (int x = (int) Math.ceil(cell.getMinX()) + 1; x < (int) Math.floor(cell.getMaxX()); x++) {
                min = Math.min(min, image.getPixelReader().getColor(x, y).getBrightness());
            }
        }
        return min;
    }
}
