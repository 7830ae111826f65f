package io.unrolled.ui;

import io.unrolled.models.ModelConfig;
import io.unrolled.models.ModelKind;
import io.unrolled.models.ParameterCount;
import io.unrolled.train.Ladder;
import java.util.EnumMap;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;

/** The model ladder: each rung with what it adds, its size, the book's accuracy and the user's best. */
final class LadderPane extends ListView<ModelKind> {

    private final Map<ModelKind, Double> best = new EnumMap<>(ModelKind.class);
    private final Map<ModelKind, Long> parameters = new EnumMap<>(ModelKind.class);

    LadderPane() {
        for (ModelKind kind : ModelKind.values()) {
            parameters.put(kind, ParameterCount.of(ModelConfig.book(kind, 30)));
        }
        getItems().setAll(ModelKind.values());
        getStyleClass().add("ladder");
        setCellFactory(list -> new RungCell());
    }

    /** Records a finished run's accuracy if it beats the user's best on that rung. */
    void recordAccuracy(ModelKind kind, double accuracy) {
        best.merge(kind, accuracy, Math::max);
        refresh();
    }

    /** One cell's labels are made once and refilled: the list asks for cells many times while it lays out. */
    private final class RungCell extends ListCell<ModelKind> {
        private final Label name = new Label();
        private final Label adds = new Label();
        private final Label facts = new Label();
        private final VBox box = new VBox(name, adds, facts);

        RungCell() {
            setPrefWidth(0);                  // as wide as the list, never wider: no sideways scroll bar
            name.getStyleClass().add("rung-name");
            adds.setWrapText(true);
            adds.getStyleClass().add("rung-adds");
            facts.setWrapText(true);          // "your best" makes it longer than the list is wide
            facts.getStyleClass().add("rung-facts");
            box.getStyleClass().add("rung");
            listViewProperty().addListener((o, was, list) -> {
                adds.maxWidthProperty().unbind();
                facts.maxWidthProperty().unbind();
                if (list != null) {
                    adds.maxWidthProperty().bind(list.widthProperty().subtract(40));
                    facts.maxWidthProperty().bind(list.widthProperty().subtract(40));
                }
            });
        }

        @Override
        protected void updateItem(ModelKind kind, boolean empty) {
            super.updateItem(kind, empty);
            if (empty || kind == null) {
                setGraphic(null);
                return;
            }
            name.setText(kind.bookName());
            adds.setText(kind.adds());
            double book = Ladder.bookAccuracy(kind);
            Double mine = best.get(kind);
            facts.setText(String.format("%,d parameters · book %s · your best %s", parameters.get(kind),
                    Double.isNaN(book) ? "—" : String.format("%.1f %%", 100 * book),
                    mine == null ? "—" : String.format("%.1f %%", 100 * mine)));
            setGraphic(box);
        }
    }
}
