package io.unrolled.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unrolled.models.ModelKind;
import io.unrolled.trace.SentenceTrace;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Values past the colour scale's end: a ReLU state on the fixed 0…1 range. The legend counts them and
 * points its ramp past the end; each such unit's cell carries the light corner mark; the legend says
 * whether the range is shared by the layers or each layer's own.
 */
@ExtendWith(ApplicationExtension.class)
class OverflowMarksTest {

    private FixedSource source;
    private UnrolledView view;

    @Start
    void start(Stage stage) {
        source = new FixedSource(ModelKind.LM1);
        view = new UnrolledView(source);
        Scene scene = new Scene(new StackPane(view), 1440, 900);
        scene.getStylesheets().add(OverflowMarksTest.class.getResource("/io/unrolled/css/base.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private void use(FxRobot robot, ModelKind kind, ColourRange range) {
        robot.interact(() -> {
            source.kind = kind;
            source.traceSentence(TraceFixtures.sentence(TraceFixtures.steps(kind)));
            view.legend.range.setValue(range);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static int above(float[] h, double max) {
        int n = 0;
        for (float v : h) {
            n += v > max ? 1 : 0;
        }
        return n;
    }

    @Test
    void reluValuesPastTheFixedRangeAreCountedInTheLegendAndMarkedOnTheirCells(FxRobot robot) {
        use(robot, ModelKind.LM1, ColourRange.FIXED);
        SentenceTrace t = view.shownTrace();
        float[] h = t.layers().get(0).h();
        int expected = above(h, 1);
        assertTrue(expected > 0, "the fixture's ReLU states reach past 1");
        assertEquals(1, view.diagram.scales().get(0).max(), "fixed means 0…1 for a ReLU state");
        assertEquals(expected, OverflowMarks.count(t, view.diagram.scales())[0]);
        String said = view.legend.getChildrenUnmodifiable().stream()
                .filter(n -> n.getStyleClass().contains("legend-overflow"))
                .flatMap(n -> ((javafx.scene.layout.HBox) n).getChildren().stream())
                .filter(n -> n instanceof Label).map(n -> ((Label) n).getText()).findFirst().orElse("");
        assertTrue(said.startsWith(expected + " values past the range's end"), said);

        // the last step is lit: find a unit there past the end and look at its cell's pixels
        int step = t.steps() - 1;
        int unit = -1;
        for (int u = 0; u < t.layers().get(0).hidden() && unit < 0; u++) {
            if (h[step * t.layers().get(0).hidden() + u] > 1.2f) {
                unit = u;
            }
        }
        assertTrue(unit >= 0, "a unit well past the end at the last step");
        Diagram d = view.diagram.diagram();
        Box cell = d.tileShape().cellOf(d.tile(0, step), d.units(), unit);
        assertTrue(cell.w() >= 4, "cells large enough to carry the mark: " + cell);
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = view.diagram.canvas().snapshot(null, null));
        Color corner = shot[0].getPixelReader().getColor((int) (cell.maxX() - 1.5), (int) (cell.y() + 1.5));
        Color middle = shot[0].getPixelReader().getColor((int) (cell.x() + cell.w() * 0.3), (int) (cell.y() + cell.h() * 0.7));
        Color mark = view.diagram.style.overflow.getValue();
        Color end = view.diagram.scales().get(0).colour(1);
        robot.interact(() -> {
            try {   // for a person to look at
                new java.io.File("target/viz-shots").mkdirs();
                javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(view.getScene().snapshot(null), null), "png",
                        new java.io.File("target/viz-shots/overflow-lm1-fixed.png"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertTrue(close(mark, corner), "the corner carries the mark: " + corner);
        assertTrue(close(end, middle), "the rest of the cell the end colour: " + middle);

        use(robot, ModelKind.LM1, ColourRange.EVERYTHING);
        assertEquals(0, view.legend.overflowShown(), "the sentence's own range clips nothing");
    }

    @Test
    void theLegendSaysWhetherTheRangeIsSharedByTheLayersOrEachLayersOwn(FxRobot robot) {
        use(robot, ModelKind.LM6, ColourRange.EVERYTHING);
        assertEquals("shared by both layers", view.legend.range.getConverter().toString(view.legend.range.getValue()));
        assertEquals(1, view.legend.rampLabels().size(), "one ramp for both");
        use(robot, ModelKind.LM6, ColourRange.LAYER);
        assertEquals("each layer its own", view.legend.range.getConverter().toString(view.legend.range.getValue()));
        assertEquals(2, view.legend.rampLabels().size(), "a ramp for each layer");
        use(robot, ModelKind.LM6, ColourRange.FIXED);
        assertEquals("fixed −1…1", view.legend.range.getConverter().toString(ColourRange.FIXED));
        assertEquals(0, view.legend.overflowShown(), "an LSTM's h never leaves −1…1");
    }

    private static boolean close(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) < 0.06 && Math.abs(a.getGreen() - b.getGreen()) < 0.06
                && Math.abs(a.getBlue() - b.getBlue()) < 0.06;
    }
}
