package io.unrolled.viz;

import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The keys dialogs' content: keys in one column and what they do in the next, so that a long
 * description wraps within its own column instead of under the keys (sizes and fonts in base.css).
 */
public final class KeysTable {

    private KeysTable() {
    }

    /** A table of {@code rows}, each {key, what it does}. */
    public static GridPane of(String[][] rows) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("keys-table");
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(Region.USE_PREF_SIZE);   // a key is never wrapped or cut
        ColumnConstraints what = new ColumnConstraints();
        what.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(keys, what);
        for (int r = 0; r < rows.length; r++) {
            Label key = new Label(rows[r][0]);
            key.getStyleClass().add("keys-key");
            key.setMinWidth(Region.USE_PREF_SIZE);
            Label does = new Label(rows[r][1]);
            does.getStyleClass().add("keys-description");
            does.setWrapText(true);
            grid.addRow(r, key, does);
        }
        return grid;
    }
}
