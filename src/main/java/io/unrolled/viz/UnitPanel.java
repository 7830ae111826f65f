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
import javafx.scene.layout.Region;
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

    /**
     * Shows {@code unit} of {@code layer} at {@code step} (−1: none opened) and the strongest units there. Called at each
     * step and each new trace while training: the word labels and rank buttons are kept and refilled, so a tooltip or a
     * click in progress is not lost to a new node.
     */
    void show(SentenceTrace trace, int layer, int step, GateCell cell, int unit, Map<GateCell.Scale, ColourScale> scales) {
        again = () -> show(trace, layer, step, cell, unit, scales);
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
            ranking.getChildren().clear();
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
            showWords(trace, l, q, step, unit, name, scale);
        } else {
            equation.setText(unit >= 0 ? "This layer has no unit " + unit + " (units 0 to " + (l.hidden() - 1) + ")." : CLOSED);
        }
        rankTitle.setText("Strongest at \"" + word + "\": largest |" + name + "| at this word first; click one to open it.");
        float[] now = UnitRanking.values(l, q, step);
        int[] top = UnitRanking.strongest(l, q, step, RANKED);
        while (ranking.getChildren().size() > top.length) {
            ranking.getChildren().remove(ranking.getChildren().size() - 1);
        }
        while (ranking.getChildren().size() < top.length) {
            ranking.getChildren().add(rankButton());
        }
        for (int k = 0; k < top.length; k++) {
            int u = top[k];
            Button b = (Button) ranking.getChildren().get(k);
            b.setText(String.format(Locale.ROOT, "%d: %s", u, Readouts.value(now[u]).replace('-', '−')));
            b.setUserData(u);
            b.setId("rank-unit-" + u);
            b.pseudoClassStateChanged(OPENED, u == unit);
            ((Region) b.getGraphic()).setBackground(fill(scale.colour(now[u])));
            b.getTooltip().setText("Open unit " + u + ": " + name + " = " + Readouts.value(now[u]) + " at \"" + word + "\"");
        }
    }

    private void showWords(SentenceTrace trace, LayerTrace l, Quantity q, int step, int unit, String name, ColourScale scale) {
        while (words.getChildren().size() > trace.steps()) {
            words.getChildren().remove(words.getChildren().size() - 1);
        }
        while (words.getChildren().size() < trace.steps()) {
            Label w = new Label();
            w.setTooltip(new Tooltip());
            words.getChildren().add(w);
        }
        float[] series = new float[trace.steps()];
        for (int t = 0; t < trace.steps(); t++) {
            float v = UnitRanking.values(l, q, t)[unit];
            series[t] = v;
            Label w = (Label) words.getChildren().get(t);
            w.setText(trace.vocab().get(trace.words()[t]));
            w.getStyleClass().setAll("label", t == step ? "unit-word-current" : "unit-word");
            w.setBackground(fill(scale.colour(v)));
            w.getTooltip().setText(name + " = " + Readouts.value(v));
        }
        chart.show(series, step, scale);
    }

    private Button rankButton() {
        Button b = new Button();
        b.getStyleClass().add("unit-rank");
        Region swatch = new Region();
        swatch.getStyleClass().add("unit-rank-swatch");
        b.setGraphic(swatch);
        b.setTooltip(new Tooltip());
        b.setOnAction(e -> onOpen.accept((Integer) b.getUserData()));
        return b;
    }

    private static Background fill(javafx.scene.paint.Color c) {
        return new Background(new BackgroundFill(c, CornerRadii.EMPTY, Insets.EMPTY));
    }
}
