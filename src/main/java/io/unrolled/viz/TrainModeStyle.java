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
 * Train mode's colours, set in CSS ({@code .train-mode-style} in base.css): the cross over a dropped
 * unit and the veil under it, the mark of a kept one, and the bars of AR and TAR. Lives unseen in the
 * scene so projector mode reaches it like any other node.
 */
final class TrainModeStyle extends Region {

    private static final StyleablePropertyFactory<TrainModeStyle> CSS = new StyleablePropertyFactory<>(Region.getClassCssMetaData());
    private static final Color UNSET = Color.GRAY;

    private final java.util.Map<String, StyleableProperty<Color>> colours = new java.util.LinkedHashMap<>();
    final StyleableProperty<Color> cross = colour("cross");
    final StyleableProperty<Color> veil = colour("veil");
    final StyleableProperty<Color> kept = colour("kept");
    final StyleableProperty<Color> ar = colour("ar");
    final StyleableProperty<Color> tar = colour("tar");
    final StyleableProperty<Color> cursor = colour("cursor");

    private StyleableProperty<Color> colour(String name) {
        StyleableProperty<Color> p = CSS.createStyleableColorProperty(this, name, "-train-" + name, s -> s.colours.get(name), UNSET);
        colours.put(name, p);
        return p;
    }

    TrainModeStyle() {
        getStyleClass().add("train-mode-style");
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
