package io.unrolled.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unrolled.models.LanguageModel;
import io.unrolled.models.ModelConfig;
import io.unrolled.models.ModelKind;
import io.unrolled.models.Models;
import io.unrolled.trace.BatchGradients;
import io.unrolled.trace.MemoryTrace;
import io.unrolled.train.MemoryTracer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Memory tab beside the Unrolled tab, as the window has them, on gradient flows the real tracer
 * computed through real (untrained) LMModel6 and LMModel5 weights.
 */
@ExtendWith(ApplicationExtension.class)
class MemoryViewTest {

    private FixedSource sentences;
    private FixedMemorySource source;
    private UnrolledView unrolled;
    private MemoryView view;
    private Stage stage;
    private LanguageModel lm6;
    private int[] words;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        sentences = new FixedSource(ModelKind.LM6);
        source = new FixedMemorySource();
        unrolled = new UnrolledView(sentences);
        view = new MemoryView(unrolled, source);
        TabPane tabs = new TabPane(new Tab("Unrolled", unrolled), new Tab("Memory", view));
        tabs.getSelectionModel().select(1);
        Scene scene = new Scene(tabs, 1440, 900);
        scene.getStylesheets().add(MemoryViewTest.class.getResource("/io/unrolled/css/base.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        words = unrolled.diagram.traceProperty().get().words();
        lm6 = Models.create(ModelConfig.book(ModelKind.LM6, TraceFixtures.VOCAB.size()), 42);
        LanguageModel lm5 = Models.create(ModelConfig.book(ModelKind.LM5, TraceFixtures.VOCAB.size()), 42);
        source.memory.set(new MemoryTracer().trace(lm6, TraceFixtures.VOCAB, words, "seed 42"));
        source.byRung.put(ModelKind.LM5, new MemoryTracer().trace(lm5, TraceFixtures.VOCAB, words, "seed 42"));
    }

    @Test
    void theCompareSwitchPutsTheOtherRungOnTheSameSentenceAndTakesItAwayAgain(FxRobot robot) {
        robot.interact(() -> source.trained.add(ModelKind.LM5));
        assertEquals(ModelKind.LM5, view.compareWith.getValue(), "the one rung trained this session is offered");
        assertTrue(view.pane.spots().stream().noneMatch(s -> s.side() == 1), "one model before the switch");
        robot.clickOn("#memory-compare");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("compare lm5"), source.asked);
        assertEquals("lm5", view.pane.trace(1).model());
        assertEquals(words.length, view.pane.spots().stream().filter(s -> s.side() == 1 && s.box().h() < 3 * view.pane.style.em()).count(),
                "the compared model's sentence: every word drawn");
        assertEquals(view.pane.scale(), MemoryScale.of(source.memory.get(), source.byRung.get(ModelKind.LM5)), "one scale for both");
        robot.clickOn("#memory-compare");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("compare lm5", "off"), source.asked);
        assertTrue(view.pane.spots().stream().noneMatch(s -> s.side() == 1), "switched off: one model again");
    }

    @Test
    void leftAndRightMoveThePredictionAndTheTintFollows(FxRobot robot) {
        robot.interact(() -> unrolled.clock.jumpTo(10));
        robot.interact(view::focusPane);
        assertEquals(10, view.shownPrediction());
        Color before = wordGround(robot, 10);
        robot.press(KeyCode.LEFT).release(KeyCode.LEFT);
        robot.press(KeyCode.LEFT).release(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(8, view.shownPrediction(), "two steps back: the prediction after word 9");
        assertEquals(8, unrolled.clock.cursor().get(), "one cursor for the Unrolled and Memory tabs");
        MemoryTrace m = source.memory.get();
        Color unread = view.pane.style.unread.getValue();
        assertTrue(close(unread, wordGround(robot, 10)), "word 11 now comes after the prediction: not tinted");
        assertFalse(close(unread, before), "it was tinted while the prediction came after it");
        Color expected = view.pane.style.tint(view.pane.scale().position(m.flow()[8][5]));
        assertTrue(close(expected, wordGround(robot, 5)), "word 6 is tinted by the gradient of the prediction after word 9");
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(9, view.shownPrediction());
    }

    @Test
    void theNumberShownOnClickIsTheModelsOwnAndStaysPinned(FxRobot robot) {
        robot.interact(() -> unrolled.clock.jumpTo(12));
        MemoryPane.Spot bar = view.pane.spots().stream().filter(s -> s.side() == 0 && s.t() == 4 && s.box().h() > 2 * view.pane.style.em())
                .findFirst().orElseThrow();
        robot.clickOn(view.pane.localToScreen(bar.box().centreX(), bar.box().centreY()));
        WaitForAsyncUtils.waitForFxEvents();
        float model = new MemoryTracer().flowAt(lm6, TraceFixtures.VOCAB, words, 12)[4];
        String text = view.pane.readout.getText();
        assertTrue(text.contains(String.format(Locale.ROOT, "= %.4e", model)), text);
        assertTrue(text.contains("the prediction after word 13"), text);
        assertTrue(view.pane.readout.isVisible());
        assertTrue(view.pane.readout.getPseudoClassStates().contains(PseudoClass.getPseudoClass("pinned")));
        robot.interact(() -> unrolled.clock.jumpTo(14));
        float later = new MemoryTracer().flowAt(lm6, TraceFixtures.VOCAB, words, 14)[4];
        assertTrue(view.pane.readout.getText().contains(String.format(Locale.ROOT, "= %.4e", later)),
                "a pinned number follows the prediction: " + view.pane.readout.getText());
        robot.interact(view::focusPane);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(view.pane.pinned());
        assertFalse(view.pane.readout.isVisible());
    }

    @Test
    void theBatchPlotShowsWhileARunTrainsAndOnlyThenAsksForTheNumbers(FxRobot robot) {
        assertFalse(view.batches.isVisible());
        assertFalse(source.watchingBatches, "nothing is measured while no run trains");
        robot.interact(() -> source.training.set(true));
        assertTrue(view.batches.isVisible());
        assertTrue(source.watchingBatches);
        BatchGradients g = new BatchGradients("LMModel6", 2, 7, new float[][] {ramp(16, 1e-4f), ramp(16, 1e-3f)});
        robot.interact(() -> source.batches.set(g));
        assertEquals(g, view.batches.shown());
        robot.interact(() -> source.training.set(false));
        assertFalse(view.batches.isVisible());
        assertFalse(source.watchingBatches);
    }

    @Test
    void nothingIsCutOffAtEitherScreenSizeInNormalOrProjectorModeWithTwoModelsAndTheBatchPlot(FxRobot robot) {
        robot.interact(() -> {
            source.trained.add(ModelKind.LM5);
            view.compare.setSelected(true);
            source.training.set(true);
            source.batches.set(new BatchGradients("LMModel6", 0, 3, new float[][] {ramp(16, 1e-4f), ramp(16, 1e-3f)}));
            unrolled.clock.jumpTo(15);
        });
        for (double[] size : new double[][] {{1440, 900}, {1366, 768}}) {
            for (boolean projector : new boolean[] {false, true}) {
                robot.interact(() -> {
                    stage.getScene().getRoot().pseudoClassStateChanged(PseudoClass.getPseudoClass("projector"), projector);
                    stage.setWidth(size[0]);
                    stage.setHeight(size[1]);
                });
                WaitForAsyncUtils.waitForFxEvents();
                String where = (int) size[0] + "×" + (int) size[1] + (projector ? ", projector" : "");
                assertEquals(List.of(), view.partsOutside(), where);
                assertNotEquals(0, view.pane.spots().stream().filter(s -> s.side() == 1).count(), where);
            }
        }
    }

    @Test
    void aComparedFileIsNamedAndOnAShortProjectorScreenBothChartsKeepAReadableHeight(FxRobot robot) {
        LanguageModel lm5 = Models.create(ModelConfig.book(ModelKind.LM5, TraceFixtures.VOCAB.size()), 7);
        robot.interact(() -> {
            stage.getScene().getRoot().pseudoClassStateChanged(PseudoClass.getPseudoClass("projector"), true);
            // the tab's share of a 1366×768 window under the toolbar and over the status line
            stage.setWidth(1040);
            stage.setHeight(600);
            view.compareWithFile(Path.of("/tmp/lm5.npz"));
            source.compared.set(new MemoryTracer().trace(lm5, TraceFixtures.VOCAB, words, "loaded from lm5.npz"));
            unrolled.clock.jumpTo(8);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.comparedFile.isVisible(), "the file's name is shown where no rung is listed");
        assertEquals("lm5.npz", view.comparedFile.getText());
        double em = view.pane.style.em();
        for (int side = 0; side < 2; side++) {
            int sd = side;
            double chart = view.pane.spots().stream().filter(s -> s.side() == sd && s.box().h() >= 3 * em)
                    .mapToDouble(s -> s.box().h()).max().orElse(0);
            assertTrue(chart >= 4 * em, "chart " + side + " is " + chart + " px tall, under 4 em (" + em + " px)");
        }
        assertEquals(List.of(), view.partsOutside());
    }

    private static float[] ramp(int n, float last) {
        float[] v = new float[n];
        for (int t = 0; t < n; t++) {
            v[t] = last * (float) Math.pow(0.7, n - 1 - t);
        }
        return v;
    }

    /** The ground of word t's box on the shown side, read from the canvas just inside its left edge. */
    private Color wordGround(FxRobot robot, int t) {
        MemoryPane.Spot s = view.pane.spots().stream().filter(x -> x.side() == 0 && x.t() == t && x.box().h() < 3 * view.pane.style.em())
                .findFirst().orElseThrow();
        WritableImage[] img = new WritableImage[1];
        robot.interact(() -> img[0] = view.pane.snapshot(null, null));
        Point2D p = new Point2D(s.box().x() + view.pane.style.em() * 0.15, s.box().centreY() - s.box().h() * 0.3);
        return img[0].getPixelReader().getColor((int) p.getX(), (int) p.getY());
    }

    private static boolean close(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) < 0.02 && Math.abs(a.getGreen() - b.getGreen()) < 0.02
                && Math.abs(a.getBlue() - b.getBlue()) < 0.02;
    }
}
