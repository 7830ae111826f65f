package io.unrolled.viz;

/** An axis-aligned rectangle in canvas pixels. */
record Box(double x, double y, double w, double h) {

    double maxX() {
        return x + w;
    }

    double maxY() {
        return y + h;
    }

    double centreX() {
        return x + w / 2;
    }

    double centreY() {
        return y + h / 2;
    }

    boolean contains(double px, double py) {
        return px >= x && px < x + w && py >= y && py < y + h;
    }

    /** The same box moved right by {@code dx}. */
    Box shiftedX(double dx) {
        return new Box(x + dx, y, w, h);
    }
}
