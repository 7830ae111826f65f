package io.unrolled.ui;

import javafx.geometry.Bounds;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;

/**
 * The charts as a picture for a slide: at least a full-HD slide's width and at least twice the
 * size on screen. Titles, legends and axes come from a scaled snapshot, which draws text and
 * shapes afresh at that scale; each plot is drawn again at that scale too, since a snapshot only
 * enlarges a canvas's pixels.
 */
final class ChartExport {

    /** A full-HD slide's width, the least an exported picture has. */
    static final double SLIDE_WIDTH = 1920;

    private ChartExport() {
    }

    /** How much the charts are enlarged for export. */
    static double scaleFor(double width) {
        return Math.max(2, SLIDE_WIDTH / width);
    }

    /** Renders {@code charts} as they are on screen, enlarged by {@link #scaleFor}; FX thread. */
    static WritableImage render(ChartsPane charts) {
        double scale = scaleFor(charts.getWidth());
        SnapshotParameters scaled = new SnapshotParameters();
        scaled.setTransform(Transform.scale(scale, scale));
        WritableImage frame;
        charts.all().forEach(c -> c.showPlot(false));
        try {
            frame = charts.snapshot(scaled, null);
        } finally {
            charts.all().forEach(c -> c.showPlot(true));
        }
        Canvas picture = new Canvas(frame.getWidth(), frame.getHeight());
        GraphicsContext g = picture.getGraphicsContext2D();
        g.drawImage(frame, 0, 0);
        Bounds whole = charts.getLayoutBounds();
        for (LiveChart chart : charts.all()) {
            Bounds plot = chart.plotBoundsIn(charts);
            g.drawImage(chart.plotImage(scale), (plot.getMinX() - whole.getMinX()) * scale, (plot.getMinY() - whole.getMinY()) * scale);
        }
        SnapshotParameters asIs = new SnapshotParameters();
        asIs.setFill(Color.TRANSPARENT);
        return picture.snapshot(asIs, null);
    }
}
