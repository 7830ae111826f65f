package io.unrolled.ui;

import io.unrolled.session.TrainingSession;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;

/**
 * The questions asked before trained or loaded weights are thrown away: Reset, another rung and a
 * new run all ask first; with nothing trained there is nothing to ask. After Load, a new run may
 * instead go on from the loaded weights.
 */
final class WeightsQuestions {

    /** Where a new run starts. */
    enum Start { FROM_LOADED, AFRESH }

    private final TrainingSession session;
    private final UnaryOperator<Alert> styled;

    /** @param styled puts a dialog in front of the window and in its style */
    WeightsQuestions(TrainingSession session, UnaryOperator<Alert> styled) {
        this.session = session;
        this.styled = styled;
    }

    /** Whether the weights may go; asks with {@code header} when there are any. */
    boolean mayForget(String header) {
        if (!session.hasWeightsProperty().get()) {
            return true;
        }
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION,
                "Forget this run's weights and charts? Save first to keep the model. The next run starts again from seed "
                        + session.settings().seed() + ".",
                ButtonType.OK, ButtonType.CANCEL);
        ask.setHeaderText(header);
        return styled.apply(ask).showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK;
    }

    /**
     * Where the next run starts: from the loaded weights or afresh when a model was loaded (the user
     * chooses), afresh otherwise once the weights there are may go. Empty when the user cancelled.
     */
    Optional<Start> howToStart() {
        String file = session.loadedFromProperty().get();
        if (file == null) {
            return mayForget("Train a new model?") ? Optional.of(Start.AFRESH) : Optional.empty();
        }
        ButtonType goOn = new ButtonType("Continue", ButtonData.OK_DONE);
        ButtonType afresh = new ButtonType("Start afresh", ButtonData.OTHER);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION,
                "Continue trains the weights loaded from " + file + " further, with the recipe's schedule over the epochs set above. "
                        + "Start afresh forgets them (the file keeps them) and begins again from seed " + session.settings().seed() + ".",
                goOn, afresh, ButtonType.CANCEL);
        ask.setHeaderText("Continue from the loaded weights?");
        ButtonType answer = styled.apply(ask).showAndWait().orElse(ButtonType.CANCEL);
        if (answer == goOn) {
            return Optional.of(Start.FROM_LOADED);
        }
        return answer == afresh ? Optional.of(Start.AFRESH) : Optional.empty();
    }
}
