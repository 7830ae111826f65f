package io.unrolled.viz;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/** Paints a hidden state's units as a tile of coloured cells, one cell per unit in {@link TileShape} order. */
final class TilePainter {

    private TilePainter() {
    }

    /**
     * @param values the layer's (T, H) array
     * @param step   the row of {@code values} to paint
     */
    static void paint(GraphicsContext gc, Box tile, TileShape shape, float[] values, int step, int units, ColourScale scale) {
        int rows = shape.rowsFor(units);
        double cw = tile.w() / shape.cols();
        double ch = tile.h() / rows;
        int base = step * units;
        for (int u = 0; u < units; u++) {
            gc.setFill(scale.colour(values[base + u]));
            // a hair wider than the cell so neighbours overlap: no light seams at fractional sizes
            gc.fillRect(tile.x() + (u % shape.cols()) * cw, tile.y() + (u / shape.cols()) * ch, cw + 0.5, ch + 0.5);
        }
    }

    /** A step the animation has not reached: one quiet block where the units will be. */
    static void paintEmpty(GraphicsContext gc, Box tile, Color empty) {
        gc.setFill(empty);
        gc.fillRect(tile.x(), tile.y(), tile.w(), tile.h());
    }
}
