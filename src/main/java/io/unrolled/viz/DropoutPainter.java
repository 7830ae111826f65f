package io.unrolled.viz;

import io.unrolled.trace.DropoutTrace;
import io.unrolled.trace.SentenceTrace;
import java.util.Arrays;
import javafx.scene.canvas.GraphicsContext;

/**
 * Paints a training pass's dropout mask over a tile of the top layer's h: a dropped unit is veiled and
 * crossed out (the model multiplied it by 0), a kept one gets a small mark (it was multiplied by
 * 1/(1 − p); the legend says so). Drawn over the tile's colours, which stay the raw values.
 */
final class DropoutPainter {

    private DropoutPainter() {
    }

    /** Whether {@code d} is the pass of the sentence {@code t} shows (same rung, same words). */
    static boolean matches(DropoutTrace d, SentenceTrace t) {
        return d != null && t != null && d.model().equals(t.model()) && Arrays.equals(d.words(), t.words());
    }

    /**
     * @param tile      where the tile of step {@code step} is drawn
     * @param lineWidth the diagram's line width: the cross follows projector mode
     */
    static void paint(GraphicsContext gc, Box tile, TileShape shape, DropoutTrace d, int step, TrainModeStyle style, double lineWidth) {
        int units = d.hidden();
        gc.save();
        for (int u = 0; u < units; u++) {
            Box c = shape.cellOf(tile, units, u);
            double side = Math.min(c.w(), c.h());
            if (d.dropped(step, u)) {
                gc.setFill(style.veil.getValue());
                gc.fillRect(c.x(), c.y(), c.w(), c.h());
                gc.setStroke(style.cross.getValue());
                gc.setLineWidth(Math.max(1, Math.min(lineWidth * 0.6, side / 5)));
                double m = side * 0.18;
                gc.strokeLine(c.x() + m, c.y() + m, c.maxX() - m, c.maxY() - m);
                gc.strokeLine(c.maxX() - m, c.y() + m, c.x() + m, c.maxY() - m);
            } else {
                double r = Math.max(1, side * 0.14);
                gc.setFill(style.kept.getValue());
                gc.fillOval(c.centreX() - r, c.centreY() - r, 2 * r, 2 * r);
            }
        }
        gc.restore();
    }

    /** The mask over the top layer's tiles of the unrolled diagram, at every step the light has reached. */
    static void paintDiagram(GraphicsContext gc, Diagram diagram, SentenceTrace t, DropoutTrace d, Lighting light,
                             TrainModeStyle style, double lineWidth) {
        if (!matches(d, t) || diagram.steps() != d.steps()) {
            return;
        }
        int top = diagram.layers() - 1;
        for (int step = 0; step < d.steps(); step++) {
            if (light.reached(step, top + 1)) {
                paint(gc, diagram.tile(top, step), diagram.tileShape(), d, step, style, lineWidth);
            }
        }
    }

    /** The mask over the Gates tab's h(t) tile, when the cell shown is the top layer's and h(t) has been reached. */
    static void paintGate(GraphicsContext gc, java.util.List<GatePainter.Drawn> drawn, SentenceTrace t, DropoutTrace d,
                          int layer, int step, int stage, TrainModeStyle style, double lineWidth) {
        if (!matches(d, t) || layer != t.layers().size() - 1 || step >= d.steps()) {
            return;
        }
        for (GatePainter.Drawn g : drawn) {
            if (g.tile().name().equals("h_t") && g.tile().stage() <= stage) {
                paint(gc, g.box(), TileShape.GRID, d, step, style, lineWidth);
            }
        }
    }
}
