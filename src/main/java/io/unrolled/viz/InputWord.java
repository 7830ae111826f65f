package io.unrolled.viz;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Writes an input word in its box so it can be read from the back of a room: on one line when it fits
 * at a readable size, else over two lines where {@link WordBreak} splits it ("seven / teen" at twice
 * the size "seventeen" would get on one line). Hovering the box still shows the whole word.
 */
final class InputWord {

    /** Below this share of the diagram's text size a one-line word is too small: try two lines. */
    static final double READABLE = 0.75;
    private static final double LINE = 1.1;
    /** The least size (px) a word is written at, even when it then overflows its box. */
    private static final double SMALLEST = 7;

    private InputWord() {
    }

    /** The lines the word is written in, and their font. */
    record Layout(String[] lines, Font font) {
    }

    static Layout layout(String word, Box b, Font bold, TextFit fit) {
        double room = b.w() - 0.25 * bold.getSize();
        Font one = fit.fit(word, bold, room, SMALLEST);
        String[] two = WordBreak.lines(word);
        if (one.getSize() >= READABLE * bold.getSize() || two.length == 1) {
            return new Layout(new String[] {word}, one);
        }
        double size = Math.min(bold.getSize(), (b.h() - 0.2 * bold.getSize()) / (2 * LINE));
        Font font = Font.font(bold.getFamily(), javafx.scene.text.FontWeight.BOLD, size);
        for (String line : two) {
            font = fit.fit(line, font, room, SMALLEST);
        }
        return font.getSize() > one.getSize() ? new Layout(two, font) : new Layout(new String[] {word}, one);
    }

    static void paint(GraphicsContext gc, String word, Box b, Font bold, TextFit fit) {
        Layout l = layout(word, b, bold, fit);
        gc.setFont(l.font());
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        double step = l.font().getSize() * LINE;
        double top = b.centreY() - step * (l.lines().length - 1) / 2;
        for (int k = 0; k < l.lines().length; k++) {
            gc.fillText(l.lines()[k], b.centreX(), top + k * step);
        }
    }
}
