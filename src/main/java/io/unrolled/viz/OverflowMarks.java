package io.unrolled.viz;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * Marks the units whose value lies beyond the colour scale's ends (a ReLU state on the fixed 0…1
 * range, say): their colour alone would claim the end's value, so each such cell gets a small light
 * triangle in its top-right corner, the mark the legend shows beside the count.
 */
final class OverflowMarks {

    /** Cells smaller than this (px) get no mark: it could not be seen; the legend still counts them. */
    private static final double SMALLEST_CELL = 4;

    private OverflowMarks() {
    }

    /** Marks the clipped units of one step's tile; says how many there were. */
    static int paint(GraphicsContext gc, Box tile, TileShape shape, float[] values, int step, int units, ColourScale scale,
                     Color mark) {
        int base = step * units;
        int marked = 0;
        for (int u = 0; u < units; u++) {
            if (scale.clipped(values[base + u])) {
                Box cell = shape.cellOf(tile, units, u);
                if (cell.w() >= SMALLEST_CELL && cell.h() >= SMALLEST_CELL) {
                    mark(gc, cell, mark);
                }
                marked++;
            }
        }
        return marked;
    }

    /** The mark itself: the top-right half of the cell's corner, a little under half its side. */
    static void mark(GraphicsContext gc, Box cell, Color mark) {
        double s = 0.45 * Math.min(cell.w(), cell.h());
        gc.setFill(mark);
        gc.fillPolygon(new double[] {cell.maxX() - s, cell.maxX(), cell.maxX()},
                new double[] {cell.y(), cell.y(), cell.y() + s}, 3);
    }

    /** How many of each layer's values lie beyond its scale (the legend's count). */
    static int[] count(io.unrolled.trace.SentenceTrace trace, java.util.List<ColourScale> scales) {
        int[] n = new int[Math.min(trace.layers().size(), scales.size())];
        for (int l = 0; l < n.length; l++) {
            for (float v : trace.layers().get(l).h()) {
                if (scales.get(l).clipped(v)) {
                    n[l]++;
                }
            }
        }
        return n;
    }
}
