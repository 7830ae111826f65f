package io.unrolled.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unrolled.models.ModelKind;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Unrolled view's picture for a slide is drawn at its size: the edge of a word's box is as sharp
 * there as on screen, where the screen's canvas enlarged as much smears it over several pixels.
 */
@ExtendWith(ApplicationExtension.class)
class SlidePictureTest {

    private static final double SCALE = 2.5;
    private FixedSource source;
    private UnrolledView view;

    @Start
    void start(Stage stage) {
        source = new FixedSource(ModelKind.LM6);
        view = new UnrolledView(source);
        Scene scene = new Scene(new StackPane(view), 866, 760);
        scene.getStylesheets().add(SlidePictureTest.class.getResource("/io/unrolled/css/base.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    /** Pixels neither light nor dark down one column across a horizontal edge at {@code y} (both scaled). */
    private static int greys(Image image, double x, double y) {
        int n = 0;
        for (int py = (int) ((y - 4) * SCALE); py < (int) ((y + 4) * SCALE); py++) {
            double b = image.getPixelReader().getColor((int) (x * SCALE), py).getBrightness();
            n += b > 0.2 && b < 0.8 ? 1 : 0;
        }
        return n;
    }

    @Test
    void theDiagramIsDrawnAtTheSlidesSizeNotEnlarged(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Diagram d = view.diagram.diagram();
        Box box = d.inputs().get(0);
        WritableImage[] drawn = new WritableImage[2];
        robot.interact(() -> {
            drawn[0] = view.diagram.picture(SCALE);
            SnapshotParameters p = new SnapshotParameters();
            p.setTransform(Transform.scale(SCALE, SCALE));
            p.setFill(Color.WHITE);
            drawn[1] = view.diagram.canvas().snapshot(p, null);
        });
        assertEquals(Math.ceil(view.diagram.getWidth() * SCALE), drawn[0].getWidth(), 1);
        double x = box.x() + 0.1 * box.w();
        int sharp = greys(drawn[0], x, box.y());
        int enlarged = greys(drawn[1], x, box.y());
        assertTrue(sharp <= 2 && enlarged > sharp, "the box's top edge: " + sharp + " grey pixels drawn at size, "
                + enlarged + " in the enlarged canvas");

        WritableImage[] slide = new WritableImage[1];
        robot.interact(() -> slide[0] = view.picture(SCALE));
        assertEquals(drawn[0].getWidth(), slide[0].getWidth(), 1, "the slide is as wide as the diagram drawn at its size");
        assertTrue(slide[0].getHeight() > drawn[0].getHeight(), "with the caption, legend and guess around it");
    }
}
