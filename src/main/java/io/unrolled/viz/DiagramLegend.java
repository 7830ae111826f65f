package io.unrolled.viz;

import java.util.Locale;
import javafx.beans.value.ObservableValue;
import javafx.css.StyleableProperty;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;

/**
 * Says what the shapes, arrow colours and tile colours mean, for the rung on show. Arrow swatches take
 * their colour from the same CSS properties the canvas draws with, so the two cannot disagree.
 */
final class DiagramLegend extends FlowPane {

    private final DiagramStyle style;
    private final Canvas ramp = new Canvas();
    private final Label rampLow = new Label();
    private final Label rampHigh = new Label();

    DiagramLegend(DiagramStyle style) {
        this.style = style;
        getStyleClass().add("diagram-legend");
    }

    /** Rebuilds the legend for a rung and its colour scale (null before a trace). */
    void show(RungShape rung, ColourScale scale) {
        getChildren().clear();
        double em = style.em();
        Rectangle rect = new Rectangle(1.4 * em, 0.9 * em);
        Circle circle = new Circle(0.5 * em);
        Polygon tri = new Polygon(0, 0, 1.2 * em, 0, 0.6 * em, 0.9 * em);
        for (var s : new javafx.scene.shape.Shape[] {rect, circle, tri}) {
            s.getStyleClass().add("legend-shape");
        }
        tri.getStyleClass().add("legend-output");
        add(rect, "input word");
        add(circle, "hidden state h (its 64 units)");
        add(tri, "output");
        add(arrow(style.embed), rung.tied() ? "embedding = output matrix (tied)" : "embedding");
        add(arrow(style.hidden), rung.layers() > 1 ? "layer 1 hidden→hidden" : "hidden→hidden");
        if (rung.layers() > 1) {
            add(arrow(style.up), "layer 1→layer 2");
            add(arrow(style.hidden2), "layer 2 hidden→hidden");
        }
        if (!rung.tied()) {
            add(arrow(style.output), "hidden→output");
        }
        if (rung.chunk() > 0) {
            Line cut = new Line(0, 0, 0, 1.2 * em);
            cut.getStyleClass().add("legend-detach");
            bindStroke(cut, style.detach);
            add(cut, "detach: h crosses, the gradient stops");
        }
        if (scale != null) {
            paintRamp(scale, em);
            HBox r = new HBox(rampLow, ramp, rampHigh);
            r.getStyleClass().add("legend-item");
            Label what = new Label(scale.signed() ? "h" : "h (ReLU)");
            getChildren().add(new HBox(what, r));
            ((HBox) getChildren().get(getChildren().size() - 1)).getStyleClass().add("legend-item");
        }
        add(new Label(PredictionPainter.RIGHT + " / " + PredictionPainter.WRONG), "guess right / wrong");
    }

    private void paintRamp(ColourScale scale, double em) {
        ramp.setWidth(7 * em);
        ramp.setHeight(0.9 * em);
        GraphicsContext gc = ramp.getGraphicsContext2D();
        int n = (int) ramp.getWidth();
        for (int x = 0; x < n; x++) {
            double v = scale.min() + (scale.max() - scale.min()) * x / (n - 1.0);
            gc.setFill(scale.colour(v));
            gc.fillRect(x, 0, 1, ramp.getHeight());
        }
        rampLow.setText(String.format(Locale.ROOT, "%.2g", scale.min()));
        rampHigh.setText(String.format(Locale.ROOT, "%.2g", scale.max()));
    }

    private Line arrow(StyleableProperty<Color> colour) {
        Line l = new Line(0, 0, 1.8 * style.em(), 0);
        l.getStyleClass().add("legend-arrow");
        bindStroke(l, colour);
        return l;
    }

    @SuppressWarnings("unchecked")
    private static void bindStroke(javafx.scene.shape.Shape s, StyleableProperty<Color> colour) {
        s.strokeProperty().bind((ObservableValue<Color>) colour);
    }

    private void add(Node swatch, String text) {
        HBox item = new HBox(swatch, new Label(text));
        item.getStyleClass().add("legend-item");
        getChildren().add(item);
    }
}
