package io.unrolled.ui;

import io.unrolled.session.TrainingSession;
import io.unrolled.session.TrainingSession.State;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;

/** Train / Pause / Step / Stop / Reset, and the seed, epochs and learning rate of the next run. */
final class TransportBar extends ToolBar {

    final Button train = button("mdi2p-play", "Train", "Start training, or resume (Space)");
    final Button pause = button("mdi2p-pause", "Pause", "Pause after the current batch (Space)");
    final Button step = button("mdi2s-step-forward", "Step", "Train exactly one batch, then wait (Right arrow); pause a running run first");
    final Button stop = button("mdi2s-stop", "Stop", "Stop training; the charts and table stay");
    final Button reset = button("mdi2r-restore", "Reset", "Start again from the same seed: the same first weights");
    final Button save = button("mdi2c-content-save", "Save", "Save the model as .npz (PyTorch state_dict names)");
    final Button load = button("mdi2f-folder-open", "Load", "Load a saved .npz model and evaluate it");
    final Button export = button("mdi2f-file-export", "Export", "Save the charts as PNG and the run's numbers as CSV");
    final TextField seed = field("seed", 5);
    final TextField epochs = field("epochs", 4);
    final TextField lr = field("lr", 7);

    TransportBar(TrainingSession session) {
        getStyleClass().add("transport");
        BooleanBinding running = Bindings.createBooleanBinding(
                () -> session.stateProperty().get() == State.RUNNING, session.stateProperty());
        BooleanBinding busy = Bindings.createBooleanBinding(
                () -> session.stateProperty().get() == State.RUNNING || session.stateProperty().get() == State.PAUSED,
                session.stateProperty());
        train.disableProperty().bind(running);
        pause.disableProperty().bind(running.not());
        step.disableProperty().bind(running);   // stepping is for a run that stands still
        stop.disableProperty().bind(busy.not());
        seed.disableProperty().bind(busy);
        epochs.disableProperty().bind(busy);
        lr.disableProperty().bind(busy);
        save.disableProperty().bind(busy.or(session.hasWeightsProperty().not()));
        load.disableProperty().bind(busy);
        getItems().addAll(train, pause, step, stop, reset, new javafx.scene.control.Separator(), label("seed"), seed,
                label("epochs"), epochs, label("lr"), lr, new javafx.scene.control.Separator(), save, load, export);
    }

    /**
     * Marks the field that is wrong (or none) and puts the reason on it, for the mouse; the window puts
     * the same reason in the status line, where it is seen at once. A label at the end of the toolbar
     * was moved into its overflow menu on a 1440-pixel screen, out of sight.
     */
    void markProblem(TextField field, String message) {
        for (TextField f : new TextField[] {seed, epochs, lr}) {
            boolean wrong = f == field && message != null;
            f.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("invalid"), wrong);
            f.setTooltip(wrong ? new Tooltip(message) : null);
        }
    }

    private static Button button(String icon, String text, String tip) {
        Button b = new Button(text, new FontIcon(icon));
        b.setTooltip(new Tooltip(tip));
        b.getStyleClass().add("transport-button");
        // never "Tr…": a toolbar short of room moves its last items into its » menu instead
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return b;
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);   // "epochs", never "epoc…"
        return l;
    }

    private static TextField field(String name, int columns) {
        TextField f = new TextField();
        f.setPrefColumnCount(columns);
        f.setId(name + "-field");
        return f;
    }
}
