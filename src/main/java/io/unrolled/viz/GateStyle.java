package io.unrolled.viz;

import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * The Gates tab's own colours, set in CSS ({@code .gates-diagram} in base.css): the one sequential ramp
 * all σ gates share, and the fills of learned layers (boxes) and elementwise operations (circles). The
 * other colours come from the Unrolled view's {@link DiagramStyle}, so both tabs agree.
 */
final class GateStyle extends Region {

    private static final StyleablePropertyFactory<GateStyle> CSS = new StyleablePropertyFactory<>(Region.getClassCssMetaData());
    private static final Color UNSET = Color.GRAY;

    private final java.util.Map<String, StyleableProperty<Color>> colours = new java.util.HashMap<>();
    final StyleableProperty<Color> gateLow = colour("low");
    final StyleableProperty<Color> gateMid = colour("mid");
    final StyleableProperty<Color> gateHigh = colour("high");
    final StyleableProperty<Color> layerFill = colour("layer-fill");
    final StyleableProperty<Color> opFill = colour("op-fill");
    final StyleableProperty<Color> labelFill = colour("label-fill");

    private StyleableProperty<Color> colour(String name) {
        StyleableProperty<Color> p = CSS.createStyleableColorProperty(this, name, "-gate-" + name, s -> s.colours.get(name), UNSET);
        colours.put(name, p);
        return p;
    }

    GateStyle() {
        getStyleClass().add("gates-diagram");
        setManaged(false);
        setVisible(false);
    }

    /** Everything that, when CSS changes it, calls for a repaint. */
    List<ObservableValue<?>> observables() {
        List<ObservableValue<?>> all = new java.util.ArrayList<>();
        for (StyleableProperty<Color> p : colours.values()) {
            all.add((ObservableValue<?>) p);
        }
        return all;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS.getCssMetaData();
    }
}
