package io.unrolled.ui;

import io.unrolled.models.ModelKind;
import io.unrolled.session.TrainingSession;
import java.util.function.DoubleConsumer;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/** Sliders that act on the running model at its next batch. */
final class KnobsPane extends VBox {

    final Slider dropout = new Slider(0, 0.9, 0);
    final Slider alpha = new Slider(0, 5, 0);
    final Slider beta = new Slider(0, 5, 0);
    final Slider wd = new Slider(0, 0.3, 0.01);
    final Slider lrScale = new Slider(0.1, 10, 1);

    KnobsPane(TrainingSession session) {
        getStyleClass().add("knobs");
        Label title = new Label("Regularisation and learning rate (act at the next batch)");
        title.getStyleClass().add("section-title");
        title.setWrapText(true);
        getChildren().addAll(title,
                row("dropout p", dropout, "%.2f", session::setDropout),
                row("alpha (AR)", alpha, "%.2f", session::setAlpha),
                row("beta (TAR)", beta, "%.2f", session::setBeta),
                row("weight decay", wd, "%.3f", session::setWeightDecay),
                row("lr multiplier", lrScale, "×%.2f", session::setLrMultiplier));
        session.modelProperty().addListener((o, was, kind) -> load(session, kind));
        load(session, session.modelProperty().get());

        Label compare = new Label("Compare with earlier runs");
        compare.getStyleClass().add("section-title");
        compare.setWrapText(true);
        Label hint = new Label("Finished runs of this session appear here; tick one to draw it under the current run.");
        hint.setWrapText(true);
        hint.getStyleClass().add("data-explain");
        getChildren().addAll(compare, hint, pastRuns);
        pastRuns.getStyleClass().add("past-runs");
        session.pastRuns().addListener((javafx.collections.ListChangeListener<io.unrolled.session.RunRecord>) c -> rebuildRuns(session));
    }

    final VBox pastRuns = new VBox();
    private final java.util.Set<Integer> ticked = new java.util.HashSet<>();
    private java.util.function.Consumer<java.util.List<io.unrolled.session.RunRecord>> onCompare = runs -> { };

    void onCompare(java.util.function.Consumer<java.util.List<io.unrolled.session.RunRecord>> action) {
        onCompare = action;
    }

    private void rebuildRuns(TrainingSession session) {
        pastRuns.getChildren().clear();
        for (io.unrolled.session.RunRecord r : session.pastRuns()) {
            javafx.scene.control.CheckBox box = new javafx.scene.control.CheckBox(r.label());
            box.setWrapText(true);
            box.getStyleClass().add(ChartsPane.overlayStyle(r));
            box.setSelected(ticked.contains(r.number()));
            box.selectedProperty().addListener((o, was, now) -> {
                if (now) {
                    ticked.add(r.number());
                } else {
                    ticked.remove(r.number());
                }
                onCompare.accept(session.pastRuns().stream().filter(x -> ticked.contains(x.number())).toList());
            });
            pastRuns.getChildren().add(box);
        }
        onCompare.accept(session.pastRuns().stream().filter(x -> ticked.contains(x.number())).toList());
    }

    private VBox row(String name, Slider slider, String format, DoubleConsumer apply) {
        Label value = new Label();
        value.textProperty().bind(slider.valueProperty().asString(format));
        value.getStyleClass().add("knob-value");
        slider.setId(name.replaceAll("[^a-z]", "") + "-slider");
        slider.valueProperty().addListener((o, was, now) -> apply.accept(now.doubleValue()));
        VBox box = new VBox(new Label(name), slider, value);
        box.getStyleClass().add("knob");
        return box;
    }

    private void load(TrainingSession session, ModelKind kind) {
        var k = session.knobs();
        dropout.setValue(k.dropout());
        alpha.setValue(k.alpha());
        beta.setValue(k.beta());
        wd.setValue(k.wd());
        lrScale.setValue(1);
        explain(dropout, kind.hasDropout(), "Only LMModel7 has a dropout layer.");
        explain(alpha, kind.supportsActivationPenalties(),
                "AR needs the sequence of hidden outputs: LMModel5 to 7 and the GRU.");
        explain(beta, kind.supportsActivationPenalties(),
                "TAR needs the sequence of hidden outputs: LMModel5 to 7 and the GRU.");
    }

    private final java.util.Map<Slider, Tooltip> reasons = new java.util.HashMap<>();

    /** Why a slider is off on this rung, as its row's tooltip says; null when it is on. */
    String whyOff(Slider s) {
        Tooltip t = reasons.get(s);
        return t == null ? null : t.getText();
    }

    private void explain(Slider s, boolean applies, String why) {
        s.setDisable(!applies);
        // a disabled control shows no tooltip, so the reason goes on the row that holds it
        Tooltip old = reasons.remove(s);
        if (old != null) {
            Tooltip.uninstall(s.getParent(), old);
        }
        if (!applies) {
            Tooltip t = new Tooltip(why);
            Tooltip.install(s.getParent(), t);
            reasons.put(s, t);
        }
    }
}
