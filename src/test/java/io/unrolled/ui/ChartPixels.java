package io.unrolled.ui;

import javafx.scene.image.Image;
import javafx.scene.paint.Color;

/** Counts pixels of one colour in a snapshot: how the tests see whether a chart kept its style. */
final class ChartPixels {

    private ChartPixels() {
    }

    /** Pixels within a small distance of {@code colour} in each channel (anti-aliased edges fall outside). */
    static int count(Image image, Color colour) {
        var reader = image.getPixelReader();
        int n = 0;
        for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                Color p = reader.getColor(x, y);
                if (Math.abs(p.getRed() - colour.getRed()) < 0.08 && Math.abs(p.getGreen() - colour.getGreen()) < 0.08
                        && Math.abs(p.getBlue() - colour.getBlue()) < 0.08) {
                    n++;
                }
            }
        }
        return n;
    }

    /**
     * Half-tone pixels in {@code region} (scaled by {@code scale}): neither the white ground nor a
     * full colour, the soft edges an enlarged bitmap gets and a line drawn at full size does not.
     */
    static int blurred(Image image, javafx.geometry.Bounds region, double scale) {
        var reader = image.getPixelReader();
        int n = 0;
        int x0 = (int) Math.ceil(region.getMinX() * scale);
        int y0 = (int) Math.ceil(region.getMinY() * scale);
        int x1 = Math.min((int) image.getWidth(), (int) Math.floor(region.getMaxX() * scale));
        int y1 = Math.min((int) image.getHeight(), (int) Math.floor(region.getMaxY() * scale));
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                Color p = reader.getColor(x, y);
                double lightest = Math.min(p.getRed(), Math.min(p.getGreen(), p.getBlue()));
                double strongest = Math.max(p.getRed(), Math.max(p.getGreen(), p.getBlue())) - lightest;
                if (lightest < 0.95 && lightest > 0.3 && strongest > 0.05) {
                    n++;
                }
            }
        }
        return n;
    }
}
