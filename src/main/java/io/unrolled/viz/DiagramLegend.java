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
    /** The ends each shown ramp is labelled with, in layer order (for tests and the readout). */
    private final java.util.List<String> rampLabels = new java.util.ArrayList<>();

    DiagramLegend(DiagramStyle style) {
        this.style = style;
        getStyleClass().add("diagram-legend");
        range.getItems().setAll(ColourRange.values());
        range.setId("colour-range");
        range.setTooltip(new javafx.scene.control.Tooltip("What the two ends of the colour scale stand for"));
        range.setMinWidth(USE_PREF_SIZE);
    }

    java.util.List<String> rampLabels() {
        return java.util.List.copyOf(rampLabels);
    }

    /** What each range choice means on this rung, in the legend's words: shared or per layer, or fixed. */
    static String rangeName(ColourRange r, RungShape rung) {
        return switch (r) {
            case EVERYTHING -> rung.layers() > 1 ? "shared by both layers" : "the sentence's largest";
            case LAYER -> rung.layers() > 1 ? "each layer its own" : "the layer's largest";
            case FIXED -> rung.signed() ? "fixed −1…1" : "fixed 0…1";
        };
    }

    /**
     * Rebuilds the legend for a rung and its layers' colour scales (empty before a trace).
     *
     * @param beyond how many of each layer's values lie beyond its scale's ends (marked on the tiles)
     */
    void show(RungShape rung, java.util.List<ColourScale> scales, int[] beyond) {
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
        add(rect, "word").getStyleClass().add("legend-notation");
        add(circle, "h, 64 units");
        add(tri, "output").getStyleClass().add("legend-notation");
        add(arrow(style.embed), rung.tied() ? "embedding = output (tied)" : "embedding");
        add(arrow(style.hidden), rung.layers() > 1 ? "layer 1 h→h" : "h→h");
        if (rung.layers() > 1) {
            add(arrow(style.up), "layer 1→2");
            add(arrow(style.hidden2), "layer 2 h→h");
        }
        if (!rung.tied()) {
            add(arrow(style.output), "h→output");
        }
        if (rung.chunk() > 0) {
            Line cut = new Line(0, 0, 0, 1.2 * em);
            cut.getStyleClass().add("legend-detach");
            bindStroke(cut, style.detach);
            add(cut, "detach: h crosses, the gradient stops");
        }
        range.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ColourRange r) {
                return r == null ? "" : rangeName(r, rung);
            }

            @Override
            public ColourRange fromString(String s) {
                return null;   // never typed
            }
        });
        boolean perLayer = range.getValue() == ColourRange.LAYER && scales.size() > 1;
        int ramps = perLayer ? scales.size() : Math.min(1, scales.size());
        int clipped = 0;
        for (int l = 0; l < scales.size(); l++) {
            clipped += beyond.length > l ? beyond[l] : 0;
        }
        for (int l = 0; l < ramps; l++) {
            ColourScale scale = scales.get(l);
            Label low = new Label(String.format(Locale.ROOT, "%.2g", scale.min()));
            Label high = new Label(String.format(Locale.ROOT, "%.2g", scale.max()));
            rampLabels.add(low.getText() + "…" + high.getText());
            boolean over = perLayer ? beyond.length > l && beyond[l] > 0 : clipped > 0;
            // a colour bar's "extend" arrow: values lie past this end
            HBox r = new HBox(low, ramp(scale, em, over), high);
            r.getStyleClass().add("legend-item");
            String what = perLayer ? "layer " + (l + 1) + " h" : "h";
            HBox item = new HBox(new Label(what), r);
            item.getStyleClass().add("legend-item");
            if (l == ramps - 1) {
                item.getChildren().add(range);   // the choice beside the scale it sets
            }
            getChildren().add(item);
        }
        if (clipped > 0) {
            HBox item = new HBox(overflowSwatch(scales.get(0), em), new Label(clipped + (clipped == 1 ? " value" : " values")
                    + " past the range's end (cell marked)"));
            item.getStyleClass().addAll("legend-item", "legend-overflow");
            getChildren().add(item);
        }
    }

    /** How many values lie past the last shown end of the legend's scales (for tests). */
    int overflowShown() {
        return (int) getChildren().stream().filter(n -> n.getStyleClass().contains("legend-overflow")).count();
    }

    /** A cell in the top colour with the tiles' overflow mark, as a clipped unit looks. */
    private Canvas overflowSwatch(ColourScale scale, double em) {
        Canvas c = new Canvas(0.9 * em, 0.9 * em);
        GraphicsContext gc = c.getGraphicsContext2D();
        gc.setFill(scale.colour(scale.max()));
        gc.fillRect(0, 0, c.getWidth(), c.getHeight());
        OverflowMarks.mark(gc, new Box(0, 0, c.getWidth(), c.getHeight()), style.overflow.getValue());
        return c;
    }

    /** The scale's colours from end to end, with a pointed end where values lie beyond it. */
    private static Canvas ramp(ColourScale scale, double em, boolean over) {
        double tip = over ? 0.7 * em : 0;
        Canvas ramp = new Canvas(5 * em + tip, 0.9 * em);
        GraphicsContext gc = ramp.getGraphicsContext2D();
        int n = (int) (ramp.getWidth() - tip);
        for (int x = 0; x < n; x++) {
            double v = scale.min() + (scale.max() - scale.min()) * x / (n - 1.0);
            gc.setFill(scale.colour(v));
            gc.fillRect(x, 0, 1, ramp.getHeight());
        }
        if (over) {
            double h = ramp.getHeight();
            gc.setFill(scale.colour(scale.max()));
            gc.fillPolygon(new double[] {n, n + tip, n}, new double[] {0, h / 2, h}, 3);
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

    private HBox add(Node swatch, String text) {
        HBox item = new HBox(swatch, new Label(text));
        item.getStyleClass().add("legend-item");
        item.managedProperty().bind(item.visibleProperty());   // hidden by CSS: takes no room either
        getChildren().add(item);
        return item;
    }
}
