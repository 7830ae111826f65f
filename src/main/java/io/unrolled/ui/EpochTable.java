package io.unrolled.ui;

import io.unrolled.session.TrainingSession;
import io.unrolled.train.BookRow;
import io.unrolled.train.EpochResult;
import io.unrolled.train.Ladder;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** fastai's epoch table (epoch, train_loss, valid_loss, accuracy, time) with the book's accuracy beside it. */
final class EpochTable extends TableView<EpochResult> {

    EpochTable(TrainingSession session) {
        getStyleClass().add("epoch-table");
        setItems(session.epochs());
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        getColumns().add(column("epoch", r -> Integer.toString(r.epoch())));
        getColumns().add(column("train_loss", r -> String.format("%.6f", r.trainLoss())));
        getColumns().add(column("valid_loss", r -> String.format("%.6f", r.validLoss())));
        getColumns().add(column("accuracy", r -> String.format("%.6f", r.accuracy())));
        getColumns().add(column("time", EpochResult::time));
        getColumns().add(column("book accuracy", r -> {
            if (!session.runMatchesBook()) {
                return "(other settings)";
            }
            List<BookRow> book = Ladder.bookTable(session.modelProperty().get());
            return r.epoch() < book.size() ? String.format("%.6f", book.get(r.epoch()).accuracy()) : "";
        }));
        setPlaceholder(new javafx.scene.control.Label("The table fills in as epochs finish."));
        // the newest epoch is the one the room is waiting for: keep it in view (after the table's
        // own listener has taken in the new row, hence later)
        session.epochs().addListener((javafx.collections.ListChangeListener<EpochResult>) c ->
                javafx.application.Platform.runLater(() -> {
                    if (!getItems().isEmpty()) {
                        scrollTo(getItems().size() - 1);
                    }
                }));
    }

    /**
     * Makes the table's row and cell skins now, inside one event so nothing is drawn: making them
     * when the first epoch ends cost a 150 ms frame in the middle of training.
     */
    void prepareRows() {
        ObservableList<EpochResult> real = getItems();
        setItems(FXCollections.observableArrayList(new EpochResult(0, 0, 0, 0, 0, 0)));
        applyCss();
        layout();
        setItems(real);
    }

    private static TableColumn<EpochResult, String> column(String name, Function<EpochResult, String> value) {
        TableColumn<EpochResult, String> c = new TableColumn<>(name);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setSortable(false);
        return c;
    }
}
