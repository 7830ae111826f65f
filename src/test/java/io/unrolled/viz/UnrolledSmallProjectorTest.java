package io.unrolled.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unrolled.models.ModelKind;
import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Unrolled tab in projector mode in the place a 1366×768 window gives it (less the ladder, the
 * knobs, the toolbar, the tabs and the status bar): the all-words sheet stays inside its box, and
 * opening Try it leaves the diagram all its rows.
 */
@ExtendWith(ApplicationExtension.class)
class UnrolledSmallProjectorTest {

    /** The middle of the 1366×768 window in projector mode, as measured on its screenshot. */
    private static final double[] PROJECTOR_1366 = {772, 590};

    private FixedSource source;
    private UnrolledView view;

    @Start
    void start(Stage stage) {
        source = new FixedSource(ModelKind.LM6);
        view = new UnrolledView(source);
        StackPane root = new StackPane(view);
        root.pseudoClassStateChanged(PseudoClass.getPseudoClass("projector"), true);
        Scene scene = new Scene(root, PROJECTOR_1366[0], PROJECTOR_1366[1]);
        scene.getStylesheets().add(UnrolledSmallProjectorTest.class.getResource("/io/unrolled/css/base.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private void trace(FxRobot robot) {
        robot.interact(() -> source.traceSentence(TraceFixtures.sentence(TraceFixtures.steps(ModelKind.LM6))));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void allThirtyWordsStayInsideTheSheetAndTheSheetInsideTheDiagramsPlace(FxRobot robot) {
        trace(robot);
        robot.interact(() -> view.sheet.show(source.trace.get(), 3));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(30, view.sheet.rows());
        shoot(robot, "lm6-all30-projector-1366");
        Bounds place = view.diagram.getParent().localToScene(view.diagram.getParent().getLayoutBounds());
        Bounds sheet = view.sheet.localToScene(view.sheet.getLayoutBounds());
        assertTrue(sheet.getMinY() >= place.getMinY() - 0.5 && sheet.getMaxY() <= place.getMaxY() + 0.5
                && sheet.getMinX() >= place.getMinX() - 0.5 && sheet.getMaxX() <= place.getMaxX() + 0.5,
                "the sheet " + sheet + " leaves the diagram's place " + place);
        Bounds playback = view.playback.localToScene(view.playback.getLayoutBounds());
        assertTrue(sheet.getMaxY() <= playback.getMinY() + 0.5, "the sheet covers the playback bar");
        // every row is inside the scrolling box: what does not fit is clipped by its viewport and reached by scrolling
        Bounds rows = view.sheet.rowsPane().localToScene(view.sheet.rowsPane().getLayoutBounds());
        assertTrue(rows.getMaxY() <= sheet.getMaxY() + 0.5, "the rows' box " + rows + " leaves the sheet " + sheet);
        double content = view.sheet.rowsPane().getContent().getLayoutBounds().getHeight();
        assertTrue(content > rows.getHeight(), "at this size the fifteen rows need scrolling, " + content + " in " + rows.getHeight());
        for (Node n : List.of(view.sheet.close)) {
            Bounds b = n.localToScene(n.getLayoutBounds());
            assertTrue(b.getMaxY() <= sheet.getMaxY() && b.getMaxX() <= sheet.getMaxX(), "Close is outside the sheet");
        }
    }

    @Test
    void openingTryItKeepsEveryRowOfTheDiagram(FxRobot robot) {
        trace(robot);
        double closed = view.diagram.getHeight();
        robot.interact(() -> view.tryIt.setSelected(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.generator.isVisible());
        assertTrue(!view.prediction.isVisible(), "Try it takes the cursor's-guess panel's place");
        double open = view.diagram.getHeight();
        shoot(robot, "lm6-tryit-projector-1366");
        assertTrue(open >= 0.6 * closed, "Try it leaves the diagram " + open + " of its " + closed);
        Diagram d = view.diagram.diagram();
        List<Box> boxes = new ArrayList<>(d.outputs());
        boxes.addAll(d.predictions());
        boxes.addAll(d.hidden());
        for (Box b : boxes) {
            assertTrue(b.maxY() <= open + 0.5, b + " leaves the " + open + " high canvas");
        }
        assertTrue(d.outputs().get(0).h() >= 12, "outputs are drawn at a readable size: " + d.outputs().get(0));
        assertTrue(d.tile(1, 0).h() >= 12, "layer 2 is drawn at a readable size: " + d.tile(1, 0));
        Bounds viewBounds = view.localToScene(view.getLayoutBounds());
        Bounds gen = view.generator.localToScene(view.generator.getLayoutBounds());
        assertTrue(gen.getMaxY() <= viewBounds.getMaxY() + 0.5, "Try it leaves the view");
        robot.interact(() -> view.tryIt.setSelected(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.prediction.isVisible(), "closing Try it brings the guess panel back");
    }

    @Test
    void aTextLongerThanTheDiagramDrawsIsRefusedInPlaceAndTheSentenceStays(FxRobot robot) {
        trace(robot);
        var before = source.trace.get();
        int asks = source.asked.size();
        String longText = String.join(" ", java.util.Collections.nCopies(SentenceBar.MOST_WORDS + 1, "seven"));
        robot.interact(() -> view.showText(longText));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(asks, source.asked.size(), "nothing is asked of the model");
        assertTrue(view.sentence.showsHelp(), "the refusal is shown");
        assertTrue(view.sentence.problem.getText().contains("at most " + SentenceBar.MOST_WORDS), view.sentence.problem.getText());
        assertEquals(before, source.trace.get());
        assertEquals(before, view.diagram.traceProperty().get(), "the diagram keeps the last sentence");
        assertEquals(longText, view.sentence.own.getText(), "the typed text stays to be shortened");
    }

    @Test
    void aSentenceTheRungCannotReadKeepsItsOneLineMessageAndTheLastGoodSentenceComesBack(FxRobot robot) {
        trace(robot);
        List<String> good = source.asked.get(source.asked.size() - 1);
        // the model refuses the newest sentence (this fixed source traces anything, so the refusal is set by hand)
        int asks = source.asked.size();
        robot.interact(() -> source.problem.set("LMModel1 needs three words (it reads the last three); the text has 1 word."));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(asks + 1, source.asked.size());
        assertEquals(good, source.asked.get(source.asked.size() - 1), "the last good sentence is asked for again");
        robot.interact(() -> source.problem.set(null));   // its trace arrives: the message must stay
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.sentence.showsHelp(), "the message stays until another sentence is asked for");
        assertTrue(view.sentence.problem.getText().startsWith("LMModel1 needs three words"));
    }

    /** A PNG of the view in target/viz-shots, for a person to look at. */
    private void shoot(FxRobot robot, String name) {
        java.io.File dir = new java.io.File("target/viz-shots");
        dir.mkdirs();
        robot.interact(() -> {
            try {
                javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(view.getScene().snapshot(null), null),
                        "png", new java.io.File(dir, name + ".png"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
