package io.unrolled.viz;

import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * Train mode's colours, set in CSS ({@code .train-mode-style} in base.css): the cross over a dropped
 * unit and the veil under it, the mark of a kept one, and the bars of AR and TAR. Lives unseen in the
 * scene so projector mode reaches it like any other node.
 */
final class TrainModeStyle extends CssColours {

    private static final StyleablePropertyFactory<CssColours> CSS = new StyleablePropertyFactory<>(Region.getClassCssMetaData());

    final StyleableProperty<Color> cross = colour("cross");
    final StyleableProperty<Color> veil = colour("veil");
    final StyleableProperty<Color> kept = colour("kept");
    final StyleableProperty<Color> ar = colour("ar");
    final StyleableProperty<Color> tar = colour("tar");
    final StyleableProperty<Color> cursor = colour("cursor");

    TrainModeStyle() {
        super(CSS, "-train-", "train-mode-style");
    }
}
