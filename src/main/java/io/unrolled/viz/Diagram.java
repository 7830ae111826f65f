package io.unrolled.viz;

import java.util.List;

/**
 * Where everything of one unrolled diagram goes, in canvas pixels: the result of {@link ChainLayout},
 * read by the painters, the hover and the tests.
 *
 * @param inputs      (T) the word rectangles
 * @param hidden      (L·T) the hidden-state outlines, index {@code layer * T + step}
 * @param tiles       (L·T) the unit tiles inside them, same index
 * @param outputSteps the step each output follows, in prediction order
 * @param outputs     the output triangles' boxes, in prediction order
 * @param predictions the boxes under each output for its next-word bars, in prediction order
 * @param boundaries  x of each truncated-BPTT cut (LMModel3)
 * @param loop        LMModel2 rolled up: the node the loop arrow goes round, else null
 * @param detailed    whether the boxes under the outputs have room for three words with bars
 */
record Diagram(RungShape rung, int steps, int units, double roll, TileShape tileShape,
               List<Box> inputs, List<Box> hidden, List<Box> tiles, List<Integer> outputSteps, List<Box> outputs,
               List<Box> predictions, List<Arrow> arrows, List<Double> boundaries, double boundaryTop,
               double boundaryBottom, Box loop, boolean detailed, List<RowLabel> rowLabels) {

    /** A layer computation; arrows of one kind (and layer, for HIDDEN) share a weight matrix. */
    enum Kind { EMBED, HIDDEN, UP, OUTPUT, CARRY }

    record Arrow(Kind kind, int layer, int step, double x1, double y1, double x2, double y2) {
    }

    record RowLabel(String text, double y) {
    }

    int layers() {
        return rung.layers();
    }

    Box hidden(int layer, int step) {
        return hidden.get(layer * steps + step);
    }

    Box tile(int layer, int step) {
        return tiles.get(layer * steps + step);
    }

    /** The output after step {@code t}, or −1 if the rung does not predict there. */
    int outputAfter(int t) {
        return outputSteps.indexOf(t);
    }
}
