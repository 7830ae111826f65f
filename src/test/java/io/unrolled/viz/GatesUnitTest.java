package io.unrolled.viz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unrolled.models.ModelKind;
import io.unrolled.trace.LayerTrace;
import io.unrolled.trace.LstmLayerTrace;
import io.unrolled.trace.SentenceTrace;
import java.util.Comparator;
import java.util.stream.IntStream;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** One unit of the Gates tab opened up: exact values on hover and pin, c or h, its chart, and the strongest units. */
@ExtendWith(ApplicationExtension.class)
class GatesUnitTest {

    private FixedSource source;
    private UnrolledView unrolled;
    private GatesView gates;

    @Start
    void start(Stage stage) {
        source = new FixedSource(ModelKind.LM6);
        unrolled = new UnrolledView(source);
        gates = new GatesView(unrolled);
        TabPane tabs = new TabPane(new Tab("Unrolled", unrolled), new Tab("Gates", gates));
        tabs.getSelectionModel().select(1);
        Scene scene = new Scene(tabs, 866, 760);
        scene.getStylesheets().add(GatesUnitTest.class.getResource("/io/unrolled/css/base.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private void show(FxRobot robot, SentenceTrace trace, int step) {
        robot.interact(() -> {
            source.trace.set(trace);
            unrolled.clock.jumpTo(step);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The screen point of {@code unit} in the tile called {@code name}. */
    private Point2D at(String name, int unit) {
        GatePainter.Drawn d = gates.pane.drawn().stream().filter(x -> x.tile().name().equals(name)).findFirst().orElseThrow();
        Box cell = TileShape.GRID.cellOf(d.box(), 64, unit);
        return gates.pane.canvas().localToScreen(cell.centreX(), cell.centreY());
    }

    private static String four(float v) {
        return String.format(java.util.Locale.ROOT, "%.4f", v);
    }

    @Test
    void hoveringAWiresTileShowsItsExactValueForThatUnit(FxRobot robot) {
        SentenceTrace trace = GatesViewTest.consistentLstm(21);
        show(robot, trace, 4);
        LstmLayerTrace l = (LstmLayerTrace) trace.layers().get(0);
        robot.moveTo(at("f", 27));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(gates.pane.readout.isVisible());
        assertTrue(gates.pane.readout.getText().endsWith("unit 27: f = " + four(l.f()[4 * 64 + 27])), gates.pane.readout.getText());
        robot.moveTo(at("c_{t−1}", 3));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(gates.pane.readout.getText().endsWith("unit 3: c(t−1) = " + four(l.c(3, 3))), gates.pane.readout.getText());
        assertTrue(gates.pane.readout.getText().startsWith("layer 1, word 5 (\"" + trace.vocab().get(trace.words()[4]) + "\")"),
                "which layer and word: " + gates.pane.readout.getText());
    }

    @Test
    void aClickPinsTheValueWhichFollowsTheCursorTheLayerAndANewTraceUntilClickedAgain(FxRobot robot) {
        SentenceTrace trace = GatesViewTest.consistentLstm(22);
        show(robot, trace, 6);
        robot.clickOn(at("c_t", 19));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("c_t", gates.pane.pinnedTile());
        LstmLayerTrace l = (LstmLayerTrace) trace.layers().get(0);
        assertTrue(gates.pane.readout.getText().endsWith("unit 19: c(t) = " + four(l.c(6, 19))), gates.pane.readout.getText());
        robot.moveTo(at("o", 40));   // hover elsewhere does not move a pin
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(gates.pane.readout.isVisible());
        assertTrue(gates.pane.readout.getText().contains("word 8 "), gates.pane.readout.getText());
        assertTrue(gates.pane.readout.getText().endsWith("unit 19: c(t) = " + four(l.c(7, 19))), gates.pane.readout.getText());
        robot.interact(() -> gates.selectLayer(1));
        WaitForAsyncUtils.waitForFxEvents();
        LstmLayerTrace l2 = (LstmLayerTrace) trace.layers().get(1);
        assertTrue(gates.pane.readout.getText().startsWith("layer 2, "), gates.pane.readout.getText());
        assertTrue(gates.pane.readout.getText().endsWith("unit 19: c(t) = " + four(l2.c(7, 19))), gates.pane.readout.getText());
        SentenceTrace next = GatesViewTest.consistentLstm(23);
        robot.interact(() -> source.trace.set(next));
        WaitForAsyncUtils.waitForFxEvents();
        float now = ((LstmLayerTrace) next.layers().get(1)).c(7, 19);
        assertTrue(gates.pane.readout.getText().endsWith("unit 19: c(t) = " + four(now)), "a new trace: the new number at the pinned place; "
                + gates.pane.readout.getText());
        shoot(robot, "gates-pinned");
        robot.clickOn(at("c_t", 19));
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(gates.pane.pinnedTile(), "a second click on the pinned value unpins it");
        robot.clickOn(at("f", 2));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("f", gates.pane.pinnedTile());
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(gates.pane.pinnedTile(), "Esc unpins, as in the Unrolled tab");
        assertFalse(gates.pane.readout.isVisible());
        // the headless robot types no shifted characters: the key event a "?" makes, sent to the focused cell
        robot.interact(() -> javafx.event.Event.fireEvent(gates.pane,
                new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "?", "?", KeyCode.SLASH, true, false, false, false)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(gates.keys != null && gates.keys.isShowing() && gates.keys.getContentText().contains("Esc"), "? lists the tab's keys");
        robot.interact(() -> gates.keys.close());
    }

    @Test
    void theChooserTintsChartsAndRanksByCOrH(FxRobot robot) {
        SentenceTrace trace = GatesViewTest.consistentLstm(24);
        show(robot, trace, 5);
        robot.interact(() -> gates.pickUnit(33));
        WaitForAsyncUtils.waitForFxEvents();
        LstmLayerTrace l = (LstmLayerTrace) trace.layers().get(0);
        float[] c = new float[trace.steps()];
        float[] h = new float[trace.steps()];
        for (int t = 0; t < c.length; t++) {
            c[t] = l.c(t, 33);
            h[t] = l.h(t, 33);
        }
        assertArrayEquals(c, gates.unitPanel.chart.values(), "an LSTM opens on its cell state");
        assertEquals(5, gates.unitPanel.chart.cursor());
        assertTint(2, gates.pane.scales().get(GateCell.Scale.WIDE).colour(c[2]));
        robot.clickOn("#unit-shows-h");
        WaitForAsyncUtils.waitForFxEvents();
        assertArrayEquals(h, gates.unitPanel.chart.values());
        assertTint(2, gates.pane.scales().get(GateCell.Scale.UNIT).colour(h[2]));
        assertTrue(gates.unitPanel.rankTitle.getText().contains("|h|"), "the UI says what strength means: " + gates.unitPanel.rankTitle.getText());
        assertArrayEquals(largest(l, 5, false), gates.unitPanel.ranked());
    }

    private void assertTint(int word, Color meant) {
        Label w = (Label) gates.unitPanel.words.getChildren().get(word);
        assertEquals(meant, w.getBackground().getFills().get(0).getFill());
    }

    /** The eight units of largest |c| (or |h|) at step t, worked out here without the ranking's code. */
    private static int[] largest(LayerTrace l, int t, boolean c) {
        return IntStream.range(0, l.hidden()).boxed()
                .sorted(Comparator.comparingDouble((Integer u) -> -Math.abs(c ? ((LstmLayerTrace) l).c(t, u) : l.h(t, u))))
                .limit(UnitPanel.RANKED).mapToInt(Integer::intValue).toArray();
    }

    @Test
    void theRankingListsTheLargestUnitsAtTheWordAndAClickOpensOne(FxRobot robot) {
        SentenceTrace trace = GatesViewTest.consistentLstm(25);
        show(robot, trace, 9);
        LstmLayerTrace l = (LstmLayerTrace) trace.layers().get(0);
        int[] top = largest(l, 9, true);
        assertArrayEquals(top, gates.unitPanel.ranked(), "shown before any unit is opened: where to start the hunt");
        assertTrue(gates.unitPanel.rankTitle.getText().contains("|c|"), gates.unitPanel.rankTitle.getText());
        robot.clickOn("#rank-unit-" + top[2]);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(top[2], gates.unit());
        assertTrue(gates.unitPanel.equation.getText().contains("unit " + top[2] + ","), gates.unitPanel.equation.getText());
        assertTrue(gates.unitPanel.chart.isVisible());
        // the opened unit is outlined in every tile of the cell
        assertEquals(top[2], gates.pane.unit());
        // while training, new traces come a few times a second: the buttons are refilled, not replaced under the mouse
        javafx.scene.Node first = gates.unitPanel.ranking.getChildren().get(0);
        SentenceTrace next = GatesViewTest.consistentLstm(28);
        robot.interact(() -> source.trace.set(next));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(first == gates.unitPanel.ranking.getChildren().get(0));
        assertArrayEquals(largest(next.layers().get(0), 9, true), gates.unitPanel.ranked(), "the new trace's strongest units");
    }

    @Test
    void leftAndRightMoveTheOpenedUnitsNumbersChartCursorAndRankingWithTheCursor(FxRobot robot) {
        SentenceTrace trace = GatesViewTest.consistentLstm(26);
        show(robot, trace, 3);
        robot.clickOn(at("h_t", 50));
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        LstmLayerTrace l = (LstmLayerTrace) trace.layers().get(0);
        String eq = gates.unitPanel.equation.getText();
        assertTrue(eq.contains("unit 50, word 6 "), eq);
        assertTrue(eq.contains("    = " + bare(l.c(5, 50)) + "\n"), eq);
        assertEquals(5, gates.unitPanel.chart.cursor());
        assertArrayEquals(largest(l, 5, true), gates.unitPanel.ranked());
        assertTrue(gates.unitPanel.words.getChildren().get(5).getStyleClass().contains("unit-word-current"));
        robot.press(KeyCode.LEFT).release(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4, gates.unitPanel.chart.cursor());
        assertArrayEquals(largest(l, 4, true), gates.unitPanel.ranked());
    }

    @Test
    void aGruOrPlainCellHasNoCellStateSoTheChooserIsHiddenAndHIsUsed(FxRobot robot) {
        source.kind = ModelKind.GRU;
        SentenceTrace trace = GatesViewTest.consistentGru(27);
        show(robot, trace, 7);
        robot.interact(() -> gates.pickUnit(8));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(gates.unitPanel.chooser.isVisible());
        assertEquals(trace.layers().get(0).h(7, 8), gates.unitPanel.chart.values()[7]);
        assertArrayEquals(largest(trace.layers().get(0), 7, false), gates.unitPanel.ranked());
        Region swatch = (Region) ((javafx.scene.control.Button) gates.unitPanel.ranking.getChildren().get(0)).getGraphic();
        assertTrue(swatch.getWidth() > 0, "the ranked unit's colour is shown");
    }

    @Test
    void theLayoutCheckReportsTextCutOffInTheSideColumn(FxRobot robot) {
        show(robot, GatesViewTest.consistentLstm(29), 5);
        robot.interact(() -> gates.pickUnit(7));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(java.util.List.of(), gates.partsOutside(), "fits as the app styles it");
        // the check itself must be able to fail: squeeze the column until its controls lose their text
        robot.interact(() -> gates.sideScroll.setStyle("-fx-pref-width: 5em; -fx-min-width: 5em; -fx-max-width: 5em;"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(gates.partsOutside().stream().anyMatch(p -> p.contains("cut to") || p.contains("past the side column")),
                gates.partsOutside().toString());
    }

    private void shoot(FxRobot robot, String name) {
        java.io.File dir = new java.io.File("target/viz-shots");
        dir.mkdirs();
        robot.interact(() -> {
            try {
                javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(gates.getScene().snapshot(null), null), "png",
                        new java.io.File(dir, name + ".png"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** A result standing alone: two decimals with a true minus sign, no brackets. */
    private static String bare(float x) {
        String s = String.format(java.util.Locale.ROOT, "%.2f", x);
        return s.equals("-0.00") ? "0.00" : s.replace('-', '−');
    }

    private static String two(float x) {
        String s = bare(x);
        return s.startsWith("−") ? "(" + s + ")" : s;
    }
}
