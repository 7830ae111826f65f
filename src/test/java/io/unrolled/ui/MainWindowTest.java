package io.unrolled.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unrolled.models.ModelKind;
import io.unrolled.session.TrainingSession;
import io.unrolled.session.TrainingSession.State;
import io.unrolled.train.BookRow;
import io.unrolled.train.Ladder;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window as a user drives it: clicks, keys and sliders, checked against what the trainer received. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

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

    /** Chooses a rung and trains it for one epoch, as a user would. */
    private void trainOneEpoch(FxRobot robot, String rung) throws Exception {
        robot.clickOn(rung);
        FieldTyping.replaceText(robot, "#epochs-field", "1");
        robot.clickOn("Train");
        waitUntil(() -> session.stateProperty().get() == State.FINISHED, 120);
    }

    /** Trains a rung for one epoch and saves it to a fresh folder; returns the file. */
    private java.nio.file.Path trainOneEpochAndSave(FxRobot robot, String rung) throws Exception {
        trainOneEpoch(robot, rung);
        java.nio.file.Path file = java.nio.file.Files.createTempDirectory("unrolled-test").resolve("trained.npz");
        save(robot, file);
        return file;
    }

    /** Saves the model on the FX thread, where the session lives, and waits for the file. */
    private void save(FxRobot robot, java.nio.file.Path file) throws Exception {
        robot.interact(() -> session.saveModel(file));
        waitUntil(() -> session.statusProperty().get().startsWith("Saved"), 30);
    }

    @Test
    void aShortRunFillsTheChartsAndTheEpochTable(FxRobot robot) throws Exception {
        robot.clickOn("LMModel4");
        assertEquals(ModelKind.LM4, session.modelProperty().get());
        FieldTyping.replaceText(robot, "#epochs-field", "2");
        robot.clickOn("Train");
        waitUntil(() -> session.stateProperty().get() == State.FINISHED, 300);   // a safety net: a whole run on a loaded shared machine
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, window.table.rowCount(), "two epochs, two rows");
        assertEquals("(other settings than the book's)", window.table.cellText(0, 5),
            "two epochs are not the book's fifteen, so its numbers are not set beside them");
        assertTrue(window.fastaiBars.runText.getText().startsWith("100.00% [2/2 "), window.fastaiBars.runText.getText());
        assertTrue(window.fastaiBars.epochText.getText().startsWith("100.00% [49/49 "), window.fastaiBars.epochText.getText());
        assertEquals(1.0, window.fastaiBars.runBar.getProgress(), 1e-12);
        waitUntil(() -> window.charts.lossChart.drawnPoints(0) == 98, 5);   // every batch loss was drawn
        assertEquals(2, window.charts.lossChart.drawnPoints(2), "one validation loss marker per epoch");
        assertEquals(1, window.charts.lossChart.drawnPoints(3), "one epoch boundary, where the second epoch began");
        assertEquals(1, window.charts.breakdownChart.drawnPoints(3), "marked on the loss breakdown too");
        waitUntil(() -> window.charts.epochChart.drawnPoints(0) == 2, 5);   // one accuracy point per epoch
        assertEquals(98.0, window.charts.scheduleChart.cursorValue(), "the schedule's cursor is after the 98th batch");
        assertTrue(session.statusProperty().get().startsWith("Finished"), session.statusProperty().get());
    }

    @Test
    void aRunWithTheBooksSettingsHasTheBooksRowBesideEachEpoch(FxRobot robot) throws Exception {
        robot.clickOn("LMModel4");
        robot.clickOn("Train");
        waitUntil(() -> session.stateProperty().get() == State.FINISHED, 120);
        WaitForAsyncUtils.waitForFxEvents();
        List<BookRow> book = Ladder.bookTable(ModelKind.LM4);
        assertEquals(book.size(), window.table.rowCount(), "the book's number of epochs");
        for (int epoch : new int[] {0, book.size() - 1}) {
            BookRow row = book.get(epoch);
            assertEquals(Integer.toString(epoch), window.table.cellText(epoch, 0));
            assertEquals(String.format("%.6f", row.trainLoss()), window.table.cellText(epoch, 5));
            assertEquals(String.format("%.6f", row.validLoss()), window.table.cellText(epoch, 6));
            assertEquals(String.format("%.6f", row.accuracy()), window.table.cellText(epoch, 7));
        }
        assertEveryTableCellShowsItsWholeText(robot);

        robot.press(KeyCode.F5).release(KeyCode.F5);   // projector text leaves room for the book's accuracy only
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!window.table.showsBooksWholeRow());
        int last = book.size() - 1;
        assertEquals(String.format("%.6f", book.get(last).accuracy()), window.table.cellText(last, 5));
        assertEveryTableCellShowsItsWholeText(robot);
        assertTheMiddleFitsItsPlace();
        robot.press(KeyCode.F5).release(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.table.showsBooksWholeRow(), "back to the book's whole row");
    }

    /** Nothing in the middle (fastai's bars under the table, say) is wider than its place, pushing the charts off the window. */
    private void assertTheMiddleFitsItsPlace() {
        double centreRight = window.center.localToScene(window.center.getBoundsInLocal()).getMaxX();
        for (var part : List.of(window.charts, window.table, window.fastaiBars)) {
            double right = part.localToScene(part.getBoundsInLocal()).getMaxX();
            assertTrue(right <= centreRight + 0.5, part.getClass().getSimpleName() + " reaches to " + right + ", past " + centreRight);
        }
    }

    /** No number in the epoch table or fastai's bars under it is cut short to "0.68..." for want of room. */
    private static void assertEveryTableCellShowsItsWholeText(FxRobot robot) {
        var cells = new java.util.ArrayList<>(robot.lookup(".epoch-cell").queryAllAs(javafx.scene.control.Label.class));
        cells.addAll(robot.lookup(".epoch-header").queryAllAs(javafx.scene.control.Label.class));
        cells.addAll(robot.lookup(".fastai-bar-text").queryAllAs(javafx.scene.control.Label.class));
        assertTrue(cells.size() > 8, "the header and the rows are there to check");
        for (var l : cells) {
            assertTrue(l.getWidth() >= l.prefWidth(-1) - 0.5, "\"" + l.getText() + "\" is cut: " + l.getWidth() + " < " + l.prefWidth(-1));
        }
    }

    @Test
    void aSliderMovedWhileTrainingReachesTheTrainerAndPauseAndStepWork(FxRobot robot) throws Exception {
        robot.clickOn("LMModel7");
        robot.clickOn("Train");
        waitUntil(() -> session.batchesSeenProperty().get() > 0, 90);
        double before = session.trainerKnobs().orElseThrow().alpha();
        robot.clickOn("#alpha-slider").press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        double moved = window.knobs.alpha.getValue();
        assertTrue(moved != before, "the slider moved");
        assertEquals(moved, session.trainerKnobs().orElseThrow().alpha(), 1e-12, "the trainer got the new alpha");

        robot.clickOn("Pause");
        assertEquals(State.PAUSED, session.stateProperty().get());
        // "Paused." at once; by the time the click has been handled the trainer may already have said where it waits
        assertTrue(window.statusBar.getText().startsWith("Paused"), "not \"Training …\" while paused: " + window.statusBar.getText());
        // the trainer says where it waits once it has handed over every batch it trained: from then on nothing trains
        waitUntil(() -> window.statusBar.getText().matches("Paused (in|at) .*"), 30);
        long paused = session.batchesSeenProperty().get();
        assertTrue(window.statusBar.getText().startsWith(pausedAfter(session.lastMetricsProperty().get())), window.statusBar.getText());
        robot.clickOn("Step");
        waitUntil(() -> session.batchesSeenProperty().get() == paused + 1
                && window.statusBar.getText().startsWith(pausedAfter(session.lastMetricsProperty().get())), 30);
        robot.clickOn("Stop");
        waitUntil(() -> session.stateProperty().get() == State.STOPPED, 30);
    }

    /** What the status line says once the trainer waits after batch {@code m}; epochs numbered from 0 as in the table. */
    private static String pausedAfter(io.unrolled.train.StepMetrics m) {
        return m.batch() + 1 == m.batchesPerEpoch() ? "Paused at the end of epoch " + m.epoch() + "."
                : String.format("Paused in epoch %d after %d of %d batches.", m.epoch(), m.batch() + 1, m.batchesPerEpoch());
    }

    @Test
    void aBadEntryIsMarkedExplainedWhereItCanBeSeenAndNothingStarts(FxRobot robot) {
        trainWith(robot, "#seed-field", "99999999999999999999");
        assertEquals(State.IDLE, session.stateProperty().get());
        assertEquals("The seed must be a whole number 0 or more and at most 9223372036854775807, got 99999999999999999999.",
                window.statusBar.getText(), "a huge seed is a whole number, only too large");
        trainWith(robot, "#seed-field", "forty");
        assertTrue(window.statusBar.getText().startsWith("The seed must be a whole number"), window.statusBar.getText());
        assertTrue(window.statusBar.getText().endsWith("got 'forty'."), window.statusBar.getText());
        FieldTyping.replaceText(robot, "#seed-field", "42");
        trainWith(robot, "#lr-field", "fast");
        assertEquals(State.IDLE, session.stateProperty().get());
        assertTrue(window.transport.lr.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("invalid")));
        trainWith(robot, "#lr-field", "NaN");
        assertEquals(State.IDLE, session.stateProperty().get(), "NaN is refused too");
        assertEquals("The learning rate must be a number more than 0 and at most 10, got NaN.", window.statusBar.getText(),
            "the trainer's own limits, as the command line words them");
        FieldTyping.replaceText(robot, "#lr-field", "0.01");
        trainWith(robot, "#epochs-field", "0");
        assertEquals(State.IDLE, session.stateProperty().get());
        assertEquals("Epochs must be a whole number from 1 to 1000, got 0.", window.statusBar.getText(),
            "in the status line: a label at the toolbar's end went into its overflow menu");
        assertEquals(window.statusBar.getText(), window.transport.epochs.getTooltip().getText(), "the field says it too");
        FieldTyping.replaceText(robot, "#epochs-field", "1");
    }

    /** Types a value into a field and presses Train. */
    private static void trainWith(FxRobot robot, String field, String text) {
        FieldTyping.replaceText(robot, field, text);
        robot.clickOn("Train");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theLadderAnswersUpAndDownOnceFocused(FxRobot robot) {
        robot.clickOn("LMModel4");
        robot.press(KeyCode.DOWN).release(KeyCode.DOWN);
        assertEquals(ModelKind.LM5, session.modelProperty().get());
        robot.clickOn("LMModel2");
        robot.press(KeyCode.UP).release(KeyCode.UP).press(KeyCode.UP).release(KeyCode.UP);
        assertEquals(ModelKind.LM1, session.modelProperty().get(), "Up stops at the first rung");
        assertEquals(ModelKind.LM1, window.ladder.selectedProperty().get());
    }

    @Test
    void aCorruptModelFileIsExplainedAndChangesNothing(FxRobot robot) throws Exception {
        robot.clickOn("LMModel6");
        java.nio.file.Path bad = java.nio.file.Files.createTempFile("broken", ".npz");
        java.nio.file.Files.writeString(bad, "not a model");
        robot.interact(() -> window.load(bad));
        waitUntil(() -> session.statusProperty().get().startsWith("Could not load"), 30);
        assertTrue(session.statusProperty().get().contains(bad.getFileName().toString()), session.statusProperty().get());
        assertTrue(session.statusProperty().get().endsWith("Nothing was changed."), session.statusProperty().get());
        assertEquals(ModelKind.LM6, session.modelProperty().get());
        assertEquals(State.IDLE, session.stateProperty().get());
    }

    @Test
    void aTrainedModelSavesLoadsAndExports(FxRobot robot) throws Exception {
        java.nio.file.Path npz = trainOneEpochAndSave(robot, "LMModel4");
        java.nio.file.Path dir = npz.getParent();
        robot.clickOn("LMModel1");
        robot.clickOn("OK");   // the question before trained weights are forgotten
        robot.interact(() -> window.load(npz));
        waitUntil(() -> session.statusProperty().get().startsWith("Loaded"), 30);
        assertEquals(ModelKind.LM4, session.modelProperty().get(), "loading a model selects its rung");
        assertEquals(ModelKind.LM4, window.ladder.selectedProperty().get(), "and the ladder shows it");
        robot.interact(() -> window.export(dir.resolve("charts.png")));
        assertTrue(java.nio.file.Files.size(dir.resolve("charts.png")) > 1000);
        assertTrue(java.nio.file.Files.readString(dir.resolve("charts.csv")).contains("epoch,train_loss"));
    }

    @Test
    void aDivergingRunStopsByItselfAndTheWindowStaysUsable(FxRobot robot) throws Exception {
        robot.clickOn("LMModel4");
        FieldTyping.replaceText(robot, "#lr-field", "10");
        robot.clickOn("#weightdecay-slider").press(KeyCode.END).release(KeyCode.END);
        robot.clickOn("Train");
        waitUntil(() -> session.stateProperty().get() == State.DIVERGED, 90);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.statusBar.getText().startsWith("Training diverged"), window.statusBar.getText());
        assertTrue(!window.transport.train.isDisabled(), "Train can be pressed again");
        robot.clickOn("LMModel5");
        WaitForAsyncUtils.waitForFxEvents();
        if (session.hasWeightsProperty().get()) {
            robot.clickOn("OK");   // batches trained before it diverged: the question before they are forgotten
        }
        assertEquals(ModelKind.LM5, session.modelProperty().get(), "the window still answers");
    }

    @Test
    void spaceTogglesTrainingWhenNoFieldHasFocus(FxRobot robot) throws Exception {
        robot.clickOn("LMModel6");
        robot.clickOn("#seed-field");
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(State.IDLE, session.stateProperty().get(), "Space in a text field is just a space");
        robot.clickOn("LMModel6");   // focus leaves the field
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        waitUntil(() -> session.stateProperty().get() == State.RUNNING, 10);
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        waitUntil(() -> session.stateProperty().get() == State.PAUSED, 10);
        robot.clickOn("Stop");
        waitUntil(() -> session.stateProperty().get() == State.STOPPED, 30);
    }

    @Test
    void f5TogglesProjectorModeWithAVisibleIndicator(FxRobot robot) {
        robot.clickOn("LMModel3");
        robot.press(KeyCode.F5).release(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.isProjectorMode());
        assertTrue(window.getScene().getRoot().getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("projector")));
        assertTrue(robot.lookup(".projector-badge").queryLabeled().isVisible(), "the indicator shows");
        robot.press(KeyCode.F5).release(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!window.isProjectorMode());
    }

    @Test
    void inProjectorModeEveryToolbarButtonAndTheBadgeStayInFullView(FxRobot robot) {
        robot.press(KeyCode.F5).release(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        double sceneWidth = window.getScene().getWidth();
        for (var b : java.util.List.of(window.transport.train, window.transport.pause, window.transport.step, window.transport.stop,
                window.transport.reset, window.transport.save, window.transport.load, window.transport.export)) {
            // a ToolBar moves what does not fit into its overflow menu, out of the scene
            assertTrue(b.getScene() != null && b.isVisible(), b.getText() + " is on the toolbar, not in its overflow menu");
            assertTrue(b.localToScene(b.getBoundsInLocal()).getMaxX() <= sceneWidth, b.getText() + " is inside the window");
        }
        var badge = robot.lookup(".projector-badge").queryLabeled();
        assertTrue(badge.getWidth() >= badge.prefWidth(-1) - 0.5, "the badge is not cut: " + badge.getWidth());
    }

    @Test
    void theDataTabShowsTheStreamTheVocabularyAndGroupChunks(FxRobot robot) {
        robot.clickOn("Data");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(30 + 96 + 4 + 32, robot.lookup(".token").queryAll().size(), "vocabulary, stream, 3-word and 16-word pairs");
        var chunks = robot.lookup(".chunk").queryAllAs(javafx.scene.control.Label.class);
        assertEquals(12, chunks.size(), "4 rows of 3 batches");
        assertTrue(robot.lookup("thousand").tryQuery().isPresent());
    }

    @Test
    void anEarlierRunCanBeOverlaidOnTheCharts(FxRobot robot) throws Exception {
        trainOneEpoch(robot, "LMModel4");
        FieldTyping.replaceText(robot, "#seed-field", "7");
        robot.clickOn("Train");
        robot.clickOn("OK");   // the question before trained weights are forgotten
        waitUntil(() -> session.pastRuns().size() == 2, 90);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(session.pastRuns().get(1).label().startsWith("#1 LMModel4 · seed 42"), session.pastRuns().get(1).label());
        assertEquals(4, window.charts.lossChart.seriesCount(), "nothing overlaid until asked");
        javafx.scene.Node olderRun = robot.lookup(".past-runs .check-box").nth(1).query();
        robot.clickOn(olderRun);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(5, window.charts.lossChart.seriesCount(), "run #1's smoothed loss is drawn under the current run");
        assertEquals(4, window.charts.epochChart.seriesCount(), "and its accuracy");
        assertEquals(1, window.charts.epochChart.drawnPoints(3), "one epoch of run #1");
    }

    @Test
    void ctrlPlusEnlargesEverythingAndCtrlZeroRestores(FxRobot robot) {
        robot.clickOn("LMModel2");
        double normal = window.transport.train.getFont().getSize();
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.transport.train.getFont().getSize() > normal * 1.2, "text grew from " + normal);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(normal, window.transport.train.getFont().getSize(), 1e-9);
    }

    @Test
    void ctrlPlusEnlargesProjectorTextToo(FxRobot robot) {
        robot.press(KeyCode.F5).release(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        double projector = window.transport.train.getFont().getSize();
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.transport.train.getFont().getSize() > projector, "projector text grew from " + projector);
        robot.press(KeyCode.CONTROL, KeyCode.MINUS).release(KeyCode.MINUS, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.MINUS).release(KeyCode.MINUS, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        double smaller = window.transport.train.getFont().getSize();
        assertTrue(smaller < projector && smaller > projector * 0.8, "one step below projector size: " + smaller);
    }

    @Test
    void theLrMultiplierSetBeforeTrainScalesTheRunsLearningRate(FxRobot robot) throws Exception {
        robot.clickOn("LMModel4");
        robot.interact(() -> window.knobs.lrScale.setValue(3));
        robot.clickOn("Train");
        waitUntil(() -> session.trainerKnobs().isPresent(), 30);
        assertEquals(3 * 3e-3, session.trainerKnobs().orElseThrow().lrMax(), 1e-12, "the book's 3e-3, tripled");
        robot.clickOn("Stop");
        waitUntil(() -> session.stateProperty().get() == State.STOPPED, 30);
    }

    @Test
    void loadingAnotherRungsModelShowsThatRungsSettings(FxRobot robot) throws Exception {
        java.nio.file.Path file = trainOneEpochAndSave(robot, "LMModel7");
        robot.clickOn("LMModel1");
        robot.clickOn("OK");   // the question before trained weights are forgotten
        assertTrue(window.transport.save.isDisabled(), "another rung's model is not this rung's to save");
        robot.interact(() -> window.load(file));
        waitUntil(() -> session.statusProperty().get().startsWith("Loaded"), 60);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ModelKind.LM7, session.modelProperty().get());
        assertEquals(Double.toString(Ladder.recipe(ModelKind.LM7).lrMax()), window.transport.lr.getText(), "LMModel7's lr, not LMModel1's");
        assertEquals("15", window.transport.epochs.getText());
        assertTrue(!window.transport.save.isDisabled(), "the loaded model can be saved");
    }

    @Test
    void resetAsksFirstOnceAnyBatchHasTrainedAndThenForgetsTheWeights(FxRobot robot) throws Exception {
        robot.clickOn("LMModel4");
        robot.clickOn("Step");
        waitUntil(() -> session.batchesSeenProperty().get() == 1, 60);
        robot.clickOn("Stop");
        waitUntil(() -> session.stateProperty().get() == State.STOPPED, 30);
        assertTrue(!window.transport.save.isDisabled(), "one batch trained: there is a model to save");
        robot.clickOn("Reset");
        robot.clickOn("Cancel");
        assertEquals(State.STOPPED, session.stateProperty().get(), "Cancel keeps the model");
        assertTrue(session.hasWeightsProperty().get());
        robot.clickOn("Reset");
        robot.clickOn("OK");
        assertEquals(State.IDLE, session.stateProperty().get());
        assertTrue(window.transport.save.isDisabled(), "the forgotten model cannot be saved");
    }

    @Test
    void slidersThatDoNothingOnARungAreOffAndSayWhy(FxRobot robot) {
        robot.clickOn("LMModel4");
        assertTrue(window.knobs.dropout.isDisabled() && window.knobs.alpha.isDisabled() && window.knobs.beta.isDisabled());
        assertEquals("Only LMModel7 has a dropout layer.", window.knobs.whyOff(window.knobs.dropout));
        assertTrue(window.knobs.whyOff(window.knobs.alpha).startsWith("AR needs the sequence of hidden outputs"));
        assertTrue(!window.knobs.wd.isDisabled(), "weight decay acts on every rung");
        robot.clickOn("LMModel7");
        assertTrue(!window.knobs.dropout.isDisabled());
        assertEquals(null, window.knobs.whyOff(window.knobs.dropout), "no reason left behind on a rung where it acts");
    }

    @Test
    void rightStepsOneBatchUnlessASliderHasFocus(FxRobot robot) throws Exception {
        robot.clickOn("LMModel4");
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        String afterOne = "Paused in epoch 0 after 1 of 49 batches.";
        waitUntil(() -> window.statusBar.getText().startsWith(afterOne), 60);
        assertEquals(1, session.batchesSeenProperty().get());
        assertEquals(State.PAUSED, session.stateProperty().get(), "one batch, then it waits");
        double before = window.knobs.wd.getValue();
        robot.clickOn("#weightdecay-slider");
        double clicked = window.knobs.wd.getValue();
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.knobs.wd.getValue() > clicked, "Right moved the slider from " + clicked + " (was " + before + ")");
        // a step would have said "Training one batch…" at once, on the FX thread
        assertTrue(window.statusBar.getText().startsWith(afterOne), "and asked for no batch: " + window.statusBar.getText());
        robot.clickOn("Stop");
        waitUntil(() -> session.stateProperty().get() == State.STOPPED, 30);
    }

    @Test
    void rightAndStepLeaveARunningRunRunning(FxRobot robot) throws Exception {
        robot.clickOn("LMModel6");
        robot.clickOn("Train");
        waitUntil(() -> session.batchesSeenProperty().get() > 0, 60);
        robot.clickOn("LMModel6");   // focus on the ladder, where Right is free
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(State.RUNNING, session.stateProperty().get(), "Right steps a paused run; it never pauses a running one");
        assertTrue(window.transport.step.isDisabled(), "and Step waits for a pause too");
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        waitUntil(() -> window.statusBar.getText().matches("Paused (in|at) .*"), 30);
        assertTrue(!window.transport.step.isDisabled(), "paused: Step is there");
        robot.clickOn("Stop");
        waitUntil(() -> session.stateProperty().get() == State.STOPPED, 30);
    }

    @Test
    void anotherRungOrANewRunAsksBeforeForgettingTrainedWeightsAsResetDoes(FxRobot robot) throws Exception {
        trainOneEpoch(robot, "LMModel4");
        robot.clickOn("LMModel5");
        assertEquals("Switch to LMModel5?", dialogHeader(robot));
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ModelKind.LM4, session.modelProperty().get(), "Cancel keeps the rung");
        assertEquals(ModelKind.LM4, window.ladder.selectedProperty().get(), "and the ladder shows it");
        assertTrue(session.hasWeightsProperty().get(), "and its weights");
        assertEquals(1, session.epochs().size());

        robot.clickOn("Train");
        assertEquals("Train a new model?", dialogHeader(robot));
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(State.FINISHED, session.stateProperty().get(), "Cancel starts nothing");
        assertTrue(session.hasWeightsProperty().get());

        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);   // a step would start a new run as well
        assertEquals("Train a new model?", dialogHeader(robot));
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(State.FINISHED, session.stateProperty().get());

        robot.clickOn("LMModel5");
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ModelKind.LM5, session.modelProperty().get(), "OK goes ahead");
        assertTrue(!session.hasWeightsProperty().get());
        robot.clickOn("LMModel6");   // nothing trained on LMModel5: nothing to ask
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ModelKind.LM6, session.modelProperty().get());
    }

    /** The header of the question on screen, or a failure if none is showing. */
    private static String dialogHeader(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class).getHeaderText();
    }

    @Test
    void theScheduleSaysItsPeakLearningRate(FxRobot robot) {
        robot.clickOn("LMModel7");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("One-cycle schedule · peak lr 0.01", window.charts.scheduleChart.title());
        robot.interact(() -> window.knobs.lrScale.setValue(3));
        assertEquals("One-cycle schedule · peak lr 0.03", window.charts.scheduleChart.title(), "the multiplier shows at once");
        robot.clickOn("LMModel4");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("One-cycle schedule · peak lr 0.003", window.charts.scheduleChart.title(), "another rung, its own lr");
    }

    @Test
    void aTruncatedFileLeavesTheTrainedModelInPlaceAndSavable(FxRobot robot) throws Exception {
        java.nio.file.Path good = trainOneEpochAndSave(robot, "LMModel4");
        java.nio.file.Path dir = good.getParent();
        byte[] whole = java.nio.file.Files.readAllBytes(good);
        java.nio.file.Path cut = dir.resolve("cut.npz");
        java.nio.file.Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 2));   // a download that stopped half-way

        robot.interact(() -> window.load(cut));
        waitUntil(() -> session.statusProperty().get().startsWith("Could not load cut.npz"), 30);
        assertTrue(session.statusProperty().get().endsWith("Nothing was changed."), session.statusProperty().get());
        assertEquals(ModelKind.LM4, session.modelProperty().get());
        assertTrue(session.hasWeightsProperty().get(), "the trained model is still there");
        java.nio.file.Path again = dir.resolve("again.npz");
        save(robot, again);
        assertArrayEquals(io.unrolled.train.Checkpoint.load(good).model().params().flatValues().toDoubleVector(),
            io.unrolled.train.Checkpoint.load(again).model().params().flatValues().toDoubleVector(), 0,
            "Save still writes the model trained before");
    }

    @Test
    void aSliderMovedMidRunKeepsTheBooksRowsOnEarlierEpochsEvenAfterARelayout(FxRobot robot) throws Exception {
        robot.clickOn("LMModel4");
        robot.clickOn("Train");
        waitUntil(() -> !session.epochs().isEmpty(), 60);
        robot.interact(() -> window.knobs.wd.setValue(0.05));
        waitUntil(() -> session.stateProperty().get() == State.FINISHED, 300);   // a safety net: a whole run on a loaded shared machine
        WaitForAsyncUtils.waitForFxEvents();
        String bookAccuracy0 = String.format("%.6f", Ladder.bookTable(ModelKind.LM4).get(0).accuracy());
        int last = window.table.rowCount() - 1;
        assertEquals(bookAccuracy0, window.table.cellText(0, 7), "epoch 0 was trained with the book's settings");
        assertEquals("(other settings than the book's)", window.table.cellText(last, 5));
        robot.press(KeyCode.F5).release(KeyCode.F5);   // the table lays itself out again, narrower
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(bookAccuracy0, window.table.cellText(0, 5), "still the book's row: a relayout rewrites nothing");
    }
}
