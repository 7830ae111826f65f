package io.unrolled.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The keys dialogs' two columns: a long description wraps in its own column, never under the keys. */
@ExtendWith(ApplicationExtension.class)
class KeysTableTest {

    private GridPane table;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        table = KeysTable.of(new String[][] {
            {"Left / Right", "step back / forward one word"},
            {"Esc", "close the word list, unpin a value, and a few more words so that it has to wrap onto a second line"},
            {"?", "this list"}});
        Scene scene = new Scene(new StackPane(table), 700, 500);
        scene.getStylesheets().add(KeysTableTest.class.getResource("/io/unrolled/css/base.css").toExternalForm());
        scene.getRoot().pseudoClassStateChanged(PseudoClass.getPseudoClass("projector"), true);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void everyDescriptionStartsRightOfTheWidestKeyAndKeysKeepOneLine(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<Node> keys = table.getChildren().stream().filter(n -> n.getStyleClass().contains("keys-key")).toList();
        List<Node> descriptions = table.getChildren().stream().filter(n -> n.getStyleClass().contains("keys-description")).toList();
        assertEquals(3, keys.size());
        double keysEnd = keys.stream().mapToDouble(n -> n.getBoundsInParent().getMaxX()).max().orElseThrow();
        for (Node d : descriptions) {
            assertTrue(d.getBoundsInParent().getMinX() > keysEnd, d + " starts under the keys");
        }
        Bounds oneLine = keys.get(2).getBoundsInParent();
        for (Node k : keys) {
            assertEquals(oneLine.getHeight(), k.getBoundsInParent().getHeight(), 0.5, "a key is one line: " + k);
        }
        assertTrue(descriptions.get(1).getBoundsInParent().getHeight() > 1.5 * oneLine.getHeight(), "the long description wraps in its column");
    }
}
