package io.unrolled.viz;

import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/**
 * The diagram's colours and line widths, set in CSS ({@code .unrolled-diagram} in base.css) and read by
 * the canvas painters: nothing drawn on the canvas has its colour in Java. Lives in the scene,
 * unseen, so projector mode and the themes reach it like any other node.
 */
final class DiagramStyle extends Region {

    private static final StyleablePropertyFactory<DiagramStyle> CSS = new StyleablePropertyFactory<>(Region.getClassCssMetaData());
    /** Only until CSS applies; every property is set in base.css. */
    private static final Color UNSET = Color.GRAY;

    private final java.util.Map<String, StyleableProperty<Color>> colours = new java.util.HashMap<>();
    final StyleableProperty<Color> embed = colour("embed");
    final StyleableProperty<Color> hidden = colour("hidden");
    final StyleableProperty<Color> hidden2 = colour("hidden-2");
    final StyleableProperty<Color> up = colour("up");
    final StyleableProperty<Color> output = colour("output");
    final StyleableProperty<Color> node = colour("node");
    final StyleableProperty<Color> nodeFill = colour("node-fill");
    final StyleableProperty<Color> halo = colour("halo");
    final StyleableProperty<Color> text = colour("text");
    final StyleableProperty<Color> muted = colour("muted");
    final StyleableProperty<Color> empty = colour("empty");
    final StyleableProperty<Color> detach = colour("detach");
    final StyleableProperty<Color> right = colour("right");
    final StyleableProperty<Color> wrong = colour("wrong");
    final StyleableProperty<Color> bar = colour("bar");
    final StyleableProperty<Color> barTrack = colour("bar-track");
    final StyleableProperty<Color> pulse = colour("pulse");
    final StyleableProperty<Color> negative = colour("negative");
    final StyleableProperty<Color> zero = colour("zero");
    final StyleableProperty<Color> positive = colour("positive");
    final StyleableProperty<Color> reluMid = colour("relu-mid");
    final StyleableProperty<Color> reluHigh = colour("relu-high");
    /** The mark on a unit whose value lies beyond the scale's end. */
    final StyleableProperty<Color> overflow = colour("overflow");
    final StyleableProperty<Number> lineWidth = CSS.createStyleableNumberProperty(this, "lineWidth", "-diagram-line-width", s -> s.lineWidth, 2);
    final StyleableProperty<Number> litWidth = CSS.createStyleableNumberProperty(this, "litWidth", "-diagram-lit-width", s -> s.litWidth, 4);

    /** Carries the CSS font of the canvas text (it follows projector mode and Ctrl +/−). */
    private final Label font = new Label();

    private StyleableProperty<Color> colour(String name) {
        StyleableProperty<Color> p = CSS.createStyleableColorProperty(this, name, "-diagram-" + name, s -> s.colours.get(name), UNSET);
        colours.put(name, p);
        return p;
    }

    DiagramStyle() {
        getStyleClass().add("unrolled-diagram");
        font.getStyleClass().add("diagram-text");
        getChildren().add(font);
        setManaged(false);
        setVisible(false);
    }

    Font font() {
        return font.getFont();
    }

    double em() {
        return font.getFont().getSize();
    }

    double lineWidth() {
        return lineWidth.getValue().doubleValue();
    }

    double litWidth() {
        return litWidth.getValue().doubleValue();
    }

    /** Everything that, when CSS changes it, calls for a repaint. */
    List<ObservableValue<?>> observables() {
        List<ObservableValue<?>> all = new java.util.ArrayList<>();
        for (CssMetaData<? extends Styleable, ?> m : CSS.getCssMetaData()) {
            if (m.getProperty().startsWith("-diagram-")) {
                @SuppressWarnings("unchecked")
                var p = ((CssMetaData<DiagramStyle, ?>) m).getStyleableProperty(this);
                all.add((ObservableValue<?>) p);
            }
        }
        all.add(font.fontProperty());
        return all;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS.getCssMetaData();
    }
}
