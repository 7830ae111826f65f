package io.unrolled.viz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.value.ObservableValue;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * A view's colours, set in CSS as {@code -prefix-name} properties on an unseen node in the scene, so
 * that a canvas paints with the theme's colours and projector mode reaches them like any other node.
 * Each subclass passes its own factory: JavaFX keeps one set of CSS properties per factory.
 */
abstract class CssColours extends Region {

    /** Only until CSS applies; every colour is set in the style sheets. */
    private static final Color UNSET = Color.GRAY;

    private final StyleablePropertyFactory<CssColours> css;
    private final String prefix;
    private final Map<String, StyleableProperty<Color>> colours = new LinkedHashMap<>();

    CssColours(StyleablePropertyFactory<CssColours> css, String prefix, String styleClass) {
        this.css = css;
        this.prefix = prefix;
        getStyleClass().add(styleClass);
        setManaged(false);
        setVisible(false);
    }

    /** The colour CSS sets as {@code -prefix-name}. */
    final StyleableProperty<Color> colour(String name) {
        StyleableProperty<Color> p = css.createStyleableColorProperty(this, name, prefix + name, s -> s.colours.get(name), UNSET);
        colours.put(name, p);
        return p;
    }

    /** Everything that, when CSS changes it, calls for a repaint. */
    List<ObservableValue<?>> observables() {
        List<ObservableValue<?>> all = new ArrayList<>();
        for (StyleableProperty<Color> p : colours.values()) {
            all.add((ObservableValue<?>) p);
        }
        return all;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return css == null ? Region.getClassCssMetaData() : css.getCssMetaData();
    }
}
