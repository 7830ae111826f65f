package io.unrolled.viz;

/**
 * Something under the mouse: a unit tile, a next-word bar, an output or an input word.
 *
 * @param layer the layer (TILE), −1 otherwise
 * @param step  the step (TILE, INPUT), or the prediction's index (BAR, OUTPUT)
 * @param word  the word id of a BAR, −1 otherwise
 */
record Hit(Kind kind, Box box, int layer, int step, int word) {

    enum Kind { TILE, BAR, OUTPUT, INPUT }
}
