package io.unrolled.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unrolled.models.ModelKind;
import io.unrolled.trace.GruLayerTrace;
import io.unrolled.trace.LayerTrace;
import io.unrolled.trace.LstmLayerTrace;
import io.unrolled.trace.SentenceTrace;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Gates tab beside the Unrolled tab, as the window has them, on fixture traces. */
@ExtendWith(ApplicationExtension.class)
class GatesViewTest {

    /** The middle of the 1440×900 window and of the projector's (as in UnrolledLayoutTest). */
    private static final double[] NORMAL = {866, 760};
    private static final double[] PROJECTOR = {846, 700};
    /** The Gates tab's size in the 1366×768 window, normal and projector mode (measured in GatesTabTest). */
    private static final double[] SMALL = {800, 664};
    private static final double[] SMALL_PROJECTOR = {774, 594};

    private FixedSource source;
    private UnrolledView unrolled;
    private GatesView gates;
    private TabPane tabs;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        source = new FixedSource(ModelKind.LM6);
        unrolled = new UnrolledView(source);
        gates = new GatesView(unrolled);
        tabs = new TabPane(new Tab("Unrolled", unrolled), new Tab("Gates", gates));
        tabs.getSelectionModel().select(1);
        Scene scene = new Scene(tabs, NORMAL[0], NORMAL[1]);
        scene.getStylesheets().add(GatesViewTest.class.getResource("/io/unrolled/css/base.css").toExternalForm());
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

    /** An LSTM trace whose c and h follow from its gates, as the real model's do. */
    static SentenceTrace consistentLstm(long seed) {
        SentenceTrace t = TraceFixtures.of(ModelKind.LM6, seed);
        List<LayerTrace> layers = new ArrayList<>();
        for (LayerTrace l : t.layers()) {
            LstmLayerTrace s = (LstmLayerTrace) l;
            int hd = s.hidden();
            float[] c = new float[s.steps() * hd];
            float[] h = new float[s.steps() * hd];
            for (int k = 0; k < s.steps(); k++) {
                for (int u = 0; u < hd; u++) {
                    float before = k == 0 ? s.c0()[u] : c[(k - 1) * hd + u];
                    int at = k * hd + u;
                    c[at] = s.f()[at] * before + s.i()[at] * s.g()[at];
                    h[at] = (float) (s.o()[at] * Math.tanh(c[at]));
                }
            }
            layers.add(new LstmLayerTrace(s.steps(), hd, s.h0(), s.c0(), s.i(), s.f(), s.g(), s.o(), c, h));
        }
        return new SentenceTrace(t.model(), t.modelName(), t.vocab(), t.words(), t.predictions(), layers, t.gradientFlow(), t.weights());
    }

    static SentenceTrace consistentGru(long seed) {
        SentenceTrace t = TraceFixtures.of(ModelKind.GRU, seed);
        List<LayerTrace> layers = new ArrayList<>();
        for (LayerTrace l : t.layers()) {
            GruLayerTrace s = (GruLayerTrace) l;
            int hd = s.hidden();
            float[] h = new float[s.steps() * hd];
            for (int k = 0; k < s.steps(); k++) {
                for (int u = 0; u < hd; u++) {
                    int at = k * hd + u;
                    float before = k == 0 ? s.h0()[u] : h[at - hd];
                    h[at] = (1 - s.z()[at]) * s.n()[at] + s.z()[at] * before;
                }
            }
            layers.add(new GruLayerTrace(s.steps(), hd, s.h0(), s.r(), s.z(), s.n(), h));
        }
        return new SentenceTrace(t.model(), t.modelName(), t.vocab(), t.words(), t.predictions(), layers, t.gradientFlow(), t.weights());
    }

    private float[] drawn(String name) {
        for (GatePainter.Drawn d : gates.pane.drawn()) {
            if (d.tile().name().equals(name)) {
                return d.tile().values();
            }
        }
        throw new AssertionError("no tile " + name + " drawn");
    }

