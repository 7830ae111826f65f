package io.unrolled.viz;

import io.unrolled.trace.LayerTrace;
import io.unrolled.trace.LstmLayerTrace;
import io.unrolled.trace.SentenceTrace;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * One unit opened up: its equation with this step's numbers, and the traced sentence with each word
 * tinted by the unit's value there (c for an LSTM, h otherwise), as in Karpathy's cell pictures.
 */
final class UnitPanel extends VBox {

    final Label equation = new Label("Click a unit in any tile to open it up.");
    final FlowPane words = new FlowPane();

    UnitPanel() {
        getStyleClass().add("unit-panel");
        equation.getStyleClass().add("unit-equation");
        equation.setWrapText(true);
        words.getStyleClass().add("unit-words");
        getChildren().addAll(equation, words);
    }

    void show(SentenceTrace trace, int layer, int step, GateCell cell, int unit, ColourScale unitScale, ColourScale wideScale) {
        words.getChildren().clear();
        if (trace == null || cell == null || unit < 0) {
            equation.setText("Click a unit in any tile to open it up.");
            return;
        }
        String where = (trace.layers().size() > 1 ? "layer " + (layer + 1) + ", " : "") + "unit " + unit + ", word "
                + (step + 1) + " \"" + trace.vocab().get(trace.words()[step]) + "\"";
        equation.setText(where + ":\n" + cell.unitEquation(unit));
        LayerTrace l = trace.layers().get(layer);
        boolean lstm = l instanceof LstmLayerTrace;
        Label what = new Label((lstm ? "c" : "h") + " of unit " + unit + " along the sentence:");
        words.getChildren().add(what);
        for (int t = 0; t < trace.steps(); t++) {
            double v = lstm ? ((LstmLayerTrace) l).c(t, unit) : l.h(t, unit);
            ColourScale s = lstm ? wideScale : unitScale;
            Label w = new Label(trace.vocab().get(trace.words()[t]));
            w.getStyleClass().add(t == step ? "unit-word-current" : "unit-word");
            w.setBackground(new Background(new BackgroundFill(s.colour(v), CornerRadii.EMPTY, Insets.EMPTY)));
            w.setTooltip(new javafx.scene.control.Tooltip(String.format(Locale.ROOT, "%.4f", v)));
            words.getChildren().add(w);
        }
    }
}
