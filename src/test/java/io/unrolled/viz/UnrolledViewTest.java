package io.unrolled.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unrolled.models.ModelKind;
import io.unrolled.trace.SentenceTrace;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Unrolled view driven as a user would, on fixture traces: keys, scrub, roll, typing, hover and pin. */
@ExtendWith(ApplicationExtension.class)
class UnrolledViewTest {

    private FixedSource source;
    private UnrolledView view;
    private StackPane root;

    @Start
    void start(Stage stage) {
        source = new FixedSource(ModelKind.LM4);
        view = new UnrolledView(source);
        root = new StackPane(view);
        Scene scene = new Scene(root, 866, 790);
        scene.getStylesheets().add(UnrolledViewTest.class.getResource("/io/unrolled/css/base.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private void use(FxRobot robot, ModelKind kind) {
        robot.interact(() -> {
            source.kind = kind;
            source.traceSentence(TraceFixtures.sentence(TraceFixtures.steps(kind)));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theDefaultSentenceIsAskedForAndDrawn() {
        assertEquals(1, source.asked.size(), "the first validation stretch is traced at once");
        assertNotNull(view.diagram.diagram());
        assertEquals(16, view.diagram.diagram().steps());
        assertEquals(15, view.clock.cursor().get(), "a fresh trace shows every step");
    }

    @Test
    void leftAndRightStepTheCursorAndTheHighlightedStepFollows(FxRobot robot) throws Exception {
        robot.clickOn(view.diagram);
        robot.press(KeyCode.LEFT).release(KeyCode.LEFT);
        robot.press(KeyCode.LEFT).release(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(13, view.clock.cursor().get());
        assertEquals(13, (int) Math.round(view.playback.scrub.getValue()), "the scrub bar follows");
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> view.clock.phase().get() >= 1);
        assertEquals(14, view.clock.cursor().get());
        assertEquals("word 15/16", view.playback.where.getText());
        robot.press(KeyCode.HOME).release(KeyCode.HOME);
        assertEquals(0, view.clock.cursor().get());
        assertEquals("After \"" + word(0) + "\":", afterText(robot));
    }

    @Test
    void theScrubBarJumpsToAStep(FxRobot robot) {
        robot.interact(() -> view.playback.scrub.setValue(5));
        assertEquals(5, view.clock.cursor().get());
        assertEquals(1.0, view.clock.phase().get(), "a jump shows the step fully lit");
        robot.interact(() -> view.clock.stepForward());
        assertEquals(6, view.clock.cursor().get());
        assertTrue(view.clock.moving(), "a step forward lights the path from the input");
    }

    @Test
    void playRunsToTheEndAndStops(FxRobot robot) throws Exception {
        robot.interact(() -> {
            view.playback.speed.setValue(4.0);
            view.clock.jumpTo(12);
            view.clock.play();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !view.clock.moving());
        assertEquals(15, view.clock.cursor().get());
    }

    @Test
    void lmModel2RollsUpIntoALoopAndUnrollsIntoTheChain(FxRobot robot) throws Exception {
        use(robot, ModelKind.LM2);
        Diagram rolled = view.diagram.diagram();
        assertNotNull(rolled.loop(), "LMModel2 opens rolled up, as the book draws it");
        assertEquals(rolled.hidden(0, 0).x(), rolled.hidden(0, 2).x(), 1e-9, "one place for all three steps");
        robot.clickOn("#unroll-toggle");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> view.diagram.rollProperty().get() == 1.0);
        WaitForAsyncUtils.waitForFxEvents();
        Diagram unrolled = view.diagram.diagram();
        assertNull(unrolled.loop());
        assertTrue(unrolled.hidden(0, 1).x() > unrolled.hidden(0, 0).maxX(), "the steps stand side by side");
        assertTrue(unrolled.arrows().stream().anyMatch(a -> a.kind() == Diagram.Kind.HIDDEN), "h is carried by arrows");
        robot.clickOn("#unroll-toggle");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> view.diagram.rollProperty().get() == 0.0);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(view.diagram.diagram().loop(), "rolled back into the loop");
    }

    @Test
    void anUnknownWordIsMarkedInPlaceAndTheTraceStaysAsItWas(FxRobot robot) {
        SentenceTrace before = source.trace.get();
        int asked = source.asked.size();
        robot.interact(() -> view.sentence.own.clear());
        robot.clickOn("#own-words").write("Seven  THOUSAND fourty two").press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.sentence.showsHelp());
        List<Label> unknown = robot.lookup(".word-unknown").queryAllAs(Label.class).stream().toList();
        assertEquals(1, unknown.size());
        assertEquals("fourty", unknown.get(0).getText());
        assertEquals(4, view.sentence.marked.getChildren().size(), "every word in its place, the unknown one marked");
        assertEquals(30, view.sentence.vocabulary.getChildren().size(), "the vocabulary is offered");
        assertTrue(view.sentence.problem.getText().contains("Did you mean forty?"), view.sentence.problem.getText());
        assertEquals(asked, source.asked.size(), "nothing was traced");
        assertSame(before, view.diagram.traceProperty().get(), "the diagram keeps its trace");

        robot.clickOn("forty");
        assertEquals("seven thousand forty two", view.sentence.own.getText());
        robot.clickOn("#own-words").press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertEquals(List.of("seven", "thousand", "forty", "two"), source.asked.get(source.asked.size() - 1));
        assertEquals(4, view.diagram.diagram().steps());
        assertNull(view.sentence.chooser.getValue());
        assertEquals(SentenceBar.OWN_WORDS, view.sentence.chooser.getPromptText(), "the chooser says typed words are shown, not a stretch");
    }

    @Test
    void aTilesHoverAndPinnedValueIsTheTracesNumber(FxRobot robot) {
        use(robot, ModelKind.LM6);
        Diagram d = view.diagram.diagram();
        int layer = 1;
        int step = 3;
        int unit = 37;
        Box cell = d.tileShape().cellOf(d.tile(layer, step), d.units(), unit);
        Point2D at = view.diagram.canvas().localToScreen(cell.centreX(), cell.centreY());
        robot.moveTo(at);
        WaitForAsyncUtils.waitForFxEvents();
        float h = source.trace.get().layers().get(layer).h()[step * 64 + unit];
        String expected = String.format(java.util.Locale.ROOT, "layer 2, step 4 (\"%s\"), unit 37: h = %.4f", word(step), h);
        assertTrue(view.diagram.readout.isVisible());
        assertEquals(expected, view.diagram.readout.getText());
        robot.clickOn(at);
        assertTrue(view.diagram.hasPin());
        robot.moveTo(view.diagram.canvas().localToScreen(5, 5));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(expected, view.diagram.readout.getText(), "the pinned value stays when the mouse leaves");
        assertTrue(view.diagram.readout.isVisible());
    }

    @Test
    void aBarsHoverIsTheProbabilityAndAnOutputOpensAllThirtyWords(FxRobot robot) {
        use(robot, ModelKind.LM1);
        Diagram d = view.diagram.diagram();
        Box pred = d.predictions().get(0);
        robot.moveTo(view.diagram.canvas().localToScreen(pred.x() + 3, pred.y() + 3));
        WaitForAsyncUtils.waitForFxEvents();
        var p = source.trace.get().predictions().get(0);
        int top = p.ranked(0);
        assertEquals(String.format(java.util.Locale.ROOT, "P(\"%s\" next, after \"%s\") = %.4f", TraceFixtures.VOCAB.get(top),
                word(2), p.probs()[top]), view.diagram.readout.getText());
        Box out = d.outputs().get(0);
        robot.clickOn(view.diagram.canvas().localToScreen(out.centreX(), out.y() + out.h() / 3));
        assertTrue(view.sheet.isVisible());
        assertEquals(30, view.sheet.rows());
    }

    @Test
    void aRetraceOfTheSameSentenceKeepsTheCursor(FxRobot robot) {
        robot.interact(() -> view.clock.jumpTo(4));
        SentenceTrace before = source.trace.get();
        robot.interact(() -> source.trace.set(TraceFixtures.of(ModelKind.LM4, 99)));
        assertNotEquals(before, view.diagram.traceProperty().get());
        assertEquals(4, view.clock.cursor().get(), "the class keeps looking at the same word while the weights change");
    }

    private String word(int step) {
        SentenceTrace t = source.trace.get();
        return t.vocab().get(t.words()[step]);
    }

    private static String afterText(FxRobot robot) {
        return robot.lookup(".prediction-after").queryAs(Label.class).getText();
    }
}
