package io.unrolled.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unrolled.models.ModelKind;
import io.unrolled.session.TrainingSession;
import io.unrolled.viz.UnrolledView;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Unrolled tab on a classroom's screens, 1366×768 and 1920×1080, in normal and projector mode,
 * for every rung on the real model's trace: nothing cut off (no shape off the canvas, no control off
 * the view, no button pushed out of the playback bar) and the diagram keeps the height it needs.
 */
@ExtendWith(ApplicationExtension.class)
class UnrolledScreenSizesTest {

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

    private void resize(FxRobot robot, double width, double height) throws Exception {
        robot.interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Math.abs(window.getScene().getWidth() - width) < 1);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** What is cut off or too low, for every rung at one size, in both modes. */
    private List<String> problems(FxRobot robot, UnrolledView view, int width, int height, double[] floors) throws Exception {
        resize(robot, width, height);
        List<String> found = new ArrayList<>();
        for (ModelKind kind : ModelKind.values()) {
            robot.interact(() -> window.ladder.selectedProperty().set(kind));
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> view.shownTrace() != null && view.shownTrace().model().equals(kind.id()));
            for (boolean projector : new boolean[] {false, true}) {
                robot.interact(() -> window.setProjectorMode(projector));
                Thread.sleep(kind == ModelKind.LM2 ? 200 : 50);
                WaitForAsyncUtils.waitForFxEvents();
                String where = kind + " at " + width + "×" + height + (projector ? " in projector mode" : "");
                view.partsOutside().forEach(p -> found.add(where + ": " + p));
                double diagram = view.lookup(".diagram-pane").getLayoutBounds().getHeight();
                // LMModel7 gives one row to its train/eval switch (the other rungs have no dropout to show)
                double floor = floors[projector ? 1 : 0] - (kind.hasDropout() ? (projector ? 25 : 10) : 0);
                if (diagram < floor) {
                    found.add(where + ": the diagram is " + Math.round(diagram) + " px tall, under " + floor);
                }
                System.out.printf("%s: diagram %.0f px%n", where, diagram);
                if (kind == ModelKind.LM6 || kind == ModelKind.LM3) {
                    shoot(robot, "unrolled-" + kind.id() + "-" + width + "x" + height + (projector ? "-projector" : ""));
                }
            }
            robot.interact(() -> window.setProjectorMode(false));
        }
        return found;
    }

    /** A PNG of the window in target/viz-shots, for a person to look at. */
    private void shoot(FxRobot robot, String name) {
        java.io.File dir = new java.io.File("target/viz-shots");
        dir.mkdirs();
        robot.interact(() -> {
            try {
                javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(window.getScene().snapshot(null), null), "png",
                        new java.io.File(dir, name + ".png"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private UnrolledView open(FxRobot robot) throws Exception {
        robot.clickOn("Unrolled");
        UnrolledView view = window.unrolled();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> view.shownTrace() != null);
        return view;
    }

    @Test
    void at1366x768EveryRungFitsAndTheDiagramKeepsItsHeightAlsoInProjectorMode(FxRobot robot) throws Exception {
        UnrolledView view = open(robot);
        List<String> found = problems(robot, view, 1366, 768, new double[] {400, 250});
        assertEquals(List.of(), found.subList(0, Math.min(4, found.size())), found.size() + " problems");
    }

    @Test
    void at1920x1080EveryRungFitsAndTheDiagramKeepsItsHeightAlsoInProjectorMode(FxRobot robot) throws Exception {
        UnrolledView view = open(robot);
        List<String> found = problems(robot, view, 1920, 1080, new double[] {700, 550});
        assertEquals(List.of(), found.subList(0, Math.min(4, found.size())), found.size() + " problems");
    }
}
