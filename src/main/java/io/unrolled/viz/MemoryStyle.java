package io.unrolled.viz;

import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/**
 * The Memory view's colours, line widths and canvas font, set in CSS ({@code .memory-diagram} in
 * memory.css): the ramp that tints a word by the gradient reaching it, and the lines of the
 * per-batch plot. Lives in the scene unseen, so projector mode and zoom reach it like any node.
 */
final class MemoryStyle extends CssColours {

    private static final StyleablePropertyFactory<CssColours> CSS = new StyleablePropertyFactory<>(Region.getClassCssMetaData());

    final StyleableProperty<Color> low = colour("low");
    final StyleableProperty<Color> mid = colour("mid");
    final StyleableProperty<Color> high = colour("high");
    final StyleableProperty<Color> text = colour("text");
    final StyleableProperty<Color> textOnDark = colour("text-on-dark");
    final StyleableProperty<Color> muted = colour("muted");
    final StyleableProperty<Color> rule = colour("rule");
    final StyleableProperty<Color> unread = colour("unread");
    final StyleableProperty<Color> cursor = colour("cursor");
    final StyleableProperty<Color> layer1 = colour("layer-1");
    final StyleableProperty<Color> layer2 = colour("layer-2");
    final StyleableProperty<Color> detach = colour("detach");
    /** A word's box height and the gap between boxes, in em: projector mode packs the rows tighter to leave the bars room. */
    final StyleableProperty<Number> wordBox = CSS.createStyleableNumberProperty(this, "wordBox", "-memory-word-box", s -> ((MemoryStyle) s).wordBox, 1.55);
    final StyleableProperty<Number> wordGap = CSS.createStyleableNumberProperty(this, "wordGap", "-memory-word-gap", s -> ((MemoryStyle) s).wordGap, 0.3);
    final StyleableProperty<Number> lineWidth = CSS.createStyleableNumberProperty(this, "lineWidth", "-memory-line-width", s -> ((MemoryStyle) s).lineWidth, 1.5);

    private final Label font = new Label();
    private final Label small = new Label();

    MemoryStyle() {
        super(CSS, "-memory-", "memory-diagram");
        font.getStyleClass().add("memory-text");
        small.getStyleClass().add("memory-small-text");
        getChildren().addAll(font, small);
    }

    Font font() {
        return font.getFont();
    }

    Font bold() {
        Font f = font.getFont();
        return Font.font(f.getFamily(), javafx.scene.text.FontWeight.BOLD, f.getSize());
    }

    /** Axis labels and step numbers. */
    Font small() {
        return small.getFont();
    }

    double em() {
        return font.getFont().getSize();
    }

    double lineWidth() {
        return lineWidth.getValue().doubleValue();
    }

    /** The tint ramp: {@code f} = 0 (the scale's floor) to 1 (its top). */
    Color tint(double f) {
        double c = Math.max(0, Math.min(1, f));
        return c < 0.5 ? low.getValue().interpolate(mid.getValue(), c * 2) : mid.getValue().interpolate(high.getValue(), c * 2 - 1);
    }

    /** Text that stays readable on {@code ground}. */
    Color textOn(Color ground) {
        double luminance = 0.2126 * ground.getRed() + 0.7152 * ground.getGreen() + 0.0722 * ground.getBlue();
        return luminance < 0.5 ? textOnDark.getValue() : text.getValue();
    }
}
