package io.unrolled.viz;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;

/**
 * The Unrolled view as a picture for a slide: the caption and legend above, the diagram, the cursor's
 * prediction below, stacked as on screen but without the controls. The labels come from scaled
 * snapshots, which lay text and shapes out afresh at that scale; the diagram is painted again at
 * that scale ({@link DiagramPane#picture}), since a snapshot of a canvas only enlarges its pixels.
 */
final class SlidePicture {

    private SlidePicture() {
    }

    /** The parts, top to bottom, {@code scale} times their size on screen; null before a diagram. FX thread. */
    static WritableImage render(List<Node> above, DiagramPane diagram, List<Node> below, double scale, Color background) {
        WritableImage middle = diagram.picture(scale);
        if (middle == null) {
            return null;
        }
        List<Image> parts = new ArrayList<>();
        List<Double> xs = new ArrayList<>();
        double left = diagram.localToScene(diagram.getLayoutBounds()).getMinX();
        for (Node n : above) {
            add(n, left, scale, background, parts, xs);
        }
        parts.add(middle);
        xs.add(0.0);
        for (Node n : below) {
            add(n, left, scale, background, parts, xs);
        }
        double width = middle.getWidth();
        double height = parts.stream().mapToDouble(Image::getHeight).sum();
        Canvas slide = new Canvas(width, Math.ceil(height));
        GraphicsContext g = slide.getGraphicsContext2D();
        g.setFill(background);
        g.fillRect(0, 0, width, slide.getHeight());
        double y = 0;
        for (int k = 0; k < parts.size(); k++) {
            g.drawImage(parts.get(k), xs.get(k), y);
            y += parts.get(k).getHeight();
        }
        SnapshotParameters asIs = new SnapshotParameters();
        asIs.setFill(Color.TRANSPARENT);
        return slide.snapshot(asIs, null);
    }

    /** A shown part, at the same distance from the diagram's left edge as on screen. */
    private static void add(Node n, double left, double scale, Color background, List<Image> parts, List<Double> xs) {
        if (n.isVisible() && n.getLayoutBounds().getHeight() > 0) {
            parts.add(snapshot(n, scale, background));
            xs.add(Math.max(0, (n.localToScene(n.getLayoutBounds()).getMinX() - left) * scale));
        }
    }

    private static WritableImage snapshot(Node n, double scale, Color background) {
        SnapshotParameters scaled = new SnapshotParameters();
        scaled.setTransform(Transform.scale(scale, scale));
        scaled.setFill(background);
        return n.snapshot(scaled, null);
    }
}
