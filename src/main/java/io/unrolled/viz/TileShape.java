package io.unrolled.viz;

/**
 * How the 64 units of a hidden state are laid out: an 8×8 grid when there is room, a taller strip
 * when columns are narrow. Unit u sits at row {@code u / cols}, column {@code u % cols}, in every shape.
 */
record TileShape(int rows, int cols) {

    static final TileShape GRID = new TileShape(8, 8);
    private static final TileShape[] CHOICES = {GRID, new TileShape(16, 4), new TileShape(32, 2), new TileShape(64, 1)};
    /** The outline is a circle (square tiles) or a pill around the tile; its corners touch it at this scale. */
    static final double ROOT2 = Math.sqrt(2);
    private static final double BREATH = 1.1;

    /** The largest cell side (px) at which this shape's outline fits {@code w} × {@code h}. */
    double cellFor(int units, double w, double h) {
        int r = rowsFor(units);
        return Math.min(w / (cols * ROOT2 * BREATH), h / ((r + cols * (ROOT2 - 1)) * BREATH));
    }

    int rowsFor(int units) {
        return (units + cols - 1) / cols;
    }

    /** The outline's width and height around a tile of this shape with cells of side {@code cell}. */
    double outlineW(double cell) {
        return cols * cell * ROOT2 * BREATH;
    }

    double outlineH(int units, double cell) {
        return (rowsFor(units) + cols * (ROOT2 - 1)) * cell * BREATH;
    }

    /**
     * The shape that gives the largest cells in a w × h place; the 8×8 grid whenever its cells are at
     * least {@code comfortable} wide, or a strip is not much better.
     */
    static TileShape bestFor(int units, double w, double h, double comfortable) {
        TileShape best = GRID;
        double bestCell = GRID.cellFor(units, w, h);
        if (bestCell >= comfortable) {
            return GRID;
        }
        for (TileShape s : CHOICES) {
            double cell = s.cellFor(units, w, h);
            if (cell > bestCell * 1.25) {
                best = s;
                bestCell = cell;
            }
        }
        return best;
    }

    /** The unit under (px, py) in a tile drawn at {@code tile}, or −1. */
    int unitAt(Box tile, int units, double px, double py) {
        if (!tile.contains(px, py)) {
            return -1;
        }
        int c = (int) ((px - tile.x()) / tile.w() * cols);
        int r = (int) ((py - tile.y()) / tile.h() * rowsFor(units));
        int u = r * cols + c;
        return u < units ? u : -1;
    }

    /** The cell of unit {@code u} in a tile drawn at {@code tile}. */
    Box cellOf(Box tile, int units, int u) {
        double cw = tile.w() / cols;
        double ch = tile.h() / rowsFor(units);
        return new Box(tile.x() + (u % cols) * cw, tile.y() + (u / cols) * ch, cw, ch);
    }
}
