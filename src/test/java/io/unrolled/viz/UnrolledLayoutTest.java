package io.unrolled.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unrolled.models.ModelKind;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every rung's diagram fits the place the window gives the Unrolled tab at 1440×900, in normal and in
 * projector mode: no shape outside the canvas, no control outside the view, no label cut short.
 * Leaves a PNG of each in target/viz-shots for a person to look at.
 */
@ExtendWith(ApplicationExtension.class)
class UnrolledLayoutTest {

    /** The middle of the 1440×900 window: less the ladder, the knobs, the toolbar, the tabs and the status bar. */
    private static final double[] NORMAL = {866, 760};
    private static final double[] PROJECTOR = {846, 700};

    private FixedSource source;
    private UnrolledView view;
    private StackPane root;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        source = new FixedSource(ModelKind.LM1);
        view = new UnrolledView(source);
        root = new StackPane(view);
        Scene scene = new Scene(root, NORMAL[0], NORMAL[1]);
        scene.getStylesheets().add(UnrolledLayoutTest.class.getResource("/io/unrolled/css/base.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @ParameterizedTest
    @EnumSource(ModelKind.class)
    void everyRungFitsAt1440By900(ModelKind kind, FxRobot robot) throws Exception {
        check(kind, robot, false, NORMAL);
    }

    @ParameterizedTest
    @EnumSource(ModelKind.class)
    void everyRungFitsInProjectorMode(ModelKind kind, FxRobot robot) throws Exception {
        check(kind, robot, true, PROJECTOR);
    }

    private void check(ModelKind kind, FxRobot robot, boolean projector, double[] size) throws Exception {
        robot.interact(() -> {
            root.pseudoClassStateChanged(PseudoClass.getPseudoClass("projector"), projector);
            stage.setWidth(size[0]);
            stage.setHeight(size[1]);
            source.kind = kind;
            source.traceSentence(TraceFixtures.sentence(TraceFixtures.steps(kind)));
        });
        if (kind == ModelKind.LM2) {
            WaitForAsyncUtils.waitForFxEvents();
            assertNotNull(view.diagram.diagram().loop(), "LMModel2 opens rolled up");
            assertEquals(TileShape.GRID, view.diagram.diagram().tileShape(), "wide columns keep the 8×8 grid");
            shoot(robot, kind.id() + "-rolled" + (projector ? "-projector" : ""));
            robot.interact(() -> view.playback.unroll.setSelected(true));
        }
        Thread.sleep(kind == ModelKind.LM2 ? 1200 : 100);
        WaitForAsyncUtils.waitForFxEvents();
        Diagram d = view.diagram.diagram();
        assertNotNull(d);
        double w = view.diagram.getWidth();
        double h = view.diagram.getHeight();
        List<Box> boxes = new ArrayList<>();
        boxes.addAll(d.inputs());
        boxes.addAll(d.hidden());
        boxes.addAll(d.outputs());
        boxes.addAll(d.predictions());
        for (Box b : boxes) {
            assertTrue(b.x() >= 0 && b.y() >= 0 && b.maxX() <= w + 0.5 && b.maxY() <= h + 0.5,
                    kind + ": " + b + " leaves the " + w + "×" + h + " canvas");
        }
        assertTrue(d.tile(0, 0).w() >= 8, kind + ": the tile is too small to read, " + d.tile(0, 0));
        Bounds viewBounds = view.localToScene(view.getLayoutBounds());
        for (Node n : List.of(view.sentence, view.legend, view.prediction, view.playback, view.diagram)) {
            Bounds b = n.localToScene(n.getLayoutBounds());
            assertTrue(b.getMinX() >= viewBounds.getMinX() - 0.5 && b.getMaxX() <= viewBounds.getMaxX() + 0.5
                    && b.getMaxY() <= viewBounds.getMaxY() + 0.5, kind + ": " + n.getStyleClass() + " at " + b + " leaves " + viewBounds);
        }
        assertTrue(h >= 300, kind + ": the diagram keeps room, " + h);
        for (Labeled l : labels(view.prediction)) {
            if (l.isVisible() && !l.getText().isEmpty()) {
                assertTrue(l.getWidth() >= l.prefWidth(-1) - 0.5, kind + ": \"" + l.getText() + "\" is cut");
            }
        }
        assertEquals(TraceFixtures.steps(kind), d.steps());
        shoot(robot, kind.id() + (projector ? "-projector" : ""));
    }

    /** A PNG of the view in target/viz-shots, for a person to look at. */
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

    private static List<Labeled> labels(Parent p) {
        List<Labeled> all = new ArrayList<>();
        for (Node n : p.getChildrenUnmodifiable()) {
            if (n instanceof Labeled l) {
                all.add(l);
            }
            if (n instanceof Parent q) {
                all.addAll(labels(q));
            }
        }
        return all;
    }
}
