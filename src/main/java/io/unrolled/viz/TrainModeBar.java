package io.unrolled.viz;

import io.unrolled.models.ModelKind;
import io.unrolled.trace.DropoutTrace;
import io.unrolled.trace.SentenceTrace;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/**
 * The train/eval switch of a diagram view and its legend line. Each view has its own, bound to the one
 * switch the Unrolled view holds, so both views show the same mode. Disabled, with the reason on hover,
 * for a rung without dropout.
 */
final class TrainModeBar extends HBox {

    final ToggleButton toggle = new ToggleButton("Train mode");
    final Button newMask = new Button("New mask");
    final Label legend = new Label();
    private final Tooltip why = new Tooltip();
    private final Tooltip what = new Tooltip("Off (eval mode, as fastai evaluates): no dropout. On: the sentence also goes through "
            + "a training pass of the same weights, and the dropout mask it used is drawn on the top layer's h");

    TrainModeBar(BooleanProperty trainMode, String id) {
        getStyleClass().add("train-mode-bar");
        toggle.getStyleClass().add("train-mode-toggle");
        toggle.setId(id);
        toggle.selectedProperty().bindBidirectional(trainMode);
        toggle.setTooltip(what);
        toggle.setMinWidth(USE_PREF_SIZE);
        newMask.setMinWidth(USE_PREF_SIZE);
        newMask.setTooltip(new Tooltip("Draw another dropout mask (the next seed)"));
        legend.getStyleClass().add("train-mode-legend");
        legend.setMinWidth(0);
        legend.setWrapText(true);
        legend.setMinHeight(USE_PREF_SIZE);
        setHgrow(legend, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(toggle, newMask, legend);
        show(null, null, false);
    }

    /** Follows the shown sentence's rung and pass; {@code on} is the switch's state. */
    void show(SentenceTrace t, DropoutTrace d, boolean on) {
        show(t, d, on, "");
    }

    /** @param note added to the legend of a shown pass, e.g. where the mask is drawn */
    void show(SentenceTrace t, DropoutTrace d, boolean on, String note) {
        ModelKind kind = t == null ? null : RungShape.kindOf(t);
        String refusal = kind == null ? "No sentence traced yet." : kind.noDropout();
        toggle.setDisable(refusal != null);
        // a disabled control shows no tooltip, so the reason goes on the bar that holds it
        if (refusal != null) {
            why.setText(refusal);
            Tooltip.install(this, why);
        } else {
            Tooltip.uninstall(this, why);
        }
        newMask.setVisible(on && refusal == null);
        newMask.setManaged(newMask.isVisible());
        if (refusal != null) {
            legend.setText(kind == null ? "" : "Eval mode: " + kind.bookName() + " has no dropout.");
        } else if (!on) {
            legend.setText("Eval mode: no dropout, as fastai evaluates.");
        } else if (!DropoutPainter.matches(d, t)) {
            legend.setText("Train mode: making the training pass…");
        } else {
            legend.setText(String.format(Locale.ROOT, "p = %s, seed %d · top layer's h: ✕ dropped (×0), "
                    + "• kept (×1/(1−p) = ×%.2f)%s", trim(d.p()), d.seed(), d.keepScale(), note));
        }
    }

    private static String trim(double p) {
        return String.format(Locale.ROOT, "%.2f", p).replaceAll("0$", "");
    }
}
