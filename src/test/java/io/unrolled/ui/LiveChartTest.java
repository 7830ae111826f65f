package io.unrolled.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class LiveChartTest {

    @Start
    void start(Stage stage) {
        // the toolkit only
    }

    private static final double[] XS = {1, 2, 3, 4};

    private static LiveChart chart(double[] ce, double[] ar, double[] tar) {
        LiveChart c = new LiveChart("parts", "batch", "loss");
        c.add(new LiveChart.Series("ce", "part-ce", LiveChart.Style.STACKED_AREA, () -> new double[][] {XS, ce}));
        c.add(new LiveChart.Series("ar", "part-ar", LiveChart.Style.STACKED_AREA, () -> new double[][] {XS, ar}));
        c.add(new LiveChart.Series("tar", "part-tar", LiveChart.Style.STACKED_AREA, () -> new double[][] {XS, tar}));
        c.add(new LiveChart.Series("marks", "epoch-start", LiveChart.Style.VERTICAL_LINES, () -> new double[][] {{2.5}, {0}}));
        new Scene(new Group(c), 400, 240);
        c.resize(400, 240);
        c.applyCss();
        c.layout();          // sizes the canvas; a chart smaller than its axes draws nothing
        c.drawNow();
        return c;
    }

    @Test
    void bandsWithNoHeightAreNotDrawnButTheRestIs(FxRobot robot) {
        AtomicInteger painted = new AtomicInteger(-1);
        robot.interact(() -> painted.set(chart(new double[] {3, 2, 1.5, 1}, new double[4], new double[4]).paintedSeries()));
        assertEquals(2, painted.get(), "cross-entropy and the epoch mark; AR and TAR are all zero");
        robot.interact(() -> painted.set(chart(new double[] {3, 2, 1.5, 1}, new double[] {0, 0.1, 0.2, 0.1}, new double[4]).paintedSeries()));
        assertEquals(3, painted.get(), "a penalty that is not zero everywhere is drawn");
    }

    private static final String CSS = LiveChartTest.class.getResource("/io/unrolled/css/base.css").toExternalForm();

    /** The loss chart's look, with or without one epoch mark at x = 2.5, as pixels. */
    private static javafx.scene.image.WritableImage lossChart(boolean withMark) {
        LiveChart c = new LiveChart("loss", "batch", "loss");
        c.add(new LiveChart.Series("smooth", "loss-smooth", LiveChart.Style.LINE, () -> new double[][] {XS, {3, 2, 1.5, 1}}));
        double[][] marks = withMark ? new double[][] {{2.5}, {0}} : new double[][] {{}, {}};
        c.add(new LiveChart.Series("marks", "epoch-start", LiveChart.Style.VERTICAL_LINES, () -> marks));
        Scene scene = new Scene(new Group(c), 400, 240);
        scene.getStylesheets().add(CSS);
        c.resize(400, 240);
        c.applyCss();
        c.layout();
        c.drawNow();
        return c.snapshot(null, null);
    }

    @Test
    void anEpochMarkIsADashedLineOnePixelWide(FxRobot robot) {
        java.util.concurrent.atomic.AtomicReference<javafx.scene.image.WritableImage[]> images = new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> images.set(new javafx.scene.image.WritableImage[] {lossChart(false), lossChart(true)}));
        var without = images.get()[0].getPixelReader();
        var with = images.get()[1].getPixelReader();
        int w = (int) images.get()[0].getWidth();
        int h = (int) images.get()[0].getHeight();
        java.util.Set<Integer> columns = new java.util.TreeSet<>();
        int dashes = 0;
        for (int x = 0; x < w; x++) {
            boolean inDash = false;
            for (int y = 0; y < h; y++) {
                boolean ink = with.getArgb(x, y) != without.getArgb(x, y);
                if (ink) {
                    columns.add(x);
                }
                if (ink && !inDash) {
                    dashes++;
                }
                inDash = ink;
            }
        }
        assertEquals(1, columns.size(), "the mark covers one pixel column, crisp: " + columns);
        org.junit.jupiter.api.Assertions.assertTrue(dashes >= 10, "dashed from the top of the plot to the bottom: " + dashes + " dashes");
    }

    /**
     * Changing a style class on an ancestor resets every CSS-set value under it at once (JavaFX
     * re-creates the style helpers) and sets them again only in the next CSS pass. A redraw asked
     * for in between (the window's zoom keys do exactly that) must still draw with the stylesheet.
     */
    @Test
    void aRedrawAskedForWhileTheStylesAreBeingReappliedDrawsWithTheStylesheetsColours(FxRobot robot) throws Exception {
        LiveChart[] chart = new LiveChart[1];
        javafx.scene.layout.StackPane[] root = new javafx.scene.layout.StackPane[1];
        robot.interact(() -> {
            chart[0] = new LiveChart("loss", "batch", "loss");
            chart[0].add(new LiveChart.Series("smooth", "loss-smooth", LiveChart.Style.LINE, () -> new double[][] {XS, {3, 2, 1.5, 1}}));
            root[0] = new javafx.scene.layout.StackPane(chart[0]);
            root[0].getStyleClass().addAll("main-window", "zoom-100");
            Scene scene = new Scene(root[0], 400, 240);
            scene.getStylesheets().add(CSS);
            javafx.stage.Stage stage = new javafx.stage.Stage();
            stage.setScene(scene);
            stage.show();
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        int before = vermillionPixels(robot, chart[0]);
        org.junit.jupiter.api.Assertions.assertTrue(before > 50, "the smoothed loss is drawn in vermillion: " + before);
        robot.interact(() -> {
            root[0].getStyleClass().remove("zoom-100");   // what Ctrl+0 did at 100 %: off and on again
            root[0].getStyleClass().add("zoom-100");
            chart[0].redraw();
        });
        for (int i = 0; i < 3; i++) {
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        }
        int after = vermillionPixels(robot, chart[0]);
        org.junit.jupiter.api.Assertions.assertTrue(after > before * 0.9, "still vermillion after the redraw: " + after + " of " + before + " pixels");
        robot.interact(() -> chart[0].getScene().getWindow().hide());
    }

    private static int vermillionPixels(FxRobot robot, LiveChart chart) {
        javafx.scene.image.WritableImage[] image = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> image[0] = chart.snapshot(null, null));
        return ChartPixels.count(image[0], javafx.scene.paint.Color.web("#d55e00"));
    }
}
