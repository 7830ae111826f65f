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
}
