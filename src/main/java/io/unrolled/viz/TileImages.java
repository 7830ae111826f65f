package io.unrolled.viz;

import io.unrolled.trace.SentenceTrace;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.image.Image;

/** The tile images of one trace, made once each and kept until the trace, the tile shape or the colour scales change. */
final class TileImages {

    private final Map<Integer, Image> images = new HashMap<>();
    private SentenceTrace trace;
    private TileShape shape;
    private List<ColourScale> scales;

    Image get(int layer, int step, TileShape shape, SentenceTrace trace, List<ColourScale> scales) {
        if (trace != this.trace || !shape.equals(this.shape) || scales != this.scales) {
            images.clear();
            this.trace = trace;
            this.shape = shape;
            this.scales = scales;
        }
        return images.computeIfAbsent(layer * trace.steps() + step,
                k -> TilePainter.image(shape, trace.layers().get(layer).h(), step, trace.layers().get(layer).hidden(), scales.get(layer)));
    }
}
