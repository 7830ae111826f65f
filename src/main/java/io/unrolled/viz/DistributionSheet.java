package io.unrolled.viz;

import io.unrolled.trace.Prediction;
import io.unrolled.trace.SentenceTrace;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One output's whole distribution: every word of the vocabulary with its probability, most likely
 * first, in two columns. The rows scroll inside the sheet when the place is short (a 1366×768
 * projector), so no row is ever drawn outside it. The true next word is marked.
 */
final class DistributionSheet extends VBox {

    private final Label title = new Label();
    private final GridPane grid = new GridPane();
    private final ScrollPane rowsPane = new ScrollPane(grid);
    final Button close = new Button("Close");
    private int prediction = -1;

    DistributionSheet() {
        getStyleClass().add("distribution-sheet");
        title.getStyleClass().add("section-title");
        Region space = new Region();
        HBox.setHgrow(space, Priority.ALWAYS);
        HBox head = new HBox(title, space, close);
        head.getStyleClass().add("distribution-head");
        grid.getStyleClass().add("distribution-grid");
        rowsPane.getStyleClass().add("distribution-rows");
        rowsPane.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        rowsPane.setMinHeight(0);   // the sheet may shrink to its place; the rows then scroll
        rowsPane.setMinWidth(0);
        VBox.setVgrow(rowsPane, Priority.ALWAYS);
        getChildren().addAll(head, rowsPane);
        setVisible(false);
        setMinSize(0, 0);
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        close.setOnAction(e -> setVisible(false));
    }

    /** Rows shown (for tests): one per vocabulary word. */
    int rows() {
        return grid.getChildren().size() / 3;
    }

    /** The scrolling box the rows live in (for tests). */
    ScrollPane rowsPane() {
        return rowsPane;
    }

    /** The prediction shown (its index in the trace), −1 before the first. */
    int prediction() {
        return prediction;
    }

    void show(SentenceTrace trace, int prediction) {
        this.prediction = prediction;
        Prediction p = trace.predictions().get(prediction);
        List<String> vocab = trace.vocab();
        title.setText(String.format(Locale.ROOT, "After \"%s\": all %d words", vocab.get(trace.words()[p.after()]), vocab.size()));
        grid.getChildren().clear();
        List<Integer> order = IntStream.range(0, p.probs().length).boxed()
                .sorted(Comparator.comparingDouble((Integer v) -> -p.probs()[v]).thenComparing(v -> v)).toList();
        int half = (order.size() + 1) / 2;
        for (int k = 0; k < order.size(); k++) {
            int w = order.get(k);
            boolean target = w == p.target();
            Label word = new Label(PredictionPanel.shown(vocab.get(w)) + (target ? "  ◀ really next" : ""));
            word.getStyleClass().add(target ? "distribution-target" : "distribution-word");
            ProgressBar bar = new ProgressBar(p.probs()[w]);
            bar.getStyleClass().add("prob-bar");
            Label value = new Label(String.format(Locale.ROOT, "%.4f", p.probs()[w]));
            value.getStyleClass().add("prediction-value");
            int col = (k / half) * 3;
            grid.add(word, col, k % half);
            grid.add(bar, col + 1, k % half);
            grid.add(value, col + 2, k % half);
        }
        rowsPane.setVvalue(0);
        setVisible(true);
    }
}
