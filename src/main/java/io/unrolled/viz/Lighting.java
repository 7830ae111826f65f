package io.unrolled.viz;

/**
 * Which parts of the diagram the light has reached. A step has L + 2 stages: its input (0), each
 * layer's hidden state (1..L) and its output (L + 1); steps before the cursor are done, steps after
 * it not yet reached. In the last stage a pulse carries h along the arrow to the next step.
 */
record Lighting(int cursor, double phase, int layers) {

    int stages() {
        return layers + 2;
    }

    /** The stage the light is in at the cursor step; past the last one when the step is done. */
    int stage() {
        return (int) Math.floor(phase * stages());
    }

    boolean reached(int step, int stage) {
        return step < cursor || (step == cursor && stage() >= stage);
    }

    /** Whether this is the stage the light is on right now (drawn with a halo). */
    boolean lit(int step, int stage) {
        return step == cursor && stage() == stage;
    }

    /** How far the pulse has gone along the h arrow into step cursor + 1, 0..1; negative when there is none. */
    double pulse() {
        double f = phase * stages() - (layers + 1);
        return phase < 1 && f >= 0 ? Math.min(1, f) : -1;
    }
}
