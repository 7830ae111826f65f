package io.unrolled.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unrolled.session.TrainingSession;
import io.unrolled.session.TrainingSession.State;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** After Load, Train asks whether to go on from the loaded weights or start afresh, and does what was chosen. */
@ExtendWith(ApplicationExtension.class)
class ContinueAfterLoadTest {

    private TrainingSession session;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        session = new TrainingSession(Platform::runLater);
        window = new MainWindow(session);
        WindowOnStage.show(stage, window, 1400, 900);
    }

    @AfterEach
    void shutDown() {
        session.shutdown();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition, int seconds) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
    }

    private static String dialogHeader(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class).getHeaderText();
    }

    /** Trains LMModel4 for three epochs, saves it, resets and loads it; returns the loaded model's validation loss from the status line. */
    private double trainSaveResetAndLoad(FxRobot robot, Path file) throws Exception {
        robot.clickOn("LMModel4");
        FieldTyping.replaceText(robot, "#epochs-field", "3");
        robot.clickOn("Train");
        waitUntil(() -> session.stateProperty().get() == State.FINISHED, 300);
        robot.interact(() -> session.saveModel(file));
        waitUntil(() -> session.statusProperty().get().startsWith("Saved"), 30);
        robot.clickOn("Reset");
        robot.clickOn("OK");
        return load(robot, file);
    }

    private double load(FxRobot robot, Path file) throws Exception {
        robot.interact(() -> window.load(file));
        waitUntil(() -> session.statusProperty().get().startsWith("Loaded"), 60);
        Matcher m = Pattern.compile("validation loss (\\d+\\.\\d+)").matcher(session.statusProperty().get());
        assertTrue(m.find(), session.statusProperty().get());
        return Double.parseDouble(m.group(1));
    }

    /** Presses Train with one epoch in the field, answers the question with {@code answer} and waits for the run's end. */
    private void trainOneEpochAnswering(FxRobot robot, String answer) throws Exception {
        FieldTyping.replaceText(robot, "#epochs-field", "1");
        robot.clickOn("Train");
        assertEquals("Continue from the loaded weights?", dialogHeader(robot));
        robot.clickOn(answer);
        waitUntil(() -> session.stateProperty().get() == State.FINISHED, 300);
    }

    @Test
    void continueTrainsOnFromTheLoadedWeightsAndStartAfreshBeginsFromTheSeed(FxRobot robot) throws Exception {
        Path file = Files.createTempDirectory("unrolled-test").resolve("three-epochs.npz");
        double loadedLoss = trainSaveResetAndLoad(robot, file);

        trainOneEpochAnswering(robot, "Start afresh");
        double freshFirstBatch = session.rawLoss().y(0);
        double freshEpoch = session.epochs().get(0).validLoss();

        load(robot, file);
        trainOneEpochAnswering(robot, "Continue");
        double continuedFirstBatch = session.rawLoss().y(0);
        double continuedEpoch = session.epochs().get(0).validLoss();

        assertTrue(Math.abs(continuedEpoch - loadedLoss) < Math.abs(freshEpoch - loadedLoss),
                "continued epoch " + continuedEpoch + " is nearer the loaded model's " + loadedLoss + " than a fresh run's " + freshEpoch);
        assertTrue(continuedFirstBatch < freshFirstBatch - 0.5,
                "the first batch already meets trained weights: " + continuedFirstBatch + " against a fresh model's " + freshFirstBatch);
        assertTrue(!session.runMatchesBook(), "a continued run is not the book's run from seed");
    }

    @Test
    void cancellingTheQuestionStartsNothingAndKeepsTheLoadedModel(FxRobot robot) throws Exception {
        Path file = Files.createTempDirectory("unrolled-test").resolve("three-epochs.npz");
        trainSaveResetAndLoad(robot, file);
        robot.clickOn("Train");
        assertEquals("Continue from the loaded weights?", dialogHeader(robot));
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(State.IDLE, session.stateProperty().get(), "Cancel starts nothing");
        assertTrue(session.hasWeightsProperty().get(), "the loaded model is still there");
        assertEquals(file.getFileName().toString(), session.loadedFromProperty().get());
    }
}
