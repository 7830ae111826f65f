package io.unrolled.ui;

import io.unrolled.session.TrainingSession;
import io.unrolled.train.BookRow;
import io.unrolled.train.EpochResult;
import io.unrolled.train.Ladder;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * fastai's epoch table (epoch, train_loss, valid_loss, accuracy, time) with the book's accuracy
 * beside it, as a grid of labels under a fixed header. A TableView re-laid out every visible row
 * each time it scrolled to show a new epoch, which cost a 60-100 ms frame per epoch; here a new
 * epoch adds one row and the scroll pane only moves.
 */
final class EpochTable extends VBox {

    /** A column's name and its percent of the width: the short epoch and time columns give room to the long names. */
    private record Column(String name, double share) {
    }

    private static final Column[] COLUMNS = {new Column("epoch", 11), new Column("train_loss", 18),
        new Column("valid_loss", 18), new Column("accuracy", 17), new Column("time", 13), new Column("book accuracy", 23)};

    private final TrainingSession session;
    private final GridPane body = new GridPane();
    private final ScrollPane scroll = new ScrollPane(body);
    private final Label placeholder = new Label("The table fills in as epochs finish.");
    private int rows;

    EpochTable(TrainingSession session) {
        this.session = session;
        getStyleClass().add("epoch-table");
        GridPane header = new GridPane();
        header.getStyleClass().add("epoch-header-row");
        for (int c = 0; c < COLUMNS.length; c++) {
            header.add(cell(COLUMNS[c].name(), "epoch-header"), c, 0);
        }
        shareColumns(header);
        shareColumns(body);
        placeholder.getStyleClass().add("epoch-placeholder");
        body.add(placeholder, 0, 0, COLUMNS.length, 1);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("epoch-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        // exactly as wide as the rows (which give way to a scroll bar), so the columns line up
        header.maxWidthProperty().bind(body.widthProperty());
        // the newest epoch is the one the room is waiting for: when a row makes the grid taller, follow it
        body.heightProperty().addListener(o -> scroll.setVvalue(scroll.getVmax()));
        getChildren().addAll(header, scroll);
        session.epochs().addListener((ListChangeListener<EpochResult>) c -> sync());
    }

    /** Rows shown, one per finished epoch. */
    int rowCount() {
        return rows;
    }

    /** Brings the rows in line with the session's epochs: a new run clears them, each epoch adds one. */
    private void sync() {
        List<EpochResult> epochs = session.epochs();
        if (epochs.size() < rows) {
            body.getChildren().removeIf(n -> n != placeholder);
            rows = 0;
        }
        for (int i = rows; i < epochs.size(); i++) {
            addRow(epochs.get(i), i);
        }
        rows = epochs.size();
        placeholder.setVisible(rows == 0);
        placeholder.setManaged(rows == 0);
    }

    private void addRow(EpochResult r, int index) {
        String[] values = {Integer.toString(r.epoch()), String.format("%.6f", r.trainLoss()),
            String.format("%.6f", r.validLoss()), String.format("%.6f", r.accuracy()), r.time(), bookAccuracy(r)};
        for (int c = 0; c < values.length; c++) {
            Label l = cell(values[c], "epoch-cell");
            if (index % 2 == 1) {
                l.getStyleClass().add("odd");
            }
            body.add(l, c, index + 1);
        }
    }

    private String bookAccuracy(EpochResult r) {
        if (!session.runMatchesBook()) {
            return "(other settings)";
        }
        List<BookRow> book = Ladder.bookTable(session.modelProperty().get());
        return r.epoch() < book.size() ? String.format("%.6f", book.get(r.epoch()).accuracy()) : "";
    }

    private static Label cell(String text, String styleClass) {
        Label l = new Label(text);
        l.getStyleClass().add(styleClass);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    private static void shareColumns(GridPane grid) {
        for (Column column : COLUMNS) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(column.share());
            grid.getColumnConstraints().add(cc);
        }
    }
}
