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
    /** What the ends of the colour scale stand for; the diagram follows it. */
    final javafx.scene.control.ChoiceBox<ColourRange> range = new javafx.scene.control.ChoiceBox<>();
    private final Label rangeTitle = new Label("colour range:");
    /** The ends each shown ramp is labelled with, in layer order (for tests and the readout). */
    private final java.util.List<String> rampLabels = new java.util.ArrayList<>();

    DiagramLegend(DiagramStyle style) {
        this.style = style;
        getStyleClass().add("diagram-legend");
        range.getItems().setAll(ColourRange.values());
        range.setId("colour-range");
        rangeTitle.setMinWidth(Label.USE_PREF_SIZE);
    }

    java.util.List<String> rampLabels() {
        return java.util.List.copyOf(rampLabels);
    }

    /** Rebuilds the legend for a rung and its layers' colour scales (empty before a trace). */
    void show(RungShape rung, java.util.List<ColourScale> scales) {
        getChildren().clear();
        rampLabels.clear();
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
        boolean perLayer = range.getValue() == ColourRange.LAYER && scales.size() > 1;
        for (int l = 0; l < (perLayer ? scales.size() : Math.min(1, scales.size())); l++) {
            ColourScale scale = scales.get(l);
            Label low = new Label(String.format(Locale.ROOT, "%.2g", scale.min()));
            Label high = new Label(String.format(Locale.ROOT, "%.2g", scale.max()));
            rampLabels.add(low.getText() + "…" + high.getText());
            HBox r = new HBox(low, ramp(scale, em), high);
            r.getStyleClass().add("legend-item");
            String what = (scale.signed() ? "h" : "h (ReLU)") + (perLayer ? " layer " + (l + 1) : "");
            HBox item = new HBox(new Label(what), r);
            item.getStyleClass().add("legend-item");
            getChildren().add(item);
        }
        if (!scales.isEmpty()) {
            HBox choice = new HBox(rangeTitle, range);
            choice.getStyleClass().add("legend-item");
            getChildren().add(choice);
        }
        add(new Label(PredictionPainter.RIGHT + " / " + PredictionPainter.WRONG), "guess right / wrong");
    }

    private static Canvas ramp(ColourScale scale, double em) {
        Canvas ramp = new Canvas(7 * em, 0.9 * em);
        GraphicsContext gc = ramp.getGraphicsContext2D();
        int n = (int) ramp.getWidth();
        for (int x = 0; x < n; x++) {
            double v = scale.min() + (scale.max() - scale.min()) * x / (n - 1.0);
            gc.setFill(scale.colour(v));
            gc.fillRect(x, 0, 1, ramp.getHeight());
        }
        return ramp;
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
