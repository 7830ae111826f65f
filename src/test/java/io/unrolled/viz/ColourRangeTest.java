package io.unrolled.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import io.unrolled.models.ModelKind;
import io.unrolled.trace.LayerTrace;
import io.unrolled.trace.SentenceTrace;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The legend's colour range choice: the fixed tanh range, each layer's largest value, or the sentence's. */
@ExtendWith(ApplicationExtension.class)
class ColourRangeTest {

    private FixedSource source;
    private UnrolledView view;

    @Start
    void start(Stage stage) {
        source = new FixedSource(ModelKind.LM6);
        view = new UnrolledView(source);
        Scene scene = new Scene(new StackPane(view), 1440, 900);
        scene.getStylesheets().add(ColourRangeTest.class.getResource("/io/unrolled/css/base.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private static double largest(float[] h) {
        double m = 0;
        for (float v : h) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    private static String ends(double max) {
        return String.format(Locale.ROOT, "%.2g…%.2g", -max, max);
    }

    @Test
    void theRangeChoiceSetsTheLegendToTheTracesOwnLargestValues(FxRobot robot) {
        SentenceTrace t = view.shownTrace();
        List<LayerTrace> layers = t.layers();
        assertEquals(2, layers.size());
        double all = Math.max(largest(layers.get(0).h()), largest(layers.get(1).h()));

        assertEquals(ColourRange.EVERYTHING, view.legend.range.getValue(), "the sentence's own range by default");
        assertEquals(List.of(ends(all)), view.legend.rampLabels());
        List<ColourScale> before = view.diagram.scales();

        robot.interact(() -> view.legend.range.setValue(ColourRange.LAYER));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(ends(largest(layers.get(0).h())), ends(largest(layers.get(1).h()))), view.legend.rampLabels(),
                "one ramp per layer, each to that layer's largest |h|");
        assertEquals(largest(layers.get(1).h()), view.diagram.scales().get(1).max(), 1e-6, "the tiles use the same scale");
        assertNotSame(before, view.diagram.scales());

        robot.interact(() -> view.legend.range.setValue(ColourRange.FIXED));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(ends(1)), view.legend.rampLabels());
        assertEquals(1.0, view.diagram.scales().get(0).max());
    }
}
