package io.unrolled.ui;

import io.unrolled.session.TrainingSession;
import io.unrolled.train.BookRow;
import io.unrolled.train.EpochResult;
import io.unrolled.train.Ladder;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * fastai's epoch table (epoch, train_loss, valid_loss, accuracy, time) with the book's row for the
 * same epoch beside it, as a grid of labels under a fixed header. The book's numbers only mean
 * something next to a run with the book's settings, so any other run says so in their place.
 * A TableView re-laid out every visible row each time it scrolled to show a new epoch, which cost
 * a 60-100 ms frame per epoch; here a new epoch adds one row and the scroll pane only moves.
 */
final class EpochTable extends VBox {

    /** A column's name and its percent of the width: the short epoch and time columns give room to the numbers. */
    private record Column(String name, double share) {
    }

    /** The book's whole row beside the run's. */
    private static final Column[] FULL = {new Column("epoch", 8), new Column("train_loss", 13),
        new Column("valid_loss", 13), new Column("accuracy", 13), new Column("time", 8),
        new Column("book train", 15), new Column("book valid", 15), new Column("book acc.", 15)};
    /** Only the book's accuracy, for a table too narrow for eight columns of six decimals (projector mode, zoomed text). */
    private static final Column[] COMPACT = {new Column("epoch", 11), new Column("train_loss", 18),
        new Column("valid_loss", 18), new Column("accuracy", 17), new Column("time", 13), new Column("book acc.", 23)};
    /** The first of the book's columns; the ones before it are this run's. */
    private static final int FIRST_BOOK_COLUMN = 5;
    /** Width, in em of the table's text, from which the full layout's numbers show uncut (they need about 42). */
    private static final double FULL_LAYOUT_EMS = 48;

    private final TrainingSession session;
    private final GridPane header = new GridPane();
    private final GridPane body = new GridPane();
    private final ScrollPane scroll = new ScrollPane(body);
    private final Label placeholder = new Label("The table fills in as epochs finish.");
    private Column[] columns;
    private int rows;
    // whether each row's epoch was trained with the book's settings, kept as it was when the row
    // came: a slider moved later, or a change of layout, must not rewrite earlier rows
    private final List<Boolean> matchedBook = new ArrayList<>();

