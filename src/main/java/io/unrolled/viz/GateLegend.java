package io.unrolled.viz;

import java.util.Locale;
import java.util.Map;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.layout.HBox;

/** The colour ramps of the cell on show, with their ends in numbers, and what boxes and circles mean. */
final class GateLegend extends VBox {

    private final DiagramStyle style;

    GateLegend(DiagramStyle style) {
        this.style = style;
        getStyleClass().add("gate-legend");
    }

    void show(GateCell cell, Map<GateCell.Scale, ColourScale> scales) {
        getChildren().clear();
        if (cell == null) {
            return;
        }
        java.util.Set<GateCell.Scale> used = java.util.EnumSet.noneOf(GateCell.Scale.class);
        for (GateCell.Tile t : cell.tiles()) {
            if (t.values() != null) {
                used.add(t.scale());
            }
        }
        for (GateCell.Scale s : used) {
            String what = switch (s) {
                case GATE -> "gates σ (all share this ramp)";
                case UNIT -> "tanh-bounded values";
                case WIDE -> cell.kind().equals("LSTM") ? "cell state c and its parts" : "sums before the activation";
                case RELU -> "ReLU output";
            };
            getChildren().add(ramp(scales.get(s), what));
        }
        Label box = new Label("box: a learned layer. circle: an elementwise operation. tile: the 64 units, unit 0 top left, in the same order everywhere.");
        box.setWrapText(true);
        box.getStyleClass().add("legend-item");
        getChildren().add(box);
    }

    private VBox ramp(ColourScale scale, String what) {
        double em = style.em();
        Canvas c = new Canvas(6 * em, 0.9 * em);
        GraphicsContext gc = c.getGraphicsContext2D();
        int n = (int) c.getWidth();
        for (int x = 0; x < n; x++) {
            gc.setFill(scale.colour(scale.min() + (scale.max() - scale.min()) * x / (n - 1.0)));
            gc.fillRect(x, 0, 1, c.getHeight());
        }
        HBox bar = new HBox(new Label(String.format(Locale.ROOT, "%.2g", scale.min())), c,
                new Label(String.format(Locale.ROOT, "%.2g", scale.max())));
        bar.getStyleClass().add("legend-item");
        Label name = new Label(what);
        name.setWrapText(true);
        return new VBox(name, bar);
    }
}
