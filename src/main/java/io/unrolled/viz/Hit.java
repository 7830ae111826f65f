package io.unrolled.viz;

/**
 * Something under the mouse: a unit tile, a next-word bar, an output, an input word, or a tile of the
 * Gates tab's cell (GATE).
 *
 * @param layer the layer (TILE, GATE), −1 otherwise
 * @param step  the step (TILE, INPUT, GATE), or the prediction's index (BAR, OUTPUT)
 * @param word  the word id of a BAR, the tile's index in its {@link GateCell} for a GATE, −1 otherwise
 */
record Hit(Kind kind, Box box, int layer, int step, int word) {

    enum Kind { TILE, BAR, OUTPUT, INPUT, GATE }
}