    EpochTable(TrainingSession session) {
        this.session = session;
        getStyleClass().add("epoch-table");
        header.getStyleClass().add("epoch-header-row");
        placeholder.getStyleClass().add("epoch-placeholder");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("epoch-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        // exactly as wide as the rows (which give way to a scroll bar), so the columns line up
        header.maxWidthProperty().bind(body.widthProperty());
        // the newest epoch is the one the room is waiting for: when a row makes the grid taller, follow it
        body.heightProperty().addListener(o -> scroll.setVvalue(scroll.getVmax()));
        getChildren().addAll(header, scroll);
        layOut(FULL);
        session.epochs().addListener((ListChangeListener<EpochResult>) c -> sync());
        // the text size is the placeholder's, which is styled whether or not it shows
        widthProperty().addListener(o -> fitLayoutToWidth());
        placeholder.fontProperty().addListener(o -> fitLayoutToWidth());
    }

    /** Rows shown, one per finished epoch. */
    int rowCount() {
        return rows;
    }

    /** Whether the book's whole row is shown, or only its accuracy. */
    boolean showsBooksWholeRow() {
        return columns == FULL;
    }

    /** The text shown in a body cell (row and column from 0), for tests; a remark spanning the book's columns sits in the first. */
    String cellText(int row, int column) {
        return body.getChildren().stream()
            .filter(n -> n != placeholder && GridPane.getRowIndex(n) == row + 1 && GridPane.getColumnIndex(n) == column)
            .map(n -> ((Label) n).getText()).findFirst().orElse("");
    }

    private void fitLayoutToWidth() {
        double ems = getWidth() / placeholder.getFont().getSize();
        Column[] fitting = ems >= FULL_LAYOUT_EMS ? FULL : COMPACT;
        if (getWidth() > 0 && fitting != columns) {
            layOut(fitting);
        }
    }

    /** Builds the header and every row again for a set of columns: only when the layout changes, which is rare. */
    private void layOut(Column[] chosen) {
        columns = chosen;
        header.getChildren().clear();
        for (int c = 0; c < columns.length; c++) {
            Label name = cell(columns[c].name(), "epoch-header");
            if (c >= FIRST_BOOK_COLUMN) {
                markBookColumn(name, c);
                name.setTooltip(new Tooltip("The book's numbers at this epoch, shown when this run has the book's settings"));
            }
            header.add(name, c, 0);
        }
        shareColumns(header);
        shareColumns(body);
        body.getChildren().clear();
        body.add(placeholder, 0, 0, columns.length, 1);
        rows = 0;
        sync();
    }

    /** Brings the rows in line with the session's epochs: a new run clears them, each epoch adds one. */
    private void sync() {
        List<EpochResult> epochs = session.epochs();
        if (epochs.size() < rows || epochs.size() < matchedBook.size()) {
            body.getChildren().removeIf(n -> n != placeholder);
            rows = 0;
            matchedBook.clear();
        }
        for (int i = rows; i < epochs.size(); i++) {
            if (i == matchedBook.size()) {
                matchedBook.add(session.runMatchesBook());
            }
            addRow(epochs.get(i), i, matchedBook.get(i));
        }
        rows = epochs.size();
        placeholder.setVisible(rows == 0);
        placeholder.setManaged(rows == 0);
    }

    private void addRow(EpochResult r, int index, boolean matchesBook) {
        String[] ours = {Integer.toString(r.epoch()), decimal(r.trainLoss()), decimal(r.validLoss()),
            decimal(r.accuracy()), r.time()};
        for (int c = 0; c < ours.length; c++) {
            body.add(rowCell(ours[c], index), c, index + 1);
        }
        List<String> book = booksRow(r.epoch(), matchesBook);
        int bookColumns = columns.length - FIRST_BOOK_COLUMN;
        if (book.size() == 1) {
            Label why = rowCell(book.get(0), index);
            markBookColumn(why, FIRST_BOOK_COLUMN);
            body.add(why, FIRST_BOOK_COLUMN, index + 1, bookColumns, 1);
            return;
        }
        List<String> shown = book.subList(book.size() - bookColumns, book.size());   // the compact layout keeps the accuracy
        for (int i = 0; i < shown.size(); i++) {
            Label l = rowCell(shown.get(i), index);
            markBookColumn(l, FIRST_BOOK_COLUMN + i);
            body.add(l, FIRST_BOOK_COLUMN + i, index + 1);
        }
    }

    /** The book's train_loss, valid_loss and accuracy for this epoch, or one remark when there is nothing to compare. */
    private List<String> booksRow(int epoch, boolean matchesBook) {
        if (!matchesBook) {
            return List.of("(other settings than the book's)");
        }
        List<BookRow> book = Ladder.bookTable(session.modelProperty().get());
        if (epoch >= book.size()) {
            return List.of("(the book has no such epoch)");
        }
        BookRow row = book.get(epoch);
        return List.of(decimal(row.trainLoss()), decimal(row.validLoss()), decimal(row.accuracy()));
    }

    private static String decimal(double value) {
        return String.format("%.6f", value);
    }

    private static Label rowCell(String text, int index) {
        Label l = cell(text, "epoch-cell");
        if (index % 2 == 1) {
            l.getStyleClass().add("odd");
        }
        return l;
    }

    /** The book's numbers are set apart from the run's, with a rule before the first of them. */
    private static void markBookColumn(Label l, int column) {
        l.getStyleClass().add(column == FIRST_BOOK_COLUMN ? "book-first" : "book");
    }

    private static Label cell(String text, String styleClass) {
        Label l = new Label(text);
        l.getStyleClass().add(styleClass);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    private void shareColumns(GridPane grid) {
        grid.getColumnConstraints().clear();
        for (Column column : columns) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(column.share());
            grid.getColumnConstraints().add(cc);
        }
    }
}
