package io.unrolled.viz;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;

/** The Gates tab's keys and clicks, listed when ? is pressed there (the window's own list names the training keys). */
final class GateKeys {

    private static final PseudoClass PROJECTOR = PseudoClass.getPseudoClass("projector");

    private GateKeys() {
    }

    static Alert show(Node owner) {
        Alert keys = new Alert(Alert.AlertType.INFORMATION, String.join("\n",
                "Left / Right   step back / forward one word (both tabs)",
                "Home / End     first / last word",
                "P              play the sentence, each step part by part",
                "1 / 2          layer 1 / layer 2",
                "hover a tile   the exact value of that wire and unit",
                "click a tile   pin that value and open the unit",
                "Esc            unpin the value",
                "Space          train / pause (as everywhere)",
                "?              this list"), ButtonType.OK);
        keys.setHeaderText("Keys in the Gates tab");
        keys.getDialogPane().getStyleClass().add("keys-dialog");
        if (owner.getScene() != null) {
            keys.initOwner(owner.getScene().getWindow());
            keys.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
            keys.getDialogPane().pseudoClassStateChanged(PROJECTOR, owner.getScene().getRoot().getPseudoClassStates().contains(PROJECTOR));
        }
        keys.show();
        return keys;
    }
}
