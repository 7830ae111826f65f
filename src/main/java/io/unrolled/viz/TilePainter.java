package io.unrolled.viz;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * Paints a hidden state's units as a tile of coloured cells, one cell per unit in {@link TileShape} order.
 * A tile is a tiny image, one pixel per unit, drawn scaled up without smoothing: one image per tile is
 * far cheaper for the software renderer than 64 rectangles.
 */
final class TilePainter {

    private TilePainter() {
    }

    /** The tile of one step as an image of cols × rows pixels. */
    static javafx.scene.image.WritableImage image(TileShape shape, float[] values, int step, int units, ColourScale scale) {
        int rows = shape.rowsFor(units);
        javafx.scene.image.WritableImage img = new javafx.scene.image.WritableImage(shape.cols(), rows);
        javafx.scene.image.PixelWriter pw = img.getPixelWriter();
        int base = step * units;
        for (int u = 0; u < units; u++) {
            pw.setColor(u % shape.cols(), u / shape.cols(), scale.colour(values[base + u]));
        }
        return img;
    }

    static void paint(GraphicsContext gc, Box tile, javafx.scene.image.Image image) {
        boolean smooth = gc.isImageSmoothing();
        gc.setImageSmoothing(false);
        gc.drawImage(image, tile.x(), tile.y(), tile.w(), tile.h());
        gc.setImageSmoothing(smooth);
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
