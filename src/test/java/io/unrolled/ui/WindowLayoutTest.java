package io.unrolled.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unrolled.session.TrainingSession;
import io.unrolled.session.TrainingSession.State;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window's layout at the screen sizes and zoom steps of a classroom: bounds and pixels, as a user sees them. */
@ExtendWith(ApplicationExtension.class)
class WindowLayoutTest {

    private static final String[] ZOOM_NAMES = {"80 %", "90 %", "100 %", "115 %", "130 %", "150 %"};

    private TrainingSession session;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        session = new TrainingSession(Platform::runLater);
        window = new MainWindow(session);
        Scene scene = new Scene(window, 1366, 768);
        scene.getStylesheets().add(WindowLayoutTest.class.getResource("/io/unrolled/css/base.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void shutDown() {
        session.shutdown();
    }

    private void resize(FxRobot robot, double width, double height) {
        robot.interact(() -> {
            // in the screen's corner: a window that reaches past Monocle's screen makes its painter overflow
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        // a loaded machine may take more than one pulse to settle the new size
        try {
            WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                    () -> Math.abs(window.getScene().getWidth() - width) < 1 && Math.abs(window.getScene().getHeight() - height) < 40);
        } catch (java.util.concurrent.TimeoutException e) {
            // the assertion below says what size it got
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(width, window.getScene().getWidth(), 1, "the window is as wide as the screen under test");
    }

    private static void key(FxRobot robot, KeyCode... chord) {
        robot.press(chord);
        for (int k = chord.length - 1; k >= 0; k--) {
            robot.release(chord[k]);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Ctrl 0, then Ctrl − twice: the smallest zoom step, 80 %. */
    private static void zoomToSmallest(FxRobot robot) {
        key(robot, KeyCode.CONTROL, KeyCode.DIGIT0);
        key(robot, KeyCode.CONTROL, KeyCode.MINUS);
        key(robot, KeyCode.CONTROL, KeyCode.MINUS);
    }

    /**
     * At each zoom step from 80 % to 150 % (Ctrl + between them): each plot lower than {@code floor},
     * and the charts if they run under the right panel.
     */
    private List<String> plotsLowerThan(FxRobot robot, double floor) {
        zoomToSmallest(robot);
        List<String> low = new ArrayList<>();
        for (String zoom : ZOOM_NAMES) {
            WaitForAsyncUtils.waitForFxEvents();
            for (LiveChart chart : window.charts.all()) {
                double h = chart.plotAreaHeight();
                if (h < floor) {
                    low.add(chart.title() + " at " + zoom + ": " + Math.round(h) + " px");
                }
            }
            double chartsEnd = sceneBounds(window.charts).getMaxX();
            double panelStart = sceneBounds(window.getRight()).getMinX();
            if (chartsEnd > panelStart + 0.5) {
                low.add("the charts run under the right panel at " + zoom + ": " + Math.round(chartsEnd) + " > " + Math.round(panelStart));
            }
            key(robot, KeyCode.CONTROL, KeyCode.EQUALS);
        }
        return low;
    }

    @Test
    void at1366x768EveryZoomStepKeepsEachPlotAtLeast120PixelsTallAndTheChartsInTheCentre(FxRobot robot) {
        resize(robot, 1366, 768);
        assertEquals(List.of(), plotsLowerThan(robot, 120), "plots under 120 px");
        key(robot, KeyCode.F5);
        assertTrue(window.isProjectorMode());
        assertEquals(List.of(), plotsLowerThan(robot, 120), "plots under 120 px in projector mode");
    }

    @Test
    void inProjectorModeAt1920x1080EveryZoomStepKeepsEachPlotAtLeast200PixelsTall(FxRobot robot) {
        resize(robot, 1920, 1080);
        key(robot, KeyCode.F5);
        assertEquals(List.of(), plotsLowerThan(robot, 200), "plots under 200 px in projector mode");
    }

    @Test
    void at1440x900And150PercentTheToolbarShowsWholeLabelsAndTheRightPanelLeavesTheCentreUncovered(FxRobot robot) {
        resize(robot, 1440, 900);
        for (int k = 0; k < 3; k++) {
            key(robot, KeyCode.CONTROL, KeyCode.EQUALS);   // 115, 130, 150 %
        }
        assertTrue(window.getStyleClass().contains("zoom-150"));
        double sceneWidth = window.getScene().getWidth();
        for (var b : List.of(window.transport.train, window.transport.pause, window.transport.step, window.transport.stop,
                window.transport.reset, window.transport.save, window.transport.load, window.transport.export)) {
            assertTrue(b.getScene() != null && b.isVisible(), b.getText() + " is on the toolbar, not in its overflow menu");
            assertTrue(b.localToScene(b.getBoundsInLocal()).getMaxX() <= sceneWidth, b.getText() + " is inside the window");
            var shown = (javafx.scene.text.Text) b.lookup(".text");
            assertEquals(b.getText(), shown.getText(), "the label is whole, not cut to an ellipsis");
        }
        Bounds right = sceneBounds(window.getRight());
        Bounds left = sceneBounds(window.getLeft());
        Bounds charts = sceneBounds(window.charts);
        assertTrue(charts.getMaxX() <= right.getMinX() + 0.5, "the charts end (" + charts.getMaxX() + ") where the right panel begins (" + right.getMinX() + ")");
        assertTrue(charts.getMinX() >= left.getMaxX() - 0.5, "and begin after the ladder");
        for (LiveChart chart : window.charts.all()) {
            assertTrue(chart.plotAreaHeight() >= 120, chart.title() + ": " + chart.plotAreaHeight());
        }
    }

    private static Bounds sceneBounds(Node n) {
        return n.localToScene(n.getLayoutBounds());
    }

    private WritableImage scheduleImage(FxRobot robot) {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = window.charts.scheduleChart.snapshot(null, null));
        return image[0];
    }

    @Test
    void zoomKeysThatChangeNothingLeaveTheChartsColoursAlone(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.charts.scheduleChart.drawnPoints(0) > 0);
        WaitForAsyncUtils.waitForFxEvents();
        Color green = Color.web("#009e73");   // base.css: -u-green, the learning rate's line
        int before = ChartPixels.count(scheduleImage(robot), green);
        int blackBefore = ChartPixels.count(scheduleImage(robot), Color.BLACK);
        assertTrue(before > 200, "the schedule is drawn in green: " + before);
        // Ctrl 0 at 100 %, Ctrl − at 80 %, Ctrl + at 150 %: each changes nothing
        List<KeyCode[]> presses = new ArrayList<>();
        presses.add(new KeyCode[] {KeyCode.CONTROL, KeyCode.DIGIT0});
        for (int k = 0; k < 3; k++) {
            presses.add(new KeyCode[] {KeyCode.CONTROL, KeyCode.MINUS});
        }
        for (int k = 0; k < 6; k++) {
            presses.add(new KeyCode[] {KeyCode.CONTROL, KeyCode.EQUALS});
        }
        presses.add(new KeyCode[] {KeyCode.CONTROL, KeyCode.EQUALS});
        presses.add(new KeyCode[] {KeyCode.CONTROL, KeyCode.DIGIT0});
        presses.add(new KeyCode[] {KeyCode.CONTROL, KeyCode.DIGIT0});
        for (KeyCode[] chord : presses) {
            key(robot, chord);
            WaitForAsyncUtils.waitForFxEvents();
        }
        int after = ChartPixels.count(scheduleImage(robot), green);
        int blackAfter = ChartPixels.count(scheduleImage(robot), Color.BLACK);
        assertTrue(after > before * 0.9, "still green: " + after + " pixels, against " + before);
        assertTrue(blackAfter <= blackBefore + 50, "no black lines or grid: " + blackAfter + " black pixels, against " + blackBefore);
    }

    @Test
    void aDivergedRunsNoticeWrapsInsideTheWindowShowsItsTitleGrowsWithProjectorModeAndClosesWithEsc(FxRobot robot) throws Exception {
        resize(robot, 1366, 768);
        robot.clickOn("LMModel7");
        robot.interact(() -> {
            window.transport.epochs.setText("1");
            window.transport.lr.setText("10");   // a thousand times the book's
        });
        robot.clickOn("Train");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> session.stateProperty().get() == State.RUNNING
                || session.stateProperty().get() == State.STOPPED);
        try {
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> session.stateProperty().get() != State.RUNNING);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the run did not end: " + session.statusProperty().get() + ", " + session.batchesSeenProperty().get()
                    + " batches, lr " + window.transport.lr.getText() + ", epochs " + window.transport.epochs.getText(), e);
        }
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, window.notice::isShowing);
        WaitForAsyncUtils.waitForFxEvents();
        Notice notice = window.notice;
        assertTrue(session.warningProperty().get() != null, "the run ended with a notice");
        assertEquals(session.warningProperty().get(), notice.title.getText());
        Bounds scene = new javafx.geometry.BoundingBox(0, 0, window.getScene().getWidth(), window.getScene().getHeight());
        Bounds box = sceneBounds(notice);
        assertTrue(box.getWidth() > 0 && scene.contains(box), "the notice " + box + " lies inside the window");
        assertTrue(box.getMaxY() <= sceneBounds(window.statusBar).getMinY(), "and above the status line");
        assertTrue(box.getWidth() < window.getScene().getWidth() * 0.6, "wrapped, not one long line: " + box.getWidth() + " px");
        assertTrue(sceneBounds(notice.message).getHeight() > notice.message.getFont().getSize() * 2.5, "the message runs over lines");
        Bounds title = sceneBounds(notice.title);
        assertTrue(box.contains(title) && notice.title.isVisible(), "its title shows: " + title + " in " + box);
        double normalTitle = notice.title.getFont().getSize();
        key(robot, KeyCode.F5);
        assertTrue(notice.title.getFont().getSize() > normalTitle * 1.3, "projector mode enlarges it");
        key(robot, KeyCode.CONTROL, KeyCode.EQUALS);
        double zoomed = notice.title.getFont().getSize();
        assertTrue(zoomed > normalTitle * 1.5, "and so does the zoom: " + zoomed);
        assertTrue(scene.contains(sceneBounds(notice)), "still inside the window, larger");
        key(robot, KeyCode.ESCAPE);
        assertFalse(notice.isShowing(), "Esc closes it");
    }

    @Test
    void theExportedPictureIsSlideSizedAndSharperThanAnEnlargedSnapshot(FxRobot robot) throws Exception {
        resize(robot, 1440, 900);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.charts.scheduleChart.drawnPoints(0) > 0);
        WaitForAsyncUtils.waitForFxEvents();
        java.nio.file.Path png = java.nio.file.Files.createTempDirectory("unrolled-export").resolve("charts.png");
        robot.interact(() -> window.export(png));
        java.awt.image.BufferedImage exported = javax.imageio.ImageIO.read(png.toFile());
        double width = window.charts.getWidth();
        double height = window.charts.getHeight();
        assertTrue(exported.getWidth() >= 1920 && exported.getWidth() >= 2 * width - 1,
                "slide-wide: " + exported.getWidth() + " px for charts " + Math.round(width) + " px wide");
        assertTrue(exported.getHeight() >= 2 * height - 1, exported.getHeight() + " px high for " + Math.round(height));

        // the schedule's plot, in the export and in a plain snapshot enlarged as much
        double scale = exported.getWidth() / width;
        WritableImage[] plain = new WritableImage[1];
        Bounds[] plot = new Bounds[1];
        robot.interact(() -> {
            var p = new javafx.scene.SnapshotParameters();
            p.setTransform(javafx.scene.transform.Transform.scale(scale, scale));
            plain[0] = window.charts.snapshot(p, null);
            plot[0] = window.charts.scheduleChart.plotBoundsIn(window.charts);
        });
        WritableImage ours = javafx.embed.swing.SwingFXUtils.toFXImage(exported, null);
        int blurOurs = ChartPixels.blurred(ours, plot[0], scale);
        int blurPlain = ChartPixels.blurred(plain[0], plot[0], scale);
        assertTrue(blurOurs < blurPlain * 0.75, "crisper lines: " + blurOurs + " half-tone pixels against " + blurPlain + " in an enlarged snapshot");
    }
}
