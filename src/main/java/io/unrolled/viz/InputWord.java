package io.unrolled.viz;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Writes the row of input words at one font size, so the row reads evenly: the largest size at which
 * every word fits its box, a long word going over two lines where {@link WordBreak} splits it
 * ("thou / sand") only when it does not fit on one line at that size; short words stay whole. Hovering a box still shows the whole word.
 */
final class InputWord {

    private static final double LINE = 1.1;
    /** The least size (px) the row is written at, even when a word then overflows its box. */
    private static final double SMALLEST = 7;
    /** Words shorter than this stay whole ("seven", never "se / ven"): a break only helps a long word. */
    static final int LONG = 6;

    private InputWord() {
    }

    /** The lines a word is written in, and their font (the same for the whole row). */
    record Layout(String[] lines, Font font) {
    }

    /** Every word's layout, all at the row's one size: no larger than {@code bold}. */
    static List<Layout> row(List<String> words, List<Box> boxes, Font bold, TextFit fit) {
        double size = bold.getSize();
        for (int t = 0; t < words.size(); t++) {
            size = Math.min(size, largest(words.get(t), boxes.get(t), bold, fit));
        }
        Font font = Font.font(bold.getFamily(), FontWeight.BOLD, Math.max(SMALLEST, size));
        List<Layout> row = new ArrayList<>(words.size());
        for (int t = 0; t < words.size(); t++) {
            row.add(at(words.get(t), boxes.get(t), font, fit));
        }
        return row;
    }

    /** The word at the given size: on one line when it fits, else at its break. */
    static Layout at(String word, Box b, Font font, TextFit fit) {
        double room = room(b, font);
        String[] two = lines(word);
        if (fit.width(word, font) <= room || two.length == 1) {
            return new Layout(new String[] {word}, font);
        }
        return new Layout(two, font);
    }

    /** The largest size (at most {@code bold}'s) at which the word fits its box, on one line or at its break. */
    private static double largest(String word, Box b, Font bold, TextFit fit) {
        double em = bold.getSize();
        double room = room(b, bold);
        double one = Math.min(em, em * room / Math.max(1e-9, fit.width(word, bold)));
        String[] two = lines(word);
        if (two.length == 1) {
            return one;
        }
        double broken = Math.min(em, (b.h() - 0.2 * em) / (2 * LINE));
        for (String line : two) {
            broken = Math.min(broken, em * room / Math.max(1e-9, fit.width(line, bold)));
        }
        return Math.max(one, broken);
    }

    private static String[] lines(String word) {
        return word.length() < LONG ? new String[] {word} : WordBreak.lines(word);
    }

    private static double room(Box b, Font font) {
        return b.w() - 0.25 * font.getSize();
    }

    static void paint(GraphicsContext gc, Layout l, Box b) {
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
