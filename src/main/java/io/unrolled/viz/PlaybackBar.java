package io.unrolled.viz;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/** Play, pause, step back and forward, the scrub bar, the speed, and LMModel2's roll / unroll switch. */
final class PlaybackBar extends HBox {

    final Button back = button("mdi2s-step-backward", "Step back (Left)");
    final Button play = button("mdi2p-play", "Play the sentence word by word");
    final Button forward = button("mdi2s-step-forward", "Step forward (Right)");
    final Slider scrub = new Slider(0, 1, 0);
    final ChoiceBox<Double> speed = new ChoiceBox<>();
    final ToggleButton unroll = new ToggleButton("Unroll");
    final Button keys = new Button("?");
    final Label where = new Label();

    PlaybackBar(StepClock clock) {
        getStyleClass().add("playback-bar");
        scrub.getStyleClass().add("scrub");
        scrub.setId("scrub");
        scrub.setMajorTickUnit(1);
        scrub.setMinorTickCount(0);
        scrub.setSnapToTicks(true);
        scrub.setBlockIncrement(1);
        scrub.setTooltip(new Tooltip("Drag to any step"));
        HBox.setHgrow(scrub, Priority.ALWAYS);
        scrub.valueProperty().addListener((o, was, now) -> {
            int t = (int) Math.round(now.doubleValue());
            if (t != clock.cursor().get()) {
                clock.jumpTo(t);
            }
        });
        clock.cursor().addListener((o, was, now) -> scrub.setValue(now.intValue()));
        speed.getItems().addAll(0.25, 0.5, 1.0, 2.0, 4.0);
        speed.setValue(1.0);
        speed.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double v) {
                return v == null ? "" : (v == Math.rint(v) ? Integer.toString(v.intValue()) : v.toString()) + "×";
            }

            @Override
            public Double fromString(String s) {
                return Double.valueOf(s.replace("×", ""));
            }
        });
        speed.setTooltip(new Tooltip("Speed of play"));
        clock.speed().bind(speed.valueProperty());
        back.setOnAction(e -> clock.stepBack());
        forward.setOnAction(e -> clock.stepForward());
        play.setOnAction(e -> clock.togglePlay());
        clock.playing().addListener((o, was, now) -> {
            ((FontIcon) play.getGraphic()).setIconLiteral(now ? "mdi2p-pause" : "mdi2p-play");
            play.getTooltip().setText(now ? "Pause" : "Play the sentence word by word");
        });
        unroll.setId("unroll-toggle");
        unroll.setTooltip(new Tooltip("Unroll the loop into one step per word, or roll it back"));
        unroll.managedProperty().bind(unroll.visibleProperty());
        unroll.textProperty().bind(Bindings.when(unroll.selectedProperty()).then("Roll up").otherwise("Unroll"));
        keys.setTooltip(new Tooltip("Keys (?)"));
        where.getStyleClass().add("playback-where");
        for (var n : new javafx.scene.control.Control[] {where, speed, unroll, keys, back, play, forward}) {
            n.setMinWidth(USE_PREF_SIZE);   // the scrub bar gives way, never a label or a button
        }
        getChildren().addAll(back, play, forward, scrub, where, speed, unroll, keys);
    }

    /** A new sentence length: the scrub bar spans its steps. */
    void setSteps(int steps) {
        scrub.setMax(Math.max(1, steps - 1));
        scrub.setDisable(steps <= 1);
    }

    private static Button button(String icon, String tip) {
        FontIcon i = new FontIcon(icon);
        Button b = new Button(null, i);
        b.getStyleClass().add("playback-button");
        b.setTooltip(new Tooltip(tip));
        return b;
    }
}
