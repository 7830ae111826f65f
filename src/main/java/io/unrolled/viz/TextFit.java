package io.unrolled.viz;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** Measures canvas text (the canvas cannot) and shrinks a font until a word fits its place; widths are cached per font. */
final class TextFit {

    private final Text probe = new Text();
    private final Map<String, Double> widths = new HashMap<>();

    double width(String s, Font font) {
        return widths.computeIfAbsent(font.getSize() + "|" + font.getName() + "|" + s, k -> {
            probe.setFont(font);
            probe.setText(s);
            return probe.getLayoutBounds().getWidth();
        });
    }

    /** {@code font}, or a smaller one of the same family (down to {@code minSize}) at which {@code s} fits {@code w}. */
    Font fit(String s, Font font, double w, double minSize) {
        double width = width(s, font);
        if (width <= w) {
            return font;
        }
        double size = Math.max(minSize, font.getSize() * w / width);
        boolean bold = font.getStyle().toLowerCase(java.util.Locale.ROOT).contains("bold");
        return Font.font(font.getFamily(), bold ? javafx.scene.text.FontWeight.BOLD : javafx.scene.text.FontWeight.NORMAL, size);
    }
}