    @Test
    void theTilesDrawnCarryTheTracesNumbersAtTheCursorAndLayer(FxRobot robot) {
        SentenceTrace trace = TraceFixtures.of(ModelKind.LM6, 7);
        show(robot, trace, 5);
        robot.interact(() -> gates.selectLayer(1));
        WaitForAsyncUtils.waitForFxEvents();
        LstmLayerTrace l = (LstmLayerTrace) trace.layers().get(1);
        int hd = l.hidden();
        for (int u = 0; u < hd; u++) {
            int at = 5 * hd + u;
            assertEquals(l.f()[at], drawn("f")[u]);
            assertEquals(l.i()[at], drawn("i")[u]);
            assertEquals(l.g()[at], drawn("g")[u]);
            assertEquals(l.o()[at], drawn("o")[u]);
            assertEquals(l.c()[at], drawn("c_t")[u]);
            assertEquals(l.c()[at - hd], drawn("c_{t−1}")[u]);
            assertEquals(l.h()[at], drawn("h_t")[u]);
            assertEquals(l.h()[at - hd], drawn("h_{t−1}")[u]);
            assertEquals(trace.layers().get(0).h(5, u), drawn("x_t")[u], "layer 2 reads layer 1's h_t");
        }
    }

    @Test
    void theCanvasPixelOfAUnitHasTheColourOfItsTracedValue(FxRobot robot) {
        SentenceTrace trace = TraceFixtures.of(ModelKind.LM6, 8);
        show(robot, trace, 3);
        LstmLayerTrace l = (LstmLayerTrace) trace.layers().get(0);
        GatePainter.Drawn f = gates.pane.drawn().stream().filter(d -> d.tile().name().equals("f")).findFirst().orElseThrow();
        int unit = 27;
        Box cell = TileShape.GRID.cellOf(f.box(), 64, unit);
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = gates.pane.canvas().snapshot(null, null));
        Color seen = shot[0].getPixelReader().getColor((int) cell.centreX(), (int) cell.centreY());
        Color meant = gates.pane.scales().get(GateCell.Scale.GATE).colour(l.f()[3 * 64 + unit]);
        assertEquals(meant.getRed(), seen.getRed(), 0.02);
        assertEquals(meant.getGreen(), seen.getGreen(), 0.02);
        assertEquals(meant.getBlue(), seen.getBlue(), 0.02);
    }

    @Test
    void theLstmEquationsHoldOnTheDrawnValues(FxRobot robot) {
        show(robot, consistentLstm(3), 9);
        for (int layer = 0; layer < 2; layer++) {
            int l = layer;
            robot.interact(() -> gates.selectLayer(l));
            WaitForAsyncUtils.waitForFxEvents();
            float[] f = drawn("f");
            float[] i = drawn("i");
            float[] g = drawn("g");
            float[] o = drawn("o");
            float[] cBefore = drawn("c_{t−1}");
            float[] fc = drawn("f·c");
            float[] ig = drawn("i·g");
            float[] c = drawn("c_t");
            float[] tanhC = drawn("tanh c_t");
            float[] h = drawn("h_t");
            for (int u = 0; u < 64; u++) {
                assertEquals(f[u] * cBefore[u], fc[u], 1e-5);
                assertEquals(i[u] * g[u], ig[u], 1e-5);
                assertEquals(fc[u] + ig[u], c[u], 1e-5, "c_t = f⊙c_{t−1} + i⊙g");
                assertEquals(Math.tanh(c[u]), tanhC[u], 1e-5);
                assertEquals(o[u] * tanhC[u], h[u], 1e-5, "h_t = o⊙tanh(c_t)");
            }
        }
    }

    @Test
    void theGruBlendHoldsOnTheDrawnValues(FxRobot robot) {
        source.kind = ModelKind.GRU;
        show(robot, consistentGru(4), 6);
        float[] z = drawn("z");
        float[] n = drawn("n");
        float[] hb = drawn("h_{t−1}");
        float[] h = drawn("h_t");
        float[] zh = drawn("z·h");
        float[] zn = drawn("(1−z)·n");
        for (int u = 0; u < 64; u++) {
            assertEquals(z[u] * hb[u], zh[u], 1e-5);
            assertEquals((1 - z[u]) * n[u], zn[u], 1e-5);
            assertEquals(zn[u] + zh[u], h[u], 1e-5, "h_t = (1−z)⊙n + z⊙h_{t−1}");
        }
        assertNotNull(drawn("r"));
    }

    @Test
    void leftAndRightMoveTheCursorTheUnrolledTabSharesAndBack(FxRobot robot) {
        show(robot, TraceFixtures.of(ModelKind.LM6, 5), 8);
        robot.clickOn(".gates-pane");
        robot.press(KeyCode.LEFT).release(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(7, gates.cursor());
        assertEquals(7, unrolled.cursor(), "one cursor for both tabs");
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(9, unrolled.cursor());
        assertTrue(gates.where.getText().startsWith("word 10/16"), gates.where.getText());
        robot.interact(() -> unrolled.clock.jumpTo(2));
        WaitForAsyncUtils.waitForFxEvents();
        LstmLayerTrace l = (LstmLayerTrace) unrolled.shownTrace().layers().get(0);
        assertEquals(l.c(2, 0), drawn("c_t")[0], "stepping in the Unrolled tab moves the Gates tab");
    }

    @Test
    void theLayerChooserSwitchesTheCellBetweenLayers(FxRobot robot) {
        SentenceTrace trace = TraceFixtures.of(ModelKind.LM6, 9);
        show(robot, trace, 4);
        assertEquals(0, gates.layer());
        assertEquals(trace.layers().get(0).h(4, 11), drawn("h_t")[11]);
        robot.clickOn("#gate-layer-2");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, gates.layer());
        assertEquals(trace.layers().get(1).h(4, 11), drawn("h_t")[11]);
        robot.clickOn("#gate-layer-1");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(trace.layers().get(0).h(4, 11), drawn("h_t")[11]);
    }

    @Test
    void aStepIsExplainedForgetThenWriteThenUpdateThenOutput(FxRobot robot) {
        show(robot, TraceFixtures.of(ModelKind.LM6, 6), 3);
        List<String> seen = new ArrayList<>();
        robot.interact(() -> {
            unrolled.clock.stepForward();
            for (int k = 0; k < 4; k++) {
                seen.add(gates.explaining.getText());
                unrolled.clock.advance(StepClock.STEP_SECONDS / 4 / unrolled.clock.speed().get());
            }
            seen.add(gates.explaining.getText());
            unrolled.clock.pause();
        });
        assertTrue(seen.get(0).contains("forget"), seen.toString());
        assertTrue(seen.get(1).contains("write"), seen.toString());
        assertTrue(seen.get(2).contains("update"), seen.toString());
        assertTrue(seen.get(3).contains("output"), seen.toString());
        assertEquals("", seen.get(4), "the whole step shown once it is done");
    }

    @Test
    void aClickedUnitShowsItsEquationWithThisStepsNumbersAndTintsTheSentence(FxRobot robot) {
        SentenceTrace trace = consistentLstm(11);
        show(robot, trace, 6);
        GatePainter.Drawn c = gates.pane.drawn().stream().filter(d -> d.tile().name().equals("c_t")).findFirst().orElseThrow();
        int unit = 19;
        Box cell = TileShape.GRID.cellOf(c.box(), 64, unit);
        Point2D at = gates.pane.canvas().localToScreen(cell.centreX(), cell.centreY());
        robot.clickOn(at);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(unit, gates.pane.unit());
        LstmLayerTrace l = (LstmLayerTrace) trace.layers().get(0);
        int at6 = 6 * 64 + unit;
        String text = gates.unitPanel.equation.getText();
        String expected = "= " + two(l.f()[at6]) + "·" + two(l.c(5, unit)) + " + " + two(l.i()[at6]) + "·" + two(l.g()[at6])
                + "\n    = " + bare(l.c(6, unit));
        assertTrue(text.contains(expected), text + " should contain " + expected);
        assertEquals(trace.steps(), gates.unitPanel.words.getChildren().size(), "every word of the sentence");
    }

    @ParameterizedTest
    @EnumSource(value = ModelKind.class, names = {"LM4", "LM5", "LM6", "LM7", "GRU"})
    void everyCellKindFitsTheWindowInNormalAndProjectorMode(ModelKind kind, FxRobot robot) throws Exception {
        for (int k = 0; k < 8; k++) {
            boolean projector = k % 2 == 1;
            boolean small = (k / 2) % 2 == 1;
            int layer = k / 4;   // the first layer reads a word (a box), the second the h below (a tile)
            double[] size = small ? (projector ? SMALL_PROJECTOR : SMALL) : projector ? PROJECTOR : NORMAL;
            robot.interact(() -> {
                tabs.pseudoClassStateChanged(PseudoClass.getPseudoClass("projector"), projector);
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
                source.kind = kind;
                source.traceSentence(TraceFixtures.sentence(TraceFixtures.steps(kind)));
                gates.selectLayer(layer);
                gates.pickUnit(5);
            });
            Thread.sleep(100);
            WaitForAsyncUtils.waitForFxEvents();
            String where = kind + " layer " + (layer + 1) + (small ? " at 1366×768" : " at 1440×900") + (projector ? " in projector mode" : "");
            assertEquals(List.of(), gates.partsOutside(), where);
            assertTrue(gates.pane.drawn().get(0).box().w() >= 24, where + ": tiles large enough to read");
            assertEquals(5, gates.unit(), where);
            assertTrue(gates.unitPanel.chart.isVisible() && gates.unitPanel.chart.getHeight() > 3 * gates.pane.style.em(), where + ": the chart is drawn");
            assertEquals(UnitPanel.RANKED, gates.unitPanel.ranked().length, where);
            assertTrue(gates.pane.parts().size() > gates.pane.drawn().size(), where + ": boxes, circles and labels are checked too");
            shoot(robot, "gates-" + kind.id() + "-l" + (layer + 1) + (small ? "-1366" : "") + (projector ? "-projector" : ""));
        }
    }

    @Test
    void theLayoutCheckNamesPartsDrawnOverEachOtherAndPartsCutOff() {
        var tile = new GatePainter.Part("tile h_{t−1}", new Box(10, 10, 40, 40));
        var box = new GatePainter.Part("box W_hh·( )+b", new Box(30, 20, 80, 20));
        var apart = new GatePainter.Part("tile pre", new Box(120, 10, 40, 40));
        var touching = new GatePainter.Part("tile h_t", new Box(160, 10, 40, 40));
        assertEquals(List.of(), GatesView.partsMeeting(List.of(tile, apart, touching), 300, 100));
        List<String> overlap = GatesView.partsMeeting(List.of(tile, box, apart), 300, 100);
        assertEquals(1, overlap.size(), overlap.toString());
        assertTrue(overlap.get(0).contains("tile h_{t−1}") && overlap.get(0).contains("overlaps box W_hh·( )+b"), overlap.get(0));
        List<String> cut = GatesView.partsMeeting(List.of(touching), 180, 100);
        assertEquals(1, cut.size(), cut.toString());
        assertTrue(cut.get(0).contains("outside the 180.0×100.0 canvas"), cut.get(0));
    }

    /** Two decimals, a negative number in brackets with a true minus sign, as the equation writes it. */
    /** A result standing alone: two decimals with a true minus sign, no brackets. */
    private static String bare(float x) {
        String s = String.format(java.util.Locale.ROOT, "%.2f", x);
        return s.equals("-0.00") ? "0.00" : s.replace('-', '−');
    }

    private static String two(float x) {
        String s = bare(x);
        return s.startsWith("−") ? "(" + s + ")" : s;
    }

    private void shoot(FxRobot robot, String name) {
        File dir = new File("target/viz-shots");
        dir.mkdirs();
        File png = new File(dir, name + ".png");
        robot.interact(() -> {
            try {
                javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null), "png", png);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
