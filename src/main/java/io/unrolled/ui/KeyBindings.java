package io.unrolled.ui;

import io.unrolled.session.TrainingSession.State;
import javafx.event.EventHandler;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Slider;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/**
 * The window's keys, caught before any control sees them: F5, F11, Escape and the zoom keys work
 * everywhere; Space, Right and ? only where no field or slider wants them.
 */
final class KeyBindings implements EventHandler<KeyEvent> {

    private final MainWindow window;

    KeyBindings(MainWindow window) {
        this.window = window;
    }

    @Override
    public void handle(KeyEvent e) {
        if (e.getCode() == KeyCode.F5) {   // the presentation key of slide software
            window.setProjectorMode(!window.isProjectorMode());
            e.consume();
            return;
        }
        if (e.getCode() == KeyCode.ESCAPE && window.notice.isShowing()) {
            window.notice.hide();
            e.consume();
            return;
        }
        var scene = window.getScene();
        if (e.getCode() == KeyCode.F1) {
            window.showAbout();
            e.consume();
            return;
        }
        if (e.getCode() == KeyCode.F11 && scene != null && scene.getWindow() instanceof Stage stage) {
            stage.setFullScreen(!stage.isFullScreen());
            e.consume();
            return;
        }
        if (e.isShortcutDown() && (e.getCode() == KeyCode.PLUS || e.getCode() == KeyCode.EQUALS || e.getCode() == KeyCode.ADD)) {
            window.zoom(+1);
            e.consume();
            return;
        }
        if (e.isShortcutDown() && (e.getCode() == KeyCode.MINUS || e.getCode() == KeyCode.SUBTRACT)) {
            window.zoom(-1);
            e.consume();
            return;
        }
        if (e.isShortcutDown() && (e.getCode() == KeyCode.DIGIT0 || e.getCode() == KeyCode.NUMPAD0)) {
            window.zoom(0);
            e.consume();
            return;
        }
        var focus = scene == null ? null : scene.getFocusOwner();
        if (focus instanceof TextInputControl || focus instanceof Slider) {
            return;
        }
        // the Unrolled view steps through its sentence with Right and lists its own keys; Space keeps its meaning
        var unrolled = window.unrolledTab.getContent();
        var gates = window.gatesTab.getContent();
        boolean inUnrolled = unrolled != null && unrolled.isFocusWithin() || gates != null && gates.isFocusWithin();
        if (inUnrolled && (e.getCode() == KeyCode.RIGHT || "?".equals(e.getText()))) {
            return;
        }
        var memory = window.memoryTab.getContent();
        if (memory != null && memory.isFocusWithin() && e.getCode() == KeyCode.RIGHT) {
            return;   // the Memory view moves its prediction with Right, as the Unrolled view does
        }
        if ("?".equals(e.getText())) {
            showKeys();
            e.consume();
        } else if (e.getCode() == KeyCode.SPACE) {
            if (window.session.stateProperty().get() == State.RUNNING) {
                window.session.pause();
            } else {
                window.train();
            }
            e.consume();
        } else if (e.getCode() == KeyCode.RIGHT) {
            window.step();
            e.consume();
        }
    }

    private void showKeys() {
        Alert keys = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.OK);
        keys.getDialogPane().setContent(io.unrolled.viz.KeysTable.of(new String[][] {
            {"Space", "train / pause"},
            {"Right", "train one batch (paused or stopped)"},
            {"F5", "projector mode"},
            {"F11", "full screen"},
            {"Ctrl + / −", "larger / smaller text"},
            {"Ctrl 0", "normal text size"},
            {"F1", "about Unrolled (version, licences)"},
            {"?", "this list"}}));
        keys.setHeaderText("Keys");
        keys.getDialogPane().getStyleClass().add("keys-dialog");
        window.ownedAndStyled(keys).show();
    }
}
