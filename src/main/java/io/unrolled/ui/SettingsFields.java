package io.unrolled.ui;

import io.unrolled.session.TrainingSession;
import io.unrolled.session.TrainingSession.State;
import io.unrolled.train.Limits;
import javafx.scene.control.TextField;

/**
 * The transport's seed, epochs and learning-rate fields: filled from the session's settings, read
 * back through {@link Limits} (the same limits as the command line's), the first bad one marked and
 * explained in the status line.
 */
final class SettingsFields {

    private final TrainingSession session;
    private final TransportBar transport;
    private final Runnable scheduleChanged;

    /** @param scheduleChanged runs once new settings are taken: the schedule preview follows them */
    SettingsFields(TrainingSession session, TransportBar transport, Runnable scheduleChanged) {
        this.session = session;
        this.transport = transport;
        this.scheduleChanged = scheduleChanged;
    }

    /** Shows the session's settings and clears any mark. */
    void show() {
        var s = session.settings();
        transport.seed.setText(Long.toString(s.seed()));
        transport.epochs.setText(Integer.toString(s.epochs()));
        transport.lr.setText(Double.toString(s.lrMax()));
        clearProblem();
    }

    /** Reads the fields into the session; marks and explains the first bad one. Returns false if training must not start. */
    boolean apply() {
        if (session.stateProperty().get() == State.PAUSED) {
            return true;
        }
        // the same limits as the command line and the trainer, said in words for the person at the field
        long seed;
        int epochs;
        double lr;
        try {
            seed = Limits.SEED.parse(transport.seed.getText());
        } catch (Limits.Refused e) {
            showProblem(transport.seed, "The seed " + e.getMessage() + ".");
            return false;
        }
        try {
            epochs = Limits.EPOCHS.parseInt(transport.epochs.getText());
        } catch (Limits.Refused e) {
            showProblem(transport.epochs, "Epochs " + e.getMessage() + ".");
            return false;
        }
        try {
            lr = Limits.LR.parse(transport.lr.getText());
        } catch (Limits.Refused e) {
            showProblem(transport.lr, "The learning rate " + e.getMessage() + ".");
            return false;
        }
        try {
            session.configure(seed, epochs, lr);
        } catch (IllegalArgumentException e) {
            showProblem(null, e.getMessage());
            return false;
        }
        clearProblem();
        scheduleChanged.run();
        return true;
    }

    /** Marks the field that is wrong (if any) and says why in the status line. */
    void showProblem(TextField field, String message) {
        transport.markProblem(field, message);
        session.announce(message);
    }

    void clearProblem() {
        transport.markProblem(null, null);
    }
}
