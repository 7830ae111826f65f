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

    LadderPane() {
        getItems().setAll(ModelKind.values());
        getStyleClass().add("ladder");
        setCellFactory(list -> new RungCell());
    }

    /** Records a finished run's accuracy if it beats the user's best on that rung. */
    void recordAccuracy(ModelKind kind, double accuracy) {
        best.merge(kind, accuracy, Math::max);
        refresh();
    }

    private final class RungCell extends ListCell<ModelKind> {
        @Override
        protected void updateItem(ModelKind kind, boolean empty) {
            super.updateItem(kind, empty);
            if (empty || kind == null) {
                setGraphic(null);
                return;
            }
            Label name = new Label(kind.bookName());
            name.getStyleClass().add("rung-name");
            Label adds = new Label(kind.adds());
            adds.setWrapText(true);
            adds.getStyleClass().add("rung-adds");
            double book = Ladder.bookAccuracy(kind);
            Double mine = best.get(kind);
            Label facts = new Label(String.format("%,d parameters · book %s · your best %s",
                    ParameterCount.of(ModelConfig.book(kind, 30)),
                    Double.isNaN(book) ? "—" : String.format("%.1f %%", 100 * book),
                    mine == null ? "—" : String.format("%.1f %%", 100 * mine)));
            facts.getStyleClass().add("rung-facts");
            VBox box = new VBox(name, adds, facts);
            box.getStyleClass().add("rung");
            adds.maxWidthProperty().bind(getListView().widthProperty().subtract(40));
            setGraphic(box);
        }
    }
}
