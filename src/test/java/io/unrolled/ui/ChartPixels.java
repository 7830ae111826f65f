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
}
