package io.unrolled.viz;

import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * The Gates tab's own colours, set in CSS ({@code .gates-diagram} in base.css): the one sequential ramp
 * all σ gates share, and the fills of learned layers (boxes) and elementwise operations (circles). The
 * other colours come from the Unrolled view's {@link DiagramStyle}, so both tabs agree.
 */
final class GateStyle extends CssColours {

    private static final StyleablePropertyFactory<CssColours> CSS = new StyleablePropertyFactory<>(Region.getClassCssMetaData());

    final StyleableProperty<Color> gateLow = colour("low");
    final StyleableProperty<Color> gateMid = colour("mid");
    final StyleableProperty<Color> gateHigh = colour("high");
    final StyleableProperty<Color> layerFill = colour("layer-fill");
    final StyleableProperty<Color> opFill = colour("op-fill");
    final StyleableProperty<Color> labelFill = colour("label-fill");

    GateStyle() {
        super(CSS, "-gate-", "gates-diagram");
    }
}
