package io.unrolled.viz;

import io.unrolled.trace.LayerTrace;
import io.unrolled.trace.LstmLayerTrace;
import io.unrolled.trace.SentenceTrace;
import io.unrolled.trace.UnitRanking;
import io.unrolled.trace.UnitRanking.Quantity;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * One unit opened up: its equation with this step's numbers; the traced sentence with each word tinted
 * by the unit's value there (c or h of an LSTM, as chosen; h otherwise), as in Karpathy's cell
 * pictures; a small chart of the same values; and the layer's units ranked by how strongly they respond
 * at the current word, each a button that opens it, so a class can hunt for a unit that fires on
 * "thousand".
 */
final class UnitPanel extends VBox {

    /** How many of the strongest units are listed. */
    static final int RANKED = 8;
    private static final PseudoClass OPENED = PseudoClass.getPseudoClass("opened");
    private static final String CLOSED = "Click a unit in any tile to open it up, or one of the strongest units below.";

    final Label equation = new Label(CLOSED);
    final ToggleGroup quantity = new ToggleGroup();
    final ToggleButton showC = new ToggleButton("c  cell state");
    final ToggleButton showH = new ToggleButton("h  output");
    final HBox chooser = new HBox();
    final Label wordsTitle = new Label();
    final FlowPane words = new FlowPane();
    final UnitChart chart = new UnitChart();
    final Label rankTitle = new Label();
    final FlowPane ranking = new FlowPane();
    private IntConsumer onOpen = u -> { };
    private Runnable again = () -> { };

    UnitPanel() {
        getStyleClass().add("unit-panel");
        equation.getStyleClass().add("unit-equation");
        equation.setWrapText(true);
        showC.setId("unit-shows-c");
        showH.setId("unit-shows-h");
        showC.setUserData(Quantity.C);
        showH.setUserData(Quantity.H);
        showC.setToggleGroup(quantity);
        showH.setToggleGroup(quantity);
        showC.setTooltip(new Tooltip("Tint, chart and rank by the cell state c, the LSTM's long-term memory"));
        showH.setTooltip(new Tooltip("Tint, chart and rank by the output h, what the layer passes on"));
        showC.setSelected(true);
        Label by = new Label("by");
        chooser.getChildren().addAll(by, showC, showH);
        chooser.getStyleClass().add("unit-chooser");
        quantity.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null && was != null) {
                was.setSelected(true);   // one quantity is always chosen
            } else {
                again.run();
            }
        });
        wordsTitle.getStyleClass().add("unit-title");
        wordsTitle.setWrapText(true);
        words.getStyleClass().add("unit-words");
        rankTitle.getStyleClass().add("unit-title");
        rankTitle.setWrapText(true);
        ranking.getStyleClass().add("unit-ranking");
        getChildren().addAll(equation, chooser, wordsTitle, words, chart, rankTitle, ranking);
    }

    /** What a click on a ranked unit does: open that unit. */
    void onOpen(IntConsumer action) {
        onOpen = action;
    }

    /** The quantity the words are tinted by, the chart drawn from and the units ranked by. */
    Quantity quantity(LayerTrace layer) {
        return layer instanceof LstmLayerTrace ? (Quantity) quantity.getSelectedToggle().getUserData() : Quantity.H;
    }

    /** The units listed as strongest, strongest first. */
    int[] ranked() {
        return ranking.getChildren().stream().mapToInt(n -> (Integer) n.getUserData()).toArray();
    }

    void show(SentenceTrace trace, int layer, int step, GateCell cell, int unit, Map<GateCell.Scale, ColourScale> scales) {
        again = () -> show(trace, layer, step, cell, unit, scales);
        words.getChildren().clear();
        ranking.getChildren().clear();
        boolean any = trace != null && cell != null && scales != null;
        LayerTrace l = any ? trace.layers().get(layer) : null;
        boolean lstm = l instanceof LstmLayerTrace;
        chooser.setVisible(lstm);
        chooser.setManaged(lstm);
        boolean open = any && unit >= 0 && unit < l.hidden();
        for (var n : new javafx.scene.Node[] {wordsTitle, words, chart}) {
            n.setVisible(open);
            n.setManaged(open);
        }
        rankTitle.setVisible(any);
        rankTitle.setManaged(any);
        if (!any) {
            equation.setText(CLOSED);
            return;
        }
        Quantity q = quantity(l);
        String name = q == Quantity.C ? "c" : "h";
        ColourScale scale = scales.get(cell.tile(q == Quantity.C ? "c_t" : "h_t").scale());
        String word = trace.vocab().get(trace.words()[step]);
        if (open) {
            String where = (trace.layers().size() > 1 ? "layer " + (layer + 1) + ", " : "") + "unit " + unit + ", word "
                    + (step + 1) + " \"" + word + "\"";
            equation.setText(where + ":\n" + cell.unitEquation(unit));
            wordsTitle.setText(name + " of unit " + unit + " along the sentence:");
            float[] series = new float[trace.steps()];
            for (int t = 0; t < trace.steps(); t++) {
                float v = UnitRanking.values(l, q, t)[unit];
                series[t] = v;
                Label w = new Label(trace.vocab().get(trace.words()[t]));
                w.getStyleClass().add(t == step ? "unit-word-current" : "unit-word");
                w.setBackground(new Background(new BackgroundFill(scale.colour(v), CornerRadii.EMPTY, Insets.EMPTY)));
                w.setTooltip(new Tooltip(name + " = " + Readouts.value(v)));
                words.getChildren().add(w);
            }
            chart.show(series, step, scale);
        } else {
            equation.setText(unit >= 0 ? "This layer has no unit " + unit + " (units 0 to " + (l.hidden() - 1) + ")." : CLOSED);
        }
        rankTitle.setText("Strongest at \"" + word + "\": largest |" + name + "| at this word first; click one to open it.");
        float[] now = UnitRanking.values(l, q, step);
        for (int u : UnitRanking.strongest(l, q, step, RANKED)) {
            Button b = new Button(String.format(Locale.ROOT, "%d: %s", u, Readouts.value(now[u]).replace('-', '−')));
            b.getStyleClass().add("unit-rank");
            b.setUserData(u);
            b.setId("rank-unit-" + u);
            b.pseudoClassStateChanged(OPENED, u == unit);
            javafx.scene.layout.Region swatch = new javafx.scene.layout.Region();
            swatch.getStyleClass().add("unit-rank-swatch");
            swatch.setBackground(new Background(new BackgroundFill(scale.colour(now[u]), CornerRadii.EMPTY, Insets.EMPTY)));
            b.setGraphic(swatch);
            b.setTooltip(new Tooltip("Open unit " + u + ": " + name + " = " + Readouts.value(now[u]) + " at \"" + word + "\""));
            b.setOnAction(e -> onOpen.accept(u));
            ranking.getChildren().add(b);
        }
    }
}
